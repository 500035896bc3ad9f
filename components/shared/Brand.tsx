import { t } from '../i18n/messages.ts';
import { Mark } from './Mark.tsx';

/** Interlude's mark and name, as a page or a prompt shows them at its head, in a `tag` element. */
export function Brand({ size, tag: Tag = 'div' }: { size: number; tag?: 'div' | 'header' }) {
  return (
    <Tag class="brand">
      <Mark size={size} />
      <span>{t('extension_name')}</span>
    </Tag>
  );
}
