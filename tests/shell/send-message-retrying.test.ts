import { afterEach, describe, expect, it, type MockInstance, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { sendMessageRetrying } from '../../shell/send-message-retrying.ts';

const CHANNEL_CLOSED =
  'A listener indicated an asynchronous response by returning true, but the message channel closed before a response was received';

/** The runtime's sendMessage, spied on (its overloads would otherwise type the reply as void). */
function spySend() {
  return vi.spyOn(browser.runtime, 'sendMessage') as unknown as MockInstance<
    (message: unknown) => Promise<unknown>
  >;
}

describe('sendMessageRetrying', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('asks again when the worker stopped while answering (Chromium: "message channel closed")', async () => {
    vi.useFakeTimers();
    const send = spySend()
      .mockRejectedValueOnce(new Error(CHANNEL_CLOSED))
      .mockResolvedValueOnce({ ok: true, output: undefined });
    const reply = sendMessageRetrying('current-prompt');
    await vi.runAllTimersAsync();
    await expect(reply).resolves.toBeUndefined();
    expect(send).toHaveBeenCalledTimes(2);
  });

  it('keeps asking for a few seconds while the worker restarts, then gives up', async () => {
    vi.useFakeTimers();
    const send = spySend().mockRejectedValue(
      new Error('Could not establish connection. Receiving end does not exist.'),
    );
    const reply = sendMessageRetrying('current-prompt');
    const settled = expect(reply).rejects.toThrow('Receiving end does not exist');
    await vi.runAllTimersAsync();
    await settled;
    expect(send.mock.calls.length).toBeGreaterThan(4);
  });

  it('does not ask again when the background refused', async () => {
    const send = spySend().mockResolvedValue({ ok: false, error: 'Not allowed from here.' });
    await expect(sendMessageRetrying('current-prompt')).rejects.toThrow('Not allowed from here.');
    expect(send).toHaveBeenCalledTimes(1);
  });
});
