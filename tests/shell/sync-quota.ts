import { vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

const bytes = (text: string) => new TextEncoder().encode(text).length;

/**
 * Makes WXT's fake `storage.sync` enforce Chromium's quotas, with Chromium's messages: 8,192 bytes
 * per item (key plus JSON value) and 102,400 in all. Returns the spy on `set`.
 */
export function enforceSyncQuota() {
  const area = fakeBrowser.storage.sync;
  const original = area.set.bind(area);
  return vi.spyOn(area, 'set').mockImplementation(async (items: Record<string, unknown>) => {
    const current = await area.get(null);
    const next = { ...current, ...items };
    for (const [key, value] of Object.entries(items)) {
      if (value != null && bytes(key) + bytes(JSON.stringify(value)) > 8192) {
        throw new Error('Resource::kQuotaBytesPerItem quota exceeded');
      }
    }
    const total = Object.entries(next)
      .filter(([, value]) => value != null)
      .reduce((sum, [key, value]) => sum + bytes(key) + bytes(JSON.stringify(value)), 0);
    if (total > 102_400) throw new Error('Resource::kQuotaBytes quota exceeded');
    return original(items);
  });
}
