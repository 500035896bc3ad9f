import type { MessageMap, MessageName } from './protocol.ts';
import { sendMessage } from './send-message.ts';

/** How long to keep asking while the background restarts: a cold start on a busy machine is slow. */
const PATIENCE_MS = 8_000;

/**
 * Like sendMessage, for questions that are safe to ask twice: if the service worker was stopped
 * while answering (the reply never comes), asks again after a short wait, for up to 8 s.
 */
export async function sendMessageRetrying<N extends MessageName>(
  name: N,
  ...rest: MessageMap[N]['input'] extends undefined ? [] : [MessageMap[N]['input']]
): Promise<MessageMap[N]['output']> {
  const giveUpAt = Date.now() + PATIENCE_MS;
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await sendMessage(name, ...rest);
    } catch (error) {
      const wait = Math.min(150 * attempt, 1_000);
      if (Date.now() + wait > giveUpAt || !isLostConnection(error)) throw error;
      await new Promise((resolve) => setTimeout(resolve, wait));
    }
  }
}

/** The errors a stopped or restarting service worker produces, as opposed to a refusal. */
function isLostConnection(error: unknown): boolean {
  const text = error instanceof Error ? error.message : String(error);
  return /receiving end does not exist|message (port|channel) closed|did not answer|Could not establish connection/i.test(
    text,
  );
}
