import { afterEach, describe, expect, it, type MockInstance, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { tellCompose } from '../../shell/reply-detection/tell-compose.ts';

/** The runtime's sendMessage, spied on (its overloads would otherwise type the reply as void). */
function spySend() {
  return vi.spyOn(browser.runtime, 'sendMessage') as unknown as MockInstance<
    (message: unknown) => Promise<unknown>
  >;
}

const composeMessage = { interlude: 'compose', input: undefined };

describe('tellCompose', () => {
  afterEach(() => {
    vi.useRealTimers();
    vi.restoreAllMocks();
  });

  it('tells again when the worker stopped while handling the compose (the reply never came)', async () => {
    vi.useFakeTimers();
    const send = spySend()
      .mockRejectedValueOnce(new Error('The message port closed before a response was received.'))
      .mockResolvedValueOnce({ ok: true, output: { shown: true } });
    const gone = vi.fn();
    tellCompose(gone);
    await vi.runAllTimersAsync();
    expect(send.mock.calls).toEqual([[composeMessage], [composeMessage]]);
    expect(gone).not.toHaveBeenCalled();
  });

  it('gives up after a bound while the background cannot be reached', async () => {
    vi.useFakeTimers();
    const send = spySend().mockRejectedValue(
      new Error('Could not establish connection. Receiving end does not exist.'),
    );
    tellCompose(vi.fn());
    await vi.runAllTimersAsync();
    const tries = send.mock.calls.length;
    expect(tries).toBeGreaterThan(1);
    await vi.advanceTimersByTimeAsync(60_000);
    expect(send).toHaveBeenCalledTimes(tries);
  });

  it('tells once when the background answered, refusal or not', async () => {
    vi.useFakeTimers();
    const send = spySend().mockResolvedValue({ ok: false, error: 'Not allowed from here.' });
    tellCompose(vi.fn());
    await vi.runAllTimersAsync();
    expect(send).toHaveBeenCalledTimes(1);
  });

  it('stops watching when the extension is gone from under the page', async () => {
    spySend().mockImplementation(() => {
      throw new Error('Extension context invalidated.');
    });
    const gone = vi.fn();
    tellCompose(gone);
    await vi.waitFor(() => expect(gone).toHaveBeenCalledTimes(1));
  });
});
