import type { Browser } from '@wxt-dev/browser';

declare global {
  /** Chromium's extension API, as seen inside `page.evaluate` / `worker.evaluate` callbacks. */
  const chrome: Browser;
}
