import type { Page } from 'playwright-core';

/**
 * Watches which JavaScript worlds exist in a page through CDP, so a test can tell whether any
 * Interlude script (an isolated world whose origin is the extension) was ever placed in it.
 */
export async function watchExtensionWorlds(page: Page, extensionId: string): Promise<() => number> {
  const cdp = await page.context().newCDPSession(page);
  let worlds = 0;
  cdp.on('Runtime.executionContextCreated', ({ context }) => {
    if (String(context.origin).includes(extensionId) || String(context.name).includes(extensionId))
      worlds += 1;
  });
  await cdp.send('Runtime.enable');
  return () => worlds;
}
