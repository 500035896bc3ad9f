import { storedItems } from './stored-items.ts';

/**
 * The shell's clock (epoch ms). In the test build (INTERLUDE_TEST_BUILD=1) end-to-end tests can move
 * it forward, so a test of a 50-minute stretch does not take 50 minutes; the real build has no such
 * hook and this is plain `Date.now()`.
 */
export function now(): number {
  return Date.now() + offset;
}

let offset = 0;
let prepared: Promise<void> | undefined;

/**
 * Before the first read in a worker's life: restores a test's clock offset (test build only). Reads
 * storage once per worker; every later call resolves with that same read.
 */
export function prepareClock(): Promise<void> {
  prepared ??= (async () => {
    if (!__INTERLUDE_TEST_BUILD__) return;
    offset = (await storedItems.testClockOffset.getValue()) ?? 0;
  })();
  return prepared;
}

/**
 * Test build only: moves the clock forward by `ms` (kept across worker restarts). The stored offset
 * is restored first, so a move that is the first thing a restarted worker does adds to it.
 */
export async function advanceTestClock(ms: number): Promise<number> {
  if (!__INTERLUDE_TEST_BUILD__) throw new Error('Only in the test build.');
  await prepareClock();
  offset += ms;
  await storedItems.testClockOffset.setValue(offset);
  return now();
}
