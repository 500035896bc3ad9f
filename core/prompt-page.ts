import type { Settings } from './settings.ts';
import type { ShowingPrompt } from './state.ts';
import { nextPeriodStart } from './work-period.ts';

/**
 * What a prompt page needs to show a prompt, besides which prompt it is, why and for which site
 * (those travel beside it): worked out by the core when it shows the prompt, at the step's time.
 */
export interface PromptPage {
  intensity: 'gentle' | 'full-page' | 'notification';
  /** Varies the practice from pause to pause. */
  practiceSeed: number;
  /** The person's own kind phrases. */
  phrases: string[];
  /** When Interlude will speak again after a release (the next working period's start), epoch ms. */
  quietUntil: number;
  /** How long the short pause lasts, in seconds (the person's setting). */
  pauseSeconds: number;
  /** A reminder's cue: the note the person wrote and when they set it aside (epoch ms). */
  setAside?: { note?: string; at?: number };
  crisisLine: string;
  /** The person's time zone (resolved), for the times a prompt shows. */
  timeZone: string;
  /** What "mine, later" offers: the person's reminder defaults and when their next working day starts. */
  reminderPrefs: { soonMinutes: number; afternoonAt: string; nextWorkStart: number };
  /** The core's time when the prompt was shown, epoch ms. */
  now: number;
}

/** The page details of `showing`, shown at `at` after `seq` records, under `settings`. */
export function promptPage(
  showing: ShowingPrompt,
  seq: number,
  settings: Settings,
  at: number,
): PromptPage {
  const nextWorkStart = nextPeriodStart(at, settings.timeZone, settings.workHours);
  const setAside = showing.setAside;
  return {
    intensity: settings.intensity,
    practiceSeed: seq,
    phrases: settings.phrases,
    quietUntil: nextWorkStart,
    pauseSeconds: settings.transition.pauseSeconds,
    ...(setAside === undefined
      ? {}
      : {
          setAside: {
            ...(setAside.note === undefined ? {} : { note: setAside.note }),
            ...(setAside.setAsideAt === undefined ? {} : { at: setAside.setAsideAt }),
          },
        }),
    crisisLine: settings.crisisLine,
    timeZone: settings.timeZone,
    reminderPrefs: { ...settings.boundaryCue.reminder, nextWorkStart },
    now: at,
  };
}
