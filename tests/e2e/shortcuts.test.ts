import { describe, expect, it } from 'vitest';
import { COMMANDS } from '../../shell/commands.ts';
import { useExtension } from './fixture.ts';

/** What the README, the welcome page and the popup advertise: the suggested keys, from one list. */
const advertised = Object.entries(COMMANDS).map(([name, { key }]) => ({ name, shortcut: key }));

describe('keyboard shortcuts in the real browser', () => {
  const ext = useExtension();

  it('binds every advertised shortcut on install', async () => {
    const page = await ext.session.openExtensionPage('manifest.json');
    const bound = await page.evaluate(async () =>
      ((await chrome.commands.getAll()) as { name?: string; shortcut?: string }[])
        .filter((command) => command.name !== '_execute_action')
        .map(({ name, shortcut }) => ({ name: name ?? '', shortcut })),
    );
    const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name);
    expect(bound.sort(byName)).toEqual(advertised.sort(byName));
    await page.close();
  });

  it('shows on the welcome page and in the popup exactly what is bound, and opens the page to change them', async () => {
    for (const path of ['welcome.html', 'popup.html']) {
      const page = await ext.session.openExtensionPage(path, { width: 360, height: 900 });
      const terms = page.locator('.shortcuts dt');
      await expect
        .poll(() => terms.allTextContents(), { timeout: 10_000, message: `shortcuts on ${path}` })
        .toEqual(Object.values(COMMANDS).map((command) => command.key));
      const opened = ext.session.context.waitForEvent('page', { timeout: 10_000 });
      await page.getByRole('link', { name: 'Change shortcuts' }).click();
      const shortcutsPage = await opened;
      expect(shortcutsPage.url()).toBe('chrome://extensions/shortcuts');
      await shortcutsPage.close();
      for (const scheme of ['light', 'dark'] as const) {
        await page.emulateMedia({ colorScheme: scheme });
        await ext.session.screenshot(page, `shortcuts-${path.replace('.html', '')}-360-${scheme}`);
      }
      await page.close();
    }
  });
});
