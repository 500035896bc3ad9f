import type { MessageMap, MessageName } from './protocol.ts';
import { sendMessage } from './send-message.ts';

/**
 * Like sendMessage, for questions that are safe to ask twice: if the service worker was stopped
 * while answering (the reply never comes), asks again after a short wait, a few times.
 */
export async function sendMessageRetrying<N extends MessageName>(
  name: N,
  ...rest: MessageMap[N]['input'] extends undefined ? [] : [MessageMap[N]['input']]
): Promise<MessageMap[N]['output']> {
  const attempts = 4;
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await sendMessage(name, ...rest);
    } catch (error) {
      if (attempt >= attempts || !isLostConnection(error)) throw error;
      await new Promise((resolve) => setTimeout(resolve, 150 * attempt));
    }
  }
}

/** The errors a stopped or restarting service worker produces, as opposed to a refusal. */
function isLostConnection(error: unknown): boolean {
  const text = error instanceof Error ? error.message : String(error);
  return /receiving end does not exist|message port closed|did not answer|Could not establish connection/i.test(
    text,
  );
}
