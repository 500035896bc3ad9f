import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { InterludeRecord } from '../../core/records.ts';
import { type PageServer, startPageServer } from '../e2e/page-server.ts';
import { FIXTURES } from '../reply-detection/page.ts';
import { type InterludeFirefox, KEY, launchInterlude } from './interlude-firefox.ts';

type Reply<T> = { ok: true; output: T } | { ok: false; error: string };

describe('Interlude in a real Firefox (test build: host access up front)', () => {
  let server: PageServer;
  let fx: InterludeFirefox;
  let pageTab: string;

  beforeAll(async () => {
    server = await startPageServer([FIXTURES]);
    fx = await launchInterlude('test');
    pageTab = await fx.openTab(server.url('/inbox', 'mail.test'));
  });
  afterAll(async () => {
    await fx?.close();
    await server?.close();
  });

  it('pause now shows a pause over the page, answered with the keyboard', async () => {
    await fx.focus(pageTab);
    const reply = await fx.message<Reply<{ shown: boolean }>>({ interlude: 'pause-now' });
    expect(reply).toEqual({ ok: true, output: { shown: true } });
    await fx.enterPromptFrame(pageTab);
    await fx.waitForText('Start');
    await fx.focus(pageTab);
    await fx.screenshot('pause-over-page');
    await fx.enterPromptFrame(pageTab);
    await fx.press(KEY.Escape);
    await fx.promptFrameGone(pageTab);
    const records = await fx.readStore<InterludeRecord>('records');
    expect(records).toEqual([
      expect.objectContaining({ kind: 'transition-pause', outcome: 'skipped' }),
    ]);
    expect(await fx.interludeErrors()).toEqual([]);
  });
});
