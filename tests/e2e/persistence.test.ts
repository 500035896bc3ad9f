import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Request } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import type { InterludeRecord } from '../../core/records.ts';
import {
  type ExtensionSession,
  launchExtension,
  pressClosing,
  promptFrame,
  promptGone,
  promptHasKeys,
} from './harness.ts';
import { type PageServer, startPageServer } from './page-server.ts';

/** Every request made by an extension context (its pages, frames and service worker). */
function watchExtensionRequests(session: ExtensionSession): Request[] {
  const seen: Request[] = [];
  session.context.on('request', (request) => {
    const fromWorker = request.serviceWorker() !== null;
    let frameUrl = '';
    try {
      frameUrl = request.frame().url();
    } catch {
      // Requests from a service worker have no frame.
    }
    if (fromWorker || frameUrl.startsWith('chrome-extension://')) seen.push(request);
  });
  return seen;
}

describe('the browser closed and reopened on the same profile', () => {
  let server: PageServer;
  let profileDir: string;
  afterAll(async () => {
    await server?.close();
    if (profileDir) await rm(profileDir, { recursive: true, force: true });
  });

  it('keeps history and state, and no extension context ever touches the network', async () => {
    server = await startPageServer([]);
    profileDir = await mkdtemp(join(tmpdir(), 'interlude-reopen-'));

    let session = await launchExtension({ profileDir });
    let requests = watchExtensionRequests(session);
    const page = await session.context.newPage();
    await page.goto(server.url('/inbox', 'mail.test'));
    await page.bringToFront();
    // A pause taken through its window (the real build has no host access), then a snooze.
    const opened = session.context.waitForEvent('page', (p) => p.url().includes('/prompt.html'));
    await session.message({ interlude: 'pause-now' });
    const prompt = await opened;
    const closed = prompt.waitForEvent('close');
    await promptHasKeys(prompt);
    await pressClosing(prompt.getByRole('dialog'), 'Escape');
    await closed;
    const snoozed = (await session.message({ interlude: 'snooze', input: { minutes: 120 } })) as {
      output: { snoozedUntil: number };
    };
    const before = await session.readStore<InterludeRecord>('records');
    expect(before).toEqual([
      expect.objectContaining({ kind: 'transition-pause', outcome: 'skipped' }),
    ]);
    const popup = await session.openExtensionPage('popup.html', { width: 360, height: 600 });
    await popup
      .getByText(/snoozed/i)
      .first()
      .waitFor();
    // The watch sees the extension's own page loads (so it is watching), and nothing else.
    expect(requests.length).toBeGreaterThan(0);
    expect(
      requests.filter((r) => !r.url().startsWith('chrome-extension://')).map((r) => r.url()),
    ).toEqual([]);
    await session.close({ keepProfile: true });

    session = await launchExtension({ profileDir });
    requests = watchExtensionRequests(session);
    try {
      expect(await session.readStore<InterludeRecord>('records')).toEqual(before);
      const status = (await session.message({ interlude: 'get-status' })) as {
        output: { mode: string; snoozedUntil?: number };
      };
      expect(status.output).toMatchObject({
        mode: 'snoozed',
        snoozedUntil: snoozed.output.snoozedUntil,
      });
      const again = await session.openExtensionPage('popup.html', { width: 360, height: 600 });
      await again
        .getByText(/snoozed/i)
        .first()
        .waitFor();
      await session.screenshot(again, 'popup-snoozed-after-restart');
      expect(
        requests.filter((r) => !r.url().startsWith('chrome-extension://')).map((r) => r.url()),
      ).toEqual([]);
    } finally {
      await session.close({ keepProfile: true });
    }
  });

  it('a pause open when the browser closed does not block "pause now" after it reopens', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'interlude-reopen-'));
    const pages = await startPageServer([]);
    try {
      let session = await launchExtension({ build: 'test', profileDir: dir });
      let page = await session.context.newPage();
      await page.goto(pages.url('/notes', 'docs.test'));
      await page.bringToFront();
      await session.message({ interlude: 'pause-now' });
      await (await promptFrame(page)).getByRole('dialog').waitFor();
      await session.close({ keepProfile: true });

      session = await launchExtension({ build: 'test', profileDir: dir });
      try {
        page = await session.context.newPage();
        await page.goto(pages.url('/notes', 'docs.test'));
        await page.bringToFront();
        const reply = await session.message({ interlude: 'pause-now' });
        expect(reply).toEqual({ ok: true, output: { shown: true } });
        // "Shown" is true only because it is: a pause is on this page now.
        const frame = await promptFrame(page, 5_000);
        await promptHasKeys(frame);
        await pressClosing(frame.getByRole('dialog'), 'Escape');
        await promptGone(page);
        // The pause the browser closed on is logged once, as never answered; the new one as skipped.
        const records = await session.readStore<InterludeRecord>('records');
        expect(records.map((r) => [r.kind, (r as { outcome?: string }).outcome])).toEqual([
          ['transition-pause', 'expired'],
          ['transition-pause', 'skipped'],
        ]);
      } finally {
        await session.close({ keepProfile: true });
      }
    } finally {
      await pages.close();
      await rm(dir, { recursive: true, force: true });
    }
  });
});
