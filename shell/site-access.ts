import { browser } from 'wxt/browser';
import { matchPatternsFor } from './reply-sites.ts';

/**
 * Optional host access for reply sites, by host pattern. `request` must be called straight from a
 * click (browsers only ask within a user gesture), before any `await`.
 */
export const siteAccess = {
  has: (hosts: readonly string[]): Promise<boolean> =>
    browser.permissions.contains({ origins: matchPatternsFor(hosts) }),
  request: (hosts: readonly string[]): Promise<boolean> =>
    browser.permissions.request({ origins: matchPatternsFor(hosts) }),
  revoke: (hosts: readonly string[]): Promise<boolean> =>
    browser.permissions.remove({ origins: matchPatternsFor(hosts) }),
};
