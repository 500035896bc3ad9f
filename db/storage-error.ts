/** What went wrong with an IndexedDB request, in the terms the history layer acts on. */
export type StorageErrorKind =
  /** The disk quota is full. */
  | 'quota'
  /** The caller's data cannot be stored (no valid key, not cloneable): a bug, never hidden. */
  | 'bad-input'
  /** The connection was closed or the transaction cut off under us: reopening may help. */
  | 'closed'
  | 'other';

/** Classifies an error thrown or reported by IndexedDB (names differ a little between browsers). */
export function storageError(error: unknown): StorageErrorKind {
  const name = error instanceof Error || error instanceof DOMException ? error.name : '';
  if (name === 'QuotaExceededError' || name.startsWith('NS_ERROR_DOM_QUOTA')) return 'quota';
  if (name === 'DataError' || name === 'DataCloneError' || error instanceof TypeError) {
    return 'bad-input';
  }
  if (name === 'InvalidStateError' || name === 'AbortError') return 'closed';
  return 'other';
}
