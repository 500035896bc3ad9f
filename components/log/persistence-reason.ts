import type { UnavailableReason } from '../../db/history-store.ts';

const REASONS: Record<UnavailableReason, string> = {
  unsupported: 'this browser offers Interlude no storage here',
  'open-failed':
    'the browser would not open Interlude’s storage (private windows and some privacy settings do this)',
  blocked:
    'another Interlude page still holds an older version of the log open; closing other Interlude tabs usually helps',
  'newer-version': 'the log on this device was written by a newer version of Interlude',
  'upgrade-failed': 'updating the log to a new format failed (the log on disk is untouched)',
  quota: 'this device’s storage is full',
  'write-failed': 'the browser refused to save the latest entries',
};

/** Why history is kept only in memory, as the end of a sentence ("… because <reason>."). */
export function persistenceReason(reason: UnavailableReason | undefined): string {
  return reason ? REASONS[reason] : 'the browser’s storage is not available right now';
}
