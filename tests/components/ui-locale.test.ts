import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { formatClock, uiLocale } from '../../components/i18n/format.ts';

const NINE_UTC = Date.UTC(2026, 2, 2, 9, 0);

/** A browser that reports `ui` as its language and shows the messages of `words`. */
function browserIn(ui: string, words: string) {
  vi.spyOn(fakeBrowser.i18n, 'getUILanguage').mockReturnValue(ui);
  const english = fakeBrowser.i18n.getMessage;
  vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation(((key: string, subs?: string[]) =>
    key === 'locale_code' ? words : english(key, subs)) as typeof english);
}

describe('the locale of dates and times', () => {
  it('is the browser’s own where the words are in its language, or are the English fallback', () => {
    browserIn('en-GB', 'en');
    expect(uiLocale()).toBe('en-GB');
    expect(formatClock(NINE_UTC, undefined, 'UTC')).toBe('09:00');
    browserIn('pt-PT', 'en');
    expect(uiLocale()).toBe('pt-PT');
    browserIn('de-AT', 'de');
    expect(uiLocale()).toBe('de-AT');
  });

  it('follows the words when they are a translation into another language than the browser reports', () => {
    browserIn('en-US', 'de');
    expect(uiLocale()).toBe('de');
    expect(formatClock(NINE_UTC, undefined, 'UTC')).toBe('09:00');
  });
});
