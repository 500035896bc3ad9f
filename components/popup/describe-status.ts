import type { StatusView } from '../../core/status-view.ts';
import { formatMinutes, formatMoment } from '../i18n/format.ts';
import { t, tn } from '../i18n/messages.ts';

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
      return t('status_watching');
    case 'snoozed':
      return snoozedUntil === undefined
        ? t('status_snoozed')
        : t('status_snoozed_until', when(snoozedUntil));
    case 'released':
      return quietUntil === undefined
        ? t('status_released')
        : t('status_released_until', when(quietUntil));
    case 'outside-hours':
      return quietUntil === undefined
        ? t('status_outside_hours')
        : t('status_outside_hours_back', when(quietUntil));
    case 'in-call':
      return t('status_in_call');
    case 'disabled':
      return t('status_disabled');
  }
}

function activityLine({ mode, activeMinutes, lastPauseAt }: StatusView): string {
  if (mode === 'released') return t('status_released_still_work');
  if (activeMinutes < 1)
    return lastPauseAt === undefined ? t('status_no_screen_time') : t('status_paused_just_now');
  const span = formatMinutes(activeMinutes);
  return lastPauseAt === undefined
    ? t('status_active_today', span)
    : t('status_active_since_pause', span);
}

function nextLine(
  { mode, nextPause, requestedPauseAt }: StatusView,
  whenDay: (at: number) => string,
): string | undefined {
  if (requestedPauseAt !== undefined) return t('status_requested_back', whenDay(requestedPauseAt));
  if (mode !== 'watching' || nextPause === undefined) return undefined;
  if (nextPause.inMinutes <= 1) return t('status_pause_in_a_minute');
  return t('status_pause_likely', formatMinutes(nextPause.inMinutes));
}

function promptsLine({ promptsToday, dailyCap }: StatusView): string {
  if (promptsToday >= dailyCap) return tn('status_prompts_capped', dailyCap, promptsToday);
  return tn('status_prompts', dailyCap, promptsToday);
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
