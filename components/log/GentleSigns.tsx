import type { GentleSign, Observation } from '../../core/gentle-signs.ts';

/** Props of {@link GentleSigns}. */
export interface GentleSignsProps {
  observations: readonly Observation[];
  supportHref: string;
  onHide(): void;
}

/** What each pattern is, in plain words, and one small thing the person might try. */
const WORDS: Record<GentleSign, { seen(weeks: number): string; tryThis: string }> = {
  'after-hours-rising': {
    seen: (weeks) => `Screen time after your working hours has grown each week for ${weeks} weeks.`,
    tryThis:
      'You might pick one evening this week to stop at the end of your hours, and let the release help you set the day down.',
  },
  'few-releases': {
    seen: (weeks) => `For ${weeks} weeks, most of your working days ended without a release.`,
    tryThis:
      'Tomorrow you might name just one thing you can put down before you close the browser. One line is enough.',
  },
  'skips-outweigh-pauses': {
    seen: (weeks) => `For ${weeks} weeks you skipped far more pauses than you took.`,
    tryThis:
      'That may say more about the timing than about you. You might try fewer pauses, or a longer stretch before one, in settings.',
  },
};

/** At most two plain observations about the last weeks, each with something to try. Never a verdict. */
export function GentleSigns({ observations, supportHref, onHide }: GentleSignsProps) {
  return (
    <section class="card gentle-signs" aria-labelledby="signs-title">
      <h2 id="signs-title">Worth noticing</h2>
      <ul>
        {observations.map(({ sign, weeks }) => (
          <li key={sign}>
            <p>{WORDS[sign].seen(weeks)}</p>
            <p class="hint">{WORDS[sign].tryThis}</p>
          </li>
        ))}
      </ul>
      <p class="hint">
        Patterns like these are common in demanding work. If things feel heavier than stress,{' '}
        <a href={supportHref}>read where to turn</a>.
      </p>
      <button type="button" class="quiet" onClick={onHide}>
        Stop showing these
      </button>
    </section>
  );
}
