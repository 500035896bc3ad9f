import type { Frame, Page } from 'playwright-core';
import { expect } from 'vitest';
import { seriousViolations } from './axe.ts';
import type { ExtensionSession } from './harness.ts';

/**
 * Checks `target` in the light and the dark scheme (axe finds nothing serious, nothing runs off the
 * side, and whatever `alsoExpect` checks in that scheme) and screenshots `page` as `<name>-light`
 * and `<name>-dark`; leaves `page` light.
 */
export async function lookInBothSchemes(
  session: ExtensionSession,
  page: Page,
  target: Page | Frame,
  name: string,
  alsoExpect?: (scheme: 'light' | 'dark', label: string) => Promise<void>,
): Promise<void> {
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await alsoExpect?.(scheme, `${name} (${scheme})`);
    expect(await seriousViolations(target), `${name} (${scheme})`).toEqual([]);
    expect(
      await target.evaluate(
        () => document.documentElement.scrollWidth <= document.documentElement.clientWidth,
      ),
      `${name} (${scheme}) scrolls sideways`,
    ).toBe(true);
    await session.screenshot(page, `${name}-${scheme}`);
  }
  await page.emulateMedia({ colorScheme: 'light' });
}
