import { describe, expect, it } from 'vitest';
import { ALARM_FLOOR_MS, alarmTime } from '../../entrypoints/background/wake-alarm.ts';

describe('the wake alarm time', () => {
  const real = Date.parse('2026-11-24T11:00:00Z');

  it('is the wake time, never sooner than Chromium’s floor, and none without a wake', () => {
    expect(alarmTime(real + 10 * 60_000, real, real)).toBe(real + 10 * 60_000);
    expect(alarmTime(real + 5_000, real, real)).toBe(real + ALARM_FLOOR_MS);
    expect(alarmTime(real - 60_000, real, real)).toBe(real + ALARM_FLOOR_MS);
    expect(alarmTime(null, real, real)).toBeNull();
  });

  it('is in the browser’s own time when the test build moved the shell’s clock', () => {
    const shell = real + 3 * 3_600_000;
    expect(alarmTime(shell + 10 * 60_000, shell, real)).toBe(real + 10 * 60_000);
  });
});
