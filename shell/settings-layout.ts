/**
 * How settings are laid out in `storage.sync`, whose quotas are small: at most 8,192 bytes per item
 * and 102,400 in all (key plus JSON value, in UTF-8, as Chromium and Firefox count them).
 *
 * Settings that fit one item stay one item, `settings`, as they always were. Larger ones keep their
 * scalars there and move their longest lists out, each split into numbered parts
 * (`settings.part:callSites:0`, `…:1`) that name the list's content stamp and their count, so a
 * list read while sync is still delivering its parts is seen as incomplete rather than mixed.
 * Everything keeps syncing; only more than the total quota is refused. Pure: no browser API here
 * (the keys are declared in stored-items.ts).
 */

import { FORBIDDEN_KEYS } from '../core/check-record.ts';
import { isPlainObject } from '../core/is-plain-object.ts';
import { SETTINGS_PART_PREFIX as PART_PREFIX, SETTINGS_KEY } from './stored-items.ts';

/** The quotas of `storage.sync` (Chromium's and Firefox's `QUOTA_BYTES_PER_ITEM`, `QUOTA_BYTES`). */
export const SYNC_QUOTA = { bytesPerItem: 8192, bytes: 102_400 } as const;
// Headroom for the ways a browser's JSON may differ from JSON.stringify (e.g. escaping U+2028), and
// for the short-lived markers a change writes.
const ITEM_BUDGET = SYNC_QUOTA.bytesPerItem - 256;
const TOTAL_BUDGET = SYNC_QUOTA.bytes - 2048;
const SEGMENT = /^[A-Za-z0-9_-]{1,64}$/;
const isSafeSegment = (key: string) => SEGMENT.test(key) && !FORBIDDEN_KEYS.has(key);

/** A list moved out of the main item, by its dotted path. */
interface Part {
  path: string;
  list: unknown[];
}

/** Stored settings are larger than sync can hold; `largest` names the longest lists, by path. */
export interface SettingsTooLarge {
  bytes: number;
  limit: number;
  largest: { path: string; bytes: number }[];
}

/**
 * The sync items for `stored` (the settings as stored: what differs from the defaults), or how far
 * over the quota they are. Deterministic: the same settings always give the same items.
 */
export function layOutSettings(
  stored: Record<string, unknown>,
): { ok: true; items: Record<string, unknown> } | ({ ok: false } & SettingsTooLarge) {
  if (itemSize(SETTINGS_KEY, stored) <= ITEM_BUDGET)
    return { ok: true, items: { [SETTINGS_KEY]: stored } };
  const main = structuredClone(stored);
  const lists = listsIn(main).sort((a, b) => jsonSize(b.list) - jsonSize(a.list));
  const parts: Part[] = [];
  for (const part of lists) {
    if (itemSize(SETTINGS_KEY, main) <= ITEM_BUDGET) break;
    removeAt(main, part.path);
    parts.push(part);
  }
  const items: Record<string, unknown> = { [SETTINGS_KEY]: main };
  for (const part of parts) Object.assign(items, partItems(part));
  const bytes = Object.entries(items).reduce((sum, [key, value]) => sum + itemSize(key, value), 0);
  const tooBig = Object.entries(items).some(([key, value]) => itemSize(key, value) > ITEM_BUDGET);
  if (bytes <= TOTAL_BUDGET && !tooBig) return { ok: true, items };
  const largest = listsIn(stored)
    .map(({ path, list }) => ({ path, bytes: jsonSize(list) }))
    .sort((a, b) => b.bytes - a.bytes)
    .slice(0, 3);
  return { ok: false, bytes, limit: SYNC_QUOTA.bytes, largest };
}

/**
 * The stored settings read back from sync `items` (any keys; others are ignored): the main item
 * with every complete list put back at its path. `complete` is false while some list's parts
 * disagree (sync still delivering them); such a list is left out, so the default shows meanwhile.
 */
