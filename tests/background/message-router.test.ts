import { describe, expect, it, vi } from 'vitest';
import type { Runtime } from 'webextension-polyfill';
import { TEXT_LIMITS } from '../../core/text-limits.ts';
import {
  createMessageRouter,
  type Routes,
  senderKind,
} from '../../entrypoints/background/message-router.ts';
import {
  parseAnswer,
  parseNothing,
  parsePromptFailed,
  parseSnooze,
} from '../../entrypoints/background/parse-inputs.ts';

const ID = 'abcdefghijklmnopabcdefghijklmnop';
const page: Runtime.MessageSender = { id: ID, url: `chrome-extension://${ID}/popup.html` };
const contentScript: Runtime.MessageSender = {
  id: ID,
  url: 'https://mail.example.com/inbox',
  tab: { id: 4, index: 0, highlighted: true, active: true, pinned: false, incognito: false },
};

function routes(handle = vi.fn(async () => ({ shown: true }))) {
  const fail = async () => {
    throw new Error('not under test');
  };
  const table = {
    'get-status': { from: ['extension-page'], parse: parseNothing, handle: fail },
    'pause-now': { from: ['extension-page'], parse: parseNothing, handle },
    'boundary-cue': { from: ['extension-page', 'content-script'], parse: parseNothing, handle },
    snooze: { from: ['extension-page'], parse: parseSnooze, handle: fail },
    resume: { from: ['extension-page'], parse: parseNothing, handle: fail },
    'end-day': { from: ['extension-page'], parse: parseNothing, handle: fail },
    'current-prompt': { from: ['extension-page'], parse: parseNothing, handle: fail },
    answer: { from: ['extension-page'], parse: parseAnswer, handle: fail },
  } as unknown as Routes;
  return { route: createMessageRouter(table, ID), handle };
}

describe('senderKind', () => {
  it.each([
    ['an extension page', page, 'extension-page'],
    [
      'a Firefox extension page',
      { id: ID, url: `moz-extension://x/prompt.html` },
      'extension-page',
    ],
    ['a content script in a tab', contentScript, 'content-script'],
    ['another extension', { id: 'other', url: 'chrome-extension://other/x.html' }, undefined],
    ['a web page without a tab', { id: ID, url: 'https://example.com/' }, undefined],
    ['no url', { id: ID }, undefined],
    ['a data: url', { id: ID, url: 'data:text/html,hi', tab: contentScript.tab }, undefined],
  ])('%s', (_name, sender, expected) => {
    expect(senderKind(sender as Runtime.MessageSender, ID)).toBe(expected);
  });
});

describe('createMessageRouter', () => {
  it('routes a valid message to its handler and wraps the output', async () => {
    const { route, handle } = routes();
    await expect(route({ interlude: 'pause-now' }, page)).resolves.toEqual({
      ok: true,
      output: { shown: true },
    });
    expect(handle).toHaveBeenCalledOnce();
  });

  it('leaves messages that are not Interlude envelopes to other listeners', () => {
    expect(routes().route({ hello: 1 }, page)).toBeUndefined();
    expect(routes().route('pause-now', page)).toBeUndefined();
  });

  it.each([
    ['an unknown name', { interlude: 'format-disk' }, page, 'Unknown message format-disk'],
    ['an inherited name', { interlude: 'toString' }, page, 'Unknown message toString'],
    [
      'a content script asking for a pause',
      { interlude: 'pause-now' },
      contentScript,
      'Not allowed from here.',
    ],
    [
      'another extension',
      { interlude: 'pause-now' },
      { id: 'x', url: 'chrome-extension://x/a.html' },
      'Not allowed from here.',
    ],
    [
      'a malformed input',
      { interlude: 'pause-now', input: { evil: true } },
      page,
      'This message carries nothing.',
    ],
  ])('refuses %s without running a handler', async (_name, message, sender, error) => {
    const { route, handle } = routes();
    await expect(route(message, sender as Runtime.MessageSender)).resolves.toEqual({
      ok: false,
      error,
    });
    expect(handle).not.toHaveBeenCalled();
  });

  it('turns a handler failure into an error reply', async () => {
    const { route } = routes(vi.fn(async () => Promise.reject(new Error('No tab to show it in.'))));
    await expect(route({ interlude: 'pause-now' }, page)).resolves.toEqual({
      ok: false,
      error: 'No tab to show it in.',
    });
  });
});

