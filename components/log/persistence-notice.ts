import type { UnavailableReason } from '../../db/history-store.ts';
import { type MessageKey, t } from '../i18n/messages.ts';

const NOTICES: Record<UnavailableReason, MessageKey> = {
  unsupported: 'persist_unsupported',
  'open-failed': 'persist_open_failed',
  blocked: 'persist_blocked',
  'newer-version': 'persist_newer_version',
  'upgrade-failed': 'persist_upgrade_failed',
  quota: 'persist_quota',
  'write-failed': 'persist_write_failed',
};

/** Why history is kept only in memory, as the whole notice the log shows. */
export function persistenceNotice(reason: UnavailableReason | undefined): string {
  return t(reason ? NOTICES[reason] : 'persist_unknown');
}
