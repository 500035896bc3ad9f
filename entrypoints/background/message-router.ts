import type { Runtime } from 'webextension-polyfill';
import type { MessageMap, MessageName, Reply } from '../../shell/protocol.ts';

/** Who sent a message, as far as the router cares. */
export type SenderKind = 'extension-page' | 'content-script';

/** One route: which senders may use it, how to check its input, and what it does. */
export interface Route<N extends MessageName> {
  from: readonly SenderKind[];
  /** Returns the input when it is well formed, or a message saying what is wrong. */
  parse(input: unknown): MessageMap[N]['input'] | { invalid: string };
  handle(
    input: MessageMap[N]['input'],
    sender: Runtime.MessageSender,
  ): Promise<MessageMap[N]['output']>;
}

/** Every message name mapped to its route: the single table all runtime messages go through. */
export type Routes = { [N in MessageName]: Route<N> };

/**
 * Builds the `runtime.onMessage` listener (webextension-polyfill style: it returns a Promise of the
 * reply, or undefined to leave a message alone). Messages from anything but this extension's own
 * pages and scripts, unknown names and malformed inputs are refused without running a handler.
 */
export function createMessageRouter(routes: Routes, extensionId: string) {
  return (
    message: unknown,
    sender: Runtime.MessageSender,
  ): Promise<Reply<MessageName>> | undefined => {
    if (!isEnvelope(message)) return undefined;
    const kind = senderKind(sender, extensionId);
    const route = Object.hasOwn(routes, message.interlude)
      ? (routes[message.interlude as MessageName] as Route<MessageName>)
      : undefined;
    if (!route)
      return Promise.resolve({ ok: false, error: `Unknown message ${message.interlude}` });
    if (!kind || !route.from.includes(kind))
      return Promise.resolve({ ok: false, error: 'Not allowed from here.' });
    const input = route.parse(message.input);
    if (isInvalid(input)) return Promise.resolve({ ok: false, error: input.invalid });
    return route.handle(input, sender).then(
      (output) => ({ ok: true, output }),
      (cause: unknown) => ({
        ok: false,
        error: cause instanceof Error ? cause.message : 'Something went wrong in Interlude.',
      }),
    );
  };
}

/** Classifies a sender: this extension's pages, this extension's content scripts, or nobody we serve. */
export function senderKind(
  sender: Runtime.MessageSender,
  extensionId: string,
): SenderKind | undefined {
  if (sender.id !== extensionId || !sender.url) return undefined;
  const protocol = safeProtocol(sender.url);
  if (protocol === 'chrome-extension:' || protocol === 'moz-extension:') return 'extension-page';
  if (protocol === 'http:' || protocol === 'https:')
    return sender.tab ? 'content-script' : undefined;
  return undefined;
}

function safeProtocol(url: string): string | undefined {
  try {
    return new URL(url).protocol;
  } catch {
    return undefined;
  }
}

function isEnvelope(message: unknown): message is { interlude: string; input?: unknown } {
  return (
    typeof message === 'object' &&
    message !== null &&
    typeof (message as { interlude?: unknown }).interlude === 'string'
  );
}

function isInvalid(value: unknown): value is { invalid: string } {
  return typeof value === 'object' && value !== null && 'invalid' in value;
}