describe('parseAnswer', () => {
  it('rebuilds a fresh answer with only known fields, trimmed and capped', () => {
    const parsed = parseAnswer({
      prompt: 'boundary-cue',
      outcome: 'taken',
      cueAnswer: 'mine-later',
      note: `  ${'x'.repeat(600)}  `,
      remindAt: 1_790_000_000_000,
      extra: 'dropped',
      __proto__: { polluted: true },
    });
    expect(parsed).toEqual({
      prompt: 'boundary-cue',
      outcome: 'taken',
      cueAnswer: 'mine-later',
      note: 'x'.repeat(TEXT_LIMITS.note),
      remindAt: 1_790_000_000_000,
    });
    expect(Object.getPrototypeOf(parsed)).toBe(Object.prototype);
  });

  it('keeps only the release lines that have text', () => {
    expect(
      parseAnswer({
        prompt: 'end-of-day',
        outcome: 'taken',
        release: { done: 'Sent the report', unfinished: ' ', putDown: 3 },
      }),
    ).toEqual({
      prompt: 'end-of-day',
      outcome: 'taken',
      release: { done: 'Sent the report' },
    });
  });

  it.each([
    [null, 'An answer must be an object.'],
    [
      { prompt: 'popup', outcome: 'taken' },
      'answer.prompt must be one of transition-pause, boundary-cue, end-of-day',
    ],
    [
      { prompt: 'end-of-day', outcome: 'expired' },
      'answer.outcome must be one of taken, snoozed, skipped, dismissed',
    ],
    [
      { prompt: 'transition-pause', outcome: 'snoozed', snoozeMinutes: 0 },
      'answer.snoozeMinutes must be a whole number from 1 to 1440',
    ],
    [
      { prompt: 'transition-pause', outcome: 'skipped', skipReason: 'bored' },
      'answer.skipReason must be one of in-a-call, mid-thought, not-now, too-many',
    ],
    [
      { prompt: 'transition-pause', outcome: 'taken', durationSeconds: Number.NaN },
      'answer.durationSeconds must be from 0 to 3600',
    ],
    [
      { prompt: 'boundary-cue', outcome: 'taken', cueAnswer: 'yes' },
      'answer.cueAnswer must be one of mine-now, mine-later, someone-else, not-needed',
    ],
  ])('rejects %j', (input, invalid) => {
    expect(parseAnswer(input)).toEqual({ invalid });
  });
});

describe('parseSnooze', () => {
  it.each([
    [{ minutes: 30 }, { minutes: 30 }],
    [{ until: 'tomorrow' }, { until: 'tomorrow' }],
    [{ minutes: 2.5 }, { invalid: 'Snooze minutes must be a whole number from 1 to 1440.' }],
    [{ minutes: 5000 }, { invalid: 'Snooze minutes must be a whole number from 1 to 1440.' }],
    ['30', { invalid: 'A snooze needs minutes or "tomorrow".' }],
  ])('%j → %j', (input, expected) => {
    expect(parseSnooze(input)).toEqual(expected);
  });
});

describe('parsePromptFailed', () => {
  const invalid = { invalid: 'prompt must be one of transition-pause, boundary-cue, end-of-day' };
  it.each([
    [{ prompt: 'boundary-cue' }, { prompt: 'boundary-cue' }],
    [{ prompt: 'end-of-day', extra: 'dropped' }, { prompt: 'end-of-day' }],
    [{ prompt: 'anything' }, invalid],
    ['transition-pause', invalid],
    [undefined, invalid],
  ])('%j → %j', (input, expected) => {
    expect(parsePromptFailed(input)).toEqual(expected);
  });
});
