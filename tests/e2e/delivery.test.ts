import { describe, expect, it } from 'vitest';
import type { InterludeRecord } from '../../core/records.ts';
import { watchExtensionWorlds } from './contexts.ts';
import { useExtension } from './fixture.ts';
import { keysReady, pressClosing, pressInPrompt, promptFrame, promptGone } from './harness.ts';

const VIEWPORT = { width: 1100, height: 720 };

describe('prompt delivery over a page (test build: host access granted)', () => {
  const ext = useExtension({ build: 'test' });

  it('shows a pause over the page in an isolated frame, takes one key to skip, and logs it', async () => {
    const page = await ext.session.context.newPage();
    await page.setViewportSize(VIEWPORT);
    const worlds = await watchExtensionWorlds(page, ext.session.extensionId);
    await page.goto(ext.server.url('/notes', 'docs.test'));
    await page.bringToFront();
    expect(worlds()).toBe(0);

    const reply = await ext.session.message({ interlude: 'pause-now' });
    expect(reply).toEqual({ ok: true, output: { shown: true } });

    const frame = await promptFrame(page);
    await frame.getByRole('dialog').waitFor();
    expect(worlds()).toBeGreaterThan(0);
    // The host page cannot reach into the overlay: the shadow root is closed.
    const visible = await page.evaluate(() =>
      [...document.documentElement.children].map((el) => ({
        tag: el.tagName,
        shadow: el.shadowRoot !== null,
      })),
    );
    expect(visible.some((el) => el.shadow)).toBe(false);
    await ext.session.screenshot(page, 'pause-over-page');

    await keysReady(frame);
    await pressClosing(frame.getByRole('dialog'), 'Escape');
    await promptGone(page);
    const records = await ext.session.readStore<InterludeRecord>('records');
    expect(records).toEqual([
      expect.objectContaining({
        kind: 'transition-pause',
        reason: 'on-request',
        outcome: 'skipped',
      }),
    ]);
    await page.close();
  });
});

describe('prompt delivery without host access (the real build)', () => {
  const ext = useExtension();

  it('opens a small Interlude window instead, and never scripts the page', async () => {
    const page = await ext.session.context.newPage();
    const worlds = await watchExtensionWorlds(page, ext.session.extensionId);
    await page.goto(ext.server.url('/inbox', 'mail.test'));
    await page.bringToFront();
    const opened = ext.session.context.waitForEvent('page', (p) =>
      p.url().includes('/prompt.html'),
    );
    await ext.session.message({ interlude: 'end-day' });
    const window = await opened;
    await window.getByRole('dialog').waitFor();
    await ext.session.screenshot(window, 'end-of-day-window');
    expect(worlds()).toBe(0);
    await keysReady(window);
    await pressInPrompt(window.getByRole('dialog'), 'Escape');
    await window.getByText(/Interlude is quiet until/).waitFor();
    const closed = window.waitForEvent('close');
    await pressClosing(window.getByRole('button', { name: 'Close' }), 'Escape');
    await closed;
    await page.close();
  });
});
