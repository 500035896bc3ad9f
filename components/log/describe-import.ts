/** What an import did, from the log page's point of view. */
export type ImportResult =
  | { ok: true; added: number; skipped: number; settings: boolean; persistent: boolean }
  | { ok: false; error: string };

const count = (n: number) => n.toLocaleString('en');

/** The import report a person reads: "Added 3 records, skipped 1 already here." and what else happened. */
export function describeImport(result: ImportResult): string {
  if (!result.ok) return result.error;
  const parts = [
    `Added ${count(result.added)} ${result.added === 1 ? 'record' : 'records'}, skipped ${count(result.skipped)} already here.`,
  ];
  if (result.settings) parts.push('Settings were restored from the file.');
  if (!result.persistent) parts.push('They are kept only until the browser closes (see above).');
  return parts.join(' ');
}
