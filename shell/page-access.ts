import { browser } from 'wxt/browser';

const ALL_PAGES = { origins: ['<all_urls>'] };

/**
 * "Show pauses on the page I am on": the optional `<all_urls>` host access. `request` must be called
 * straight from a click (browsers only ask within a user gesture), before any `await`.
 */
export const pageAccess = {
  has: (): Promise<boolean> => browser.permissions.contains(ALL_PAGES),
  request: (): Promise<boolean> => browser.permissions.request(ALL_PAGES),
  revoke: (): Promise<boolean> => browser.permissions.remove(ALL_PAGES),
};
