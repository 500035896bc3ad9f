import { wrap } from 'idb';
import type { UnavailableReason } from './history-store.ts';
import {
  type HistoryDatabase,
  type SchemaPlan,
  type UpgradeTransaction,
  upgradeSchema,
} from './schema.ts';
import { storageError } from './storage-error.ts';

/** Opening the database failed; `reason` says why in a form the UI can explain. */
export class HistoryUnavailableError extends Error {
  readonly reason: UnavailableReason;
  constructor(reason: UnavailableReason, cause?: unknown) {
    super(`History unavailable: ${reason}`, { cause });
    this.name = 'HistoryUnavailableError';
    this.reason = reason;
  }
}

/** A lazily (re)opened connection to the history database. */
export interface Connection {
  /** Runs `work` on an open connection; if the connection was closed under it, reopens and retries once. */
  use<T>(work: (db: HistoryDatabase) => Promise<T>): Promise<T>;
  /** Closes the connection; the next `use` opens a new one. */
  close(): void;
}

/**
 * Opens `plan` through `factory` on first use. When another connection needs a newer version
 * (`versionchange`) this one closes so the upgrade can proceed; when the browser terminates it
 * (`close`), or it was closed, the next use reopens. Open failures reject with {@link HistoryUnavailableError}.
 */
export function createConnection(
  factory: IDBFactory,
  plan: SchemaPlan,
  blockedTimeoutMs: number,
): Connection {
  let current: Promise<HistoryDatabase> | undefined;
  const open = (): Promise<HistoryDatabase> => {
    const opening = openDatabase(factory, plan, blockedTimeoutMs, () => {
      if (current === opening) current = undefined;
    });
    current = opening;
    // A failed open is not cached: the next use tries again.
    opening.catch(() => {
      if (current === opening) current = undefined;
    });
    return opening;
  };
  const close = () => {
    const closing = current;
    current = undefined;
    closing?.then((db) => db.close()).catch(() => {});
  };
  return {
    close,
    async use(work) {
      const db = await (current ?? open());
      try {
        return await work(db);
      } catch (error) {
        if (storageError(error) !== 'closed') throw error;
        close();
        return work(await open());
      }
    },
  };
}

function openDatabase(
  factory: IDBFactory,
  plan: SchemaPlan,
  blockedTimeoutMs: number,
  onGone: () => void,
): Promise<HistoryDatabase> {
  return new Promise((resolve, reject) => {
    let request: IDBOpenDBRequest;
    try {
      request = factory.open(plan.name, plan.version);
    } catch (error) {
      reject(new HistoryUnavailableError('open-failed', error));
      return;
    }
    let gaveUp = false;
    let upgradeError: unknown;
    let blockedTimer: ReturnType<typeof setTimeout> | undefined;
    request.onupgradeneeded = (event) => {
      const rawTx = request.transaction;
      if (!rawTx) return;
      const tx = wrap(rawTx) as unknown as UpgradeTransaction;
      tx.done.catch(() => {});
      const fail = (error: unknown) => {
        upgradeError = error;
        try {
          rawTx.abort();
        } catch {}
      };
      try {
        const db = wrap(request.result) as HistoryDatabase;
        const newVersion = event.newVersion ?? plan.version;
        upgradeSchema(plan, db, tx, event.oldVersion, newVersion)?.catch(fail);
      } catch (error) {
        fail(error);
      }
    };
    request.onblocked = () => {
      blockedTimer ??= setTimeout(() => {
        gaveUp = true;
        reject(new HistoryUnavailableError('blocked'));
      }, blockedTimeoutMs);
    };
    request.onsuccess = () => {
      clearTimeout(blockedTimer);
      const raw = request.result;
      // The other page let go after we had moved on to memory: don't keep a second source of truth.
      if (gaveUp) return raw.close();
      raw.onversionchange = () => {
        raw.close();
        onGone();
      };
      raw.onclose = onGone;
      resolve(wrap(raw) as HistoryDatabase);
    };
    request.onerror = (event) => {
      event.preventDefault();
      clearTimeout(blockedTimer);
      const error = request.error;
      if (upgradeError !== undefined)
        reject(new HistoryUnavailableError('upgrade-failed', upgradeError));
      else if (error?.name === 'VersionError')
        reject(new HistoryUnavailableError('newer-version', error));
      else reject(new HistoryUnavailableError('open-failed', error));
    };
  });
}
