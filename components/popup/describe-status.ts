import type { StatusView } from '../../core/status-view.ts';
import { formatMinutes } from '../shared/format-minutes.ts';
import { formatMoment } from '../shared/format-moment.ts';

/** The popup's status, in words. */
export interface StatusText {
  /** What Interlude is doing now. */
  mode: string;
  /** Active time since the last pause. */
  activity: string;
  /** When a pause is likely, while watching. */
  next?: string;
  /** Prompts today against the daily cap, without judgement. */
  prompts: string;
  /** Whether "Resume" replaces "End my day" (snoozed or released). */
  canResume: boolean;
}

function modeLine(status: StatusView, when: (at: number) => string): string {
  const { snoozedUntil, quietUntil } = status;
  switch (status.mode) {
    case 'watching':
      return 'Watching for a good moment';
    case 'snoozed':
      return snoozedUntil === undefined ? 'Snoozed' : `Snoozed until ${when(snoozedUntil)}`;
    case 'released':
      return quietUntil === undefined
        ? 'Day released: quiet for now'
        : `Day released: quiet until ${when(quietUntil)}`;
    case 'outside-hours':
      return quietUntil === undefined
        ? 'Outside working hours'
        : `Outside working hours, back ${when(quietUntil)}`;
    case 'in-call':
      return 'In a call: holding pauses until it ends';
    case 'disabled':
      return 'Automatic pauses are off in settings';
  }
}

function activityLine({ mode, activeMinutes, lastPauseAt }: StatusView): string {
  if (mode === 'released')
    return 'Pause now and “What is mine to do?” still work whenever you ask.';
  if (activeMinutes < 1)
    return lastPauseAt === undefined ? 'No screen time yet today' : 'You paused a moment ago';
  const span = formatMinutes(activeMinutes);
  return lastPauseAt === undefined
    ? `Active for ${span} so far today`
    : `Active for ${span} since your last pause`;
}

function nextLine(
  { mode, nextPause, requestedPauseAt }: StatusView,
  whenDay: (at: number) => string,
): string | undefined {
  if (requestedPauseAt !== undefined)
    return `The pause you asked for comes back ${whenDay(requestedPauseAt)}`;
  if (mode !== 'watching' || nextPause === undefined) return undefined;
  if (nextPause.inMinutes <= 1) return 'A pause may come in a minute or so';
  return `A pause is likely in about ${formatMinutes(nextPause.inMinutes)}`;
}

function promptsLine({ promptsToday, dailyCap }: StatusView): string {
  if (promptsToday >= dailyCap)
    return `${promptsToday} of ${dailyCap} prompts today. No more will come unasked.`;
  return `${promptsToday} of ${dailyCap} prompts today`;
}

/** Describes a status for the popup in plain words; times are relative to `now`, in `timeZone`. */
export function describeStatus(
  status: StatusView,
  now: number,
  locale?: string,
  timeZone?: string,
): StatusText {
  const when = (at: number) => formatMoment(at, now, locale, timeZone);
  const next = nextLine(status, (at) =>
    formatMoment(at, now, locale, timeZone, { sayToday: true }),
  );
  return {
    mode: modeLine(status, when),
    activity: activityLine(status),
    ...(next === undefined ? {} : { next }),
    prompts: promptsLine(status),
    canResume: status.mode === 'snoozed' || status.mode === 'released',
  };
}
