import type { History } from './history.ts';
import { retentionCutoff } from './retention-cutoff.ts';

const DAY_MS = 86_400_000;

/**
 * Retention: deletes records older than `retentionDays`, at most once a day (remembered in the
 * history's meta). Resolves to how many records went (0 when it was not due).
 */
export async function pruneIfDue(
  history: History,
  retentionDays: number,
  now: number,
): Promise<number> {
  const meta = await history.loadMeta();
  const last = meta.lastRetentionRun;
  // A clock set back makes `last` lie in the future; run then too rather than never again.
  if (last !== undefined && now - last < DAY_MS && now >= last) return 0;
  const cutoff = retentionCutoff(now, retentionDays);
  const deleted = cutoff === null ? 0 : await history.pruneBefore(cutoff);
  await history.saveMeta({ ...meta, lastRetentionRun: now });
  return deleted;
}
