import { beforeEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { EXPIRE_MS } from '../../core/pacing/prompt-slot.ts';
import { type EngineState, initialState, type ShowingPrompt } from '../../core/state.ts';
import {
  type PromptPlacement,
  readPlacement,
} from '../../entrypoints/background/deliver-prompt.ts';
import {
  firstWorkerOfSession,
  reconcilePrompt,
} from '../../entrypoints/background/reconcile-prompt.ts';

const NOON = Date.parse('2026-11-24T11:00:00Z');
const PAUSE: ShowingPrompt = {
  prompt: 'transition-pause',
  reason: 'on-request',
  at: NOON,
  tab: 7,
  host: 'docs.example.com',
};

function showing(prompt: ShowingPrompt | null): EngineState {
  return { ...initialState(NOON), showing: prompt };
}

/** What the last delivery left in session storage: where the prompt went, and which prompt. */
async function delivered(
  placement: Omit<PromptPlacement, 'details'>,
  prompt: ShowingPrompt = PAUSE,
) {
  const { prompt: kind, reason, host } = prompt;
  const details = { prompt: kind, reason, ...(host === null ? {} : { host }) };
  await browser.storage.session.set({ promptPlacement: { ...placement, details } });
}

describe('the prompt on screen, checked at worker start', () => {
  beforeEach(() => fakeBrowser.reset());

  it('knows the first worker of a browser session from the ones after it', async () => {
    expect(await firstWorkerOfSession()).toBe(true);
    expect(await firstWorkerOfSession()).toBe(false);
  });

  it('ends a prompt left from before the browser closed, unanswered', async () => {
    expect(await reconcilePrompt(showing(PAUSE), NOON + 60_000, true)).toEqual([
      { type: 'prompt-gone', prompt: 'transition-pause' },
    ]);
  });

  it('hands back a prompt the engine committed but a stopped worker never placed', async () => {
    expect(await reconcilePrompt(showing(PAUSE), NOON + 5, false)).toEqual([
      { type: 'prompt-undelivered', prompt: 'transition-pause' },
    ]);
  });

  it('hands it back too when the prompt still placed is the one it replaced', async () => {
    await delivered({ where: 'overlay', tabId: 7 });
    const cue: ShowingPrompt = { ...PAUSE, prompt: 'boundary-cue', reason: 'compose' };
    expect(await reconcilePrompt(showing(cue), NOON + 5, false)).toEqual([
      { type: 'prompt-undelivered', prompt: 'boundary-cue' },
    ]);
  });

  it('leaves a prompt that is on screen alone', async () => {
    await delivered({ where: 'overlay', tabId: 7 });
    vi.spyOn(browser.tabs, 'get').mockImplementation((async () => ({ id: 7 })) as never);
    expect(await reconcilePrompt(showing(PAUSE), NOON + 5, false)).toEqual([]);
    expect(await readPlacement()).toMatchObject({ where: 'overlay', tabId: 7 });
  });

  it('ends a prompt whose tab is gone; a closed prompt window is a dismissal', async () => {
    await delivered({ where: 'overlay', tabId: 7 });
    vi.spyOn(browser.tabs, 'get').mockRejectedValue(new Error('No tab with id: 7'));
    expect(await reconcilePrompt(showing(PAUSE), NOON + 5, false)).toEqual([
      { type: 'prompt-gone', prompt: 'transition-pause' },
    ]);
    expect(await readPlacement()).toBeUndefined();

    await delivered({ where: 'window', windowId: 4 });
    vi.spyOn(browser.windows, 'get').mockRejectedValue(new Error('No window with id: 4'));
    expect(await reconcilePrompt(showing(PAUSE), NOON + 5, false)).toEqual([
      { type: 'answer', outcome: 'dismissed' },
    ]);
  });

  it('leaves a prompt past its expiry to the core, and does nothing with none showing', async () => {
    expect(await reconcilePrompt(showing(PAUSE), NOON + EXPIRE_MS, true)).toEqual([]);
    expect(await reconcilePrompt(showing(null), NOON, false)).toEqual([]);
  });
});
