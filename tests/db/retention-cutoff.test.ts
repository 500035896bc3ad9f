import { describe, expect, it } from 'vitest';
import { retentionCutoff } from '../../db/retention-cutoff.ts';

const NOW = Date.UTC(2025, 2, 30, 12);

describe('retentionCutoff', () => {
  it.each([
    [365, Date.UTC(2024, 2, 30, 12)],
    [30, Date.UTC(2025, 1, 28, 12)],
    [1, Date.UTC(2025, 2, 29, 12)],
    [0.5, Date.UTC(2025, 2, 30, 0)],
  ])('keeps %d days: records before %d go', (days, cutoff) => {
    expect(retentionCutoff(NOW, days)).toBe(cutoff);
  });

  it.each([0, -3, Number.POSITIVE_INFINITY, Number.NaN, null, undefined])(
    'keeps everything for %s',
    (days) => {
      expect(retentionCutoff(NOW, days)).toBeNull();
    },
  );
});
