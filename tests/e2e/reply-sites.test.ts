import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { InterludeRecord } from '../../core/records.ts';
import { watchExtensionWorlds } from './contexts.ts';
import {
  type ExtensionSession,
  launchExtension,
  promptFrame,
  promptGone,
  registeredMatches,
} from './harness.ts';
import { type PageServer, startPageServer } from './page-server.ts';

const PAGES = fileURLToPath(new URL('../reply-detection/pages', import.meta.url));
const SETTINGS = {
  workHours: { days: [1, 2, 3, 4, 5, 6, 7], start: '00:00', end: '23:59' },
  boundaryCue: { enabled: true, sites: ['helpdesk.test'], perTabCooldownMinutes: 15 },
};

const registered = registeredMatches;

describe('the boundary cue on a reply site the person turned on', () => {
  let session: ExtensionSession;
  let server: PageServer;
  beforeAll(async () => {
    server = await startPageServer([PAGES]);
    session = await launchExtension({ build: 'test' });
  });
  afterAll(async () => {
    await session?.close();
    await server?.close();
  });

  it('registers the detector for that site only, offers the cue on a reply, and unregisters it', async () => {
    const control = await session.openExtensionPage('manifest.json');
    await control.evaluate((settings) => chrome.storage.sync.set({ settings }), SETTINGS);
    await expect
      .poll(() => registered(session), { timeout: 10_000 })
      .toEqual(['*://helpdesk.test/*']);

    const ordinary = await session.context.newPage();
    const ordinaryWorlds = await watchExtensionWorlds(ordinary, session.extensionId);
    await ordinary.goto(server.url('/plain.html', 'docs.test'));

    const page = await session.context.newPage();
    await page.goto(server.url('/plain.html', 'helpdesk.test'));
    await page.bringToFront();
    await page.getByRole('textbox', { name: 'Reply' }).click();
    await page.keyboard.type('Thanks for ');

    const frame = await promptFrame(page);
    const dialog = frame.getByRole('dialog', { name: 'What is actually mine to do?' });
    await dialog.waitFor();
    await expect(frame.getByText('helpdesk.test').count()).resolves.toBeGreaterThan(0);
    await session.screenshot(page, 'boundary-cue-on-reply-site');
    // The cue is offered without taking the keyboard from the reply; the shortcut moves to it.
    await session.message({ interlude: 'boundary-cue' });
    await expect
      .poll(() =>
        frame.evaluate(
          () => document.hasFocus() && document.documentElement.dataset.keys !== 'held',
        ),
      )
      .toBe(true);
    await page.keyboard.press('3');
    await promptGone(page);

    const records = await session.readStore<InterludeRecord>('records');
    expect(records).toEqual([
      expect.objectContaining({
        kind: 'boundary-cue',
        reason: 'compose',
        outcome: 'taken',
        answer: 'someone-else',
        host: 'helpdesk.test',
      }),
    ]);
    // What the person typed into the page is the page's own business: none of it is kept.
    expect(JSON.stringify(records)).not.toContain('Thanks');
    expect(ordinaryWorlds()).toBe(0);

    await control.evaluate((settings) => chrome.storage.sync.set({ settings }), {
      ...SETTINGS,
      boundaryCue: { ...SETTINGS.boundaryCue, sites: [] },
    });
    await expect.poll(() => registered(session), { timeout: 10_000 }).toEqual([]);
  });
});