export function readSettingsLayout(items: Record<string, unknown>): {
  stored: Record<string, unknown> | undefined;
  complete: boolean;
} {
  const main = items[SETTINGS_KEY];
  const stored = isPlainObject(main) ? structuredClone(main) : undefined;
  const chunks = new Map<string, Map<number, unknown>>();
  for (const [key, value] of Object.entries(items)) {
    if (!key.startsWith(PART_PREFIX) || value === null || value === undefined) continue;
    const rest = key.slice(PART_PREFIX.length);
    const colon = rest.lastIndexOf(':');
    const path = rest.slice(0, colon);
    const index = Number(rest.slice(colon + 1));
    if (colon < 0 || !Number.isInteger(index) || !path.split('.').every(isSafeSegment)) continue;
    if (!chunks.has(path)) chunks.set(path, new Map());
    chunks.get(path)?.set(index, value);
  }
  if (chunks.size === 0) return { stored, complete: true };
  const result = stored ?? {};
  let complete = true;
  for (const [path, byIndex] of chunks) {
    const list = joinChunks(byIndex);
    if (list) setAt(result, path, list);
    else complete = false;
  }
  return { stored: result, complete };
}

/** The numbered items of one list: each `{ stamp, of, items }`, filled as far as the budget allows. */
function partItems({ path, list }: Part): Record<string, unknown> {
  const stamp = fnv1a(JSON.stringify(list));
  // Room for the wrapper with the largest count it could need; items are then packed greedily.
  const overhead =
    byteLength(`${PART_PREFIX}${path}:9999`) +
    byteLength(`{"stamp":"${stamp}","of":9999,"items":[]}`);
  const groups: unknown[][] = [[]];
  let size = overhead;
  for (const item of list) {
    const bytes = jsonSize(item) + 1;
    const current = groups[groups.length - 1] as unknown[];
    if (current.length > 0 && size + bytes > ITEM_BUDGET) {
      groups.push([item]);
      size = overhead + bytes;
    } else {
      current.push(item);
      size += bytes;
    }
  }
  return Object.fromEntries(
    groups.map((items, i) => [`${PART_PREFIX}${path}:${i}`, { stamp, of: groups.length, items }]),
  );
}

function joinChunks(byIndex: Map<number, unknown>): unknown[] | undefined {
  const first = byIndex.get(0);
  if (!isChunk(first)) return undefined;
  const list: unknown[] = [];
  for (let i = 0; i < first.of; i++) {
    const chunk = byIndex.get(i);
    if (!isChunk(chunk) || chunk.stamp !== first.stamp || chunk.of !== first.of) return undefined;
    list.push(...chunk.items);
  }
  return list;
}

function isChunk(value: unknown): value is { stamp: string; of: number; items: unknown[] } {
  return (
    isPlainObject(value) &&
    typeof value.stamp === 'string' &&
    Number.isInteger(value.of) &&
    (value.of as number) >= 1 &&
    (value.of as number) <= 1000 &&
    Array.isArray(value.items)
  );
}

/** Every list in `value`, by dotted path, depth first. */
function listsIn(value: Record<string, unknown>, prefix = ''): Part[] {
  return Object.entries(value).flatMap(([key, child]) => {
    if (!isSafeSegment(key)) return [];
    if (Array.isArray(child)) return [{ path: prefix + key, list: child }];
    return isPlainObject(child) ? listsIn(child, `${prefix}${key}.`) : [];
  });
}

function removeAt(root: Record<string, unknown>, path: string): void {
  const keys = path.split('.');
  const last = keys.pop() as string;
  let node: unknown = root;
  for (const key of keys) node = isPlainObject(node) ? node[key] : undefined;
  if (isPlainObject(node)) delete node[last];
}

function setAt(root: Record<string, unknown>, path: string, value: unknown): void {
  const keys = path.split('.');
  const last = keys.pop() as string;
  let node = root;
  for (const key of keys) {
    if (!isPlainObject(node[key])) node[key] = {};
    node = node[key] as Record<string, unknown>;
  }
  node[last] = value;
}

const encoder = new TextEncoder();
const byteLength = (text: string) => encoder.encode(text).length;
const jsonSize = (value: unknown) => byteLength(JSON.stringify(value));
const itemSize = (key: string, value: unknown) => byteLength(key) + jsonSize(value);

/** A short, stable stamp of a list's content (FNV-1a, 32 bits). */
function fnv1a(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(16).padStart(8, '0');
}
