/** A transaction as `idb` wraps it: something that completes or fails through `done`. */
interface Completing {
  readonly done: Promise<void>;
  abort(): void;
}

/**
 * Runs `body` in `tx` and resolves with its result once the transaction has committed. If `body`
 * throws, the transaction is aborted (nothing it queued is written) and the error rethrown. The
 * transaction's own failure is always observed, so it never surfaces as an unhandled rejection.
 */
export async function transact<T>(tx: Completing, body: () => T | Promise<T>): Promise<T> {
  const done = tx.done;
  done.catch(() => {});
  let result: T;
  try {
    result = await body();
  } catch (error) {
    try {
      tx.abort();
    } catch {
      // Already finished or aborted: nothing left to undo.
    }
    throw error;
  }
  await done;
  return result;
}
