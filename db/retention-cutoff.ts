const DAY_MS = 86_400_000;

/**
 * The retention boundary: records with `at` before the returned epoch ms are due for deletion
 * (`pruneBefore`). `retentionDays` of 0, a negative, a non-finite value or `null` means "keep
 * everything", returned as `null`. Days are 24-hour spans counted back from `now`, not calendar days.
 */
export function retentionCutoff(
  now: number,
  retentionDays: number | null | undefined,
): number | null {
  if (retentionDays == null || !Number.isFinite(retentionDays) || retentionDays <= 0) return null;
  return now - Math.round(retentionDays * DAY_MS);
}
