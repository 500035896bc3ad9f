import type { GentleSign, Observation } from '../../core/gentle-signs.ts';
import { type MessageKey, type PluralKey, t, tn } from '../i18n/messages.ts';
import { LINK, WithLink } from '../i18n/WithLink.tsx';

/** Props of {@link GentleSigns}. */
export interface GentleSignsProps {
  observations: readonly Observation[];
  supportHref: string;
  onHide(): void;
}

/** What each pattern is, in plain words, and one small thing the person might try. */
const WORDS: Record<GentleSign, { seen: PluralKey; tryThis: MessageKey }> = {
  'after-hours-rising': { seen: 'sign_after_hours_seen', tryThis: 'sign_after_hours_try' },
  'few-releases': { seen: 'sign_few_releases_seen', tryThis: 'sign_few_releases_try' },
  'skips-outweigh-pauses': { seen: 'sign_skips_seen', tryThis: 'sign_skips_try' },
};

/** At most two plain observations about the last weeks, each with something to try. Never a verdict. */
export function GentleSigns({ observations, supportHref, onHide }: GentleSignsProps) {
  return (
    <section class="card gentle-signs" aria-labelledby="signs-title">
      <h2 id="signs-title">{t('signs_title')}</h2>
      <ul>
        {observations.map(({ sign, weeks }) => (
          <li key={sign}>
            <p>{tn(WORDS[sign].seen, weeks)}</p>
            <p class="hint">{t(WORDS[sign].tryThis)}</p>
          </li>
        ))}
      </ul>
      <p class="hint">
        <WithLink
          text={t('signs_where_to_turn', LINK)}
          link={<a href={supportHref}>{t('link_read_where_to_turn')}</a>}
        />
      </p>
      <button type="button" class="quiet" onClick={onHide}>
        {t('signs_hide')}
      </button>
    </section>
  );
}
