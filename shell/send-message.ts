import { browser } from 'wxt/browser';
import { t } from '../components/i18n/messages.ts';
import type { Envelope, MessageMap, MessageName, Reply } from './protocol.ts';

/**
 * Sends one message to the background and resolves with its output, or rejects with the
 * background's error message. For extension pages and the reply detector (the loader sends its own).
 * Sending needs no polyfill: `runtime.sendMessage` returns a Promise on Chromium MV3 and Firefox.
 */
export async function sendMessage<N extends MessageName>(
  name: N,
  ...[input]: MessageMap[N]['input'] extends undefined ? [] : [MessageMap[N]['input']]
): Promise<MessageMap[N]['output']> {
  const envelope: Envelope<N> = { interlude: name, input: input as MessageMap[N]['input'] };
  const reply = (await browser.runtime.sendMessage(envelope)) as Reply<N> | undefined;
  if (!reply) throw new Error(t('error_no_answer'));
  if (!reply.ok) throw new Error(reply.error);
  return reply.output;
}
