import { beforeEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { Effect } from '../../core/effects.ts';
import { showEffect } from '../../core/pacing/prompt-slot.ts';
import { DEFAULT_SETTINGS, type Settings } from '../../core/settings.ts';
import { type EngineState, initialState, type ShowingPrompt } from '../../core/state.ts';
import { createEffectRunner } from '../../entrypoints/background/run-effects.ts';

const AT = Date.parse('2030-01-15T14:00:00Z');
// The background hands effects settings with a concrete zone (never "auto").
const GENTLE: Settings = { ...DEFAULT_SETTINGS, timeZone: 'Europe/Berlin' };
const NOTIFY: Settings = { ...GENTLE, intensity: 'notification' };

function showing(reason: 'long-stretch' | 'on-request'): {
  effect: Effect;
  state: EngineState;
} {
  const state = initialState(AT);
  const shown: ShowingPrompt = {
    prompt: 'transition-pause',
    reason,
    at: AT,
    tab: null,
    host: null,
  };
  state.showing = shown;
  return { effect: showEffect(shown, state.seq, GENTLE, AT), state };
}

describe('"notification only" delivery', () => {
  let granted: boolean;
  let windowsCreated: ReturnType<typeof vi.spyOn>;
  let run: ReturnType<typeof createEffectRunner>;

  beforeEach(() => {
    fakeBrowser.reset();
    granted = true;
    fakeBrowser.permissions.contains = vi.fn(async () => granted);
    fakeBrowser.permissions.onAdded.addListener = vi.fn();
    windowsCreated = vi.spyOn(browser.windows, 'create');
    run = createEffectRunner({ onPromptFailed: vi.fn() });
  });

  it('shows a pause that comes on its own as a system notification, placing no card or window', async () => {
    const { effect, state } = showing('long-stretch');
    await run([effect], state, NOTIFY);
    const shown = Object.values(fakeBrowser.notifications.getAllCreateOptions());
    expect(shown).toEqual([
      expect.objectContaining({ type: 'basic', title: 'A short pause, when you are ready' }),
    ]);
    expect(windowsCreated).not.toHaveBeenCalled();
  });

  it('opens the prompt in Interlude’s window when the notification is clicked', async () => {
    const { effect, state } = showing('long-stretch');
    await run([effect], state, NOTIFY);
    const [id] = Object.keys(fakeBrowser.notifications.getAllCreateOptions());
    expect(id).toBeDefined();
    expect(windowsCreated).not.toHaveBeenCalled();
    await fakeBrowser.notifications.onClicked.trigger(id as string);
    await vi.waitFor(() => expect(windowsCreated).toHaveBeenCalledOnce());
    expect(windowsCreated.mock.calls[0]?.[0]).toMatchObject({
      url: expect.stringContaining('/prompt.html?prompt=transition-pause'),
      type: 'popup',
    });
    expect(fakeBrowser.notifications.getAllCreateOptions()).toEqual({});
  });

  it('takes the notification down when the prompt is withdrawn (a call began)', async () => {
    const { effect, state } = showing('long-stretch');
    await run([effect], state, NOTIFY);
    expect(Object.keys(fakeBrowser.notifications.getAllCreateOptions())).toHaveLength(1);
    await run([{ type: 'close-prompt', prompt: 'transition-pause' }], state, NOTIFY);
    expect(fakeBrowser.notifications.getAllCreateOptions()).toEqual({});
  });

  it('opens a pause the person asked for at once, not as a notification', async () => {
    const { effect, state } = showing('on-request');
    await run([effect], state, NOTIFY);
    expect(fakeBrowser.notifications.getAllCreateOptions()).toEqual({});
    expect(windowsCreated).toHaveBeenCalledOnce();
  });

  it('falls back to the card when notifications are no longer allowed', async () => {
    granted = false;
    const { effect, state } = showing('long-stretch');
    await run([effect], state, NOTIFY);
    expect(fakeBrowser.notifications.getAllCreateOptions()).toEqual({});
    expect(windowsCreated).toHaveBeenCalledOnce();
  });

  it('never uses a notification in the other styles', async () => {
    const { effect, state } = showing('long-stretch');
    await run([effect], state, GENTLE);
    expect(fakeBrowser.notifications.getAllCreateOptions()).toEqual({});
    expect(windowsCreated).toHaveBeenCalledOnce();
  });
});
