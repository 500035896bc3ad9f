import type { Settings } from '../../core/settings.ts';
import type { EngineState } from '../../core/state.ts';
import { nextPeriodStart } from '../../core/work-period.ts';
import { organisationWords } from '../../shell/organisation-words.ts';
import type { PromptDetails } from '../../shell/protocol.ts';

/** What the prompt page needs to show the prompt on screen, or undefined when none is. */
export function promptDetails(
  state: EngineState,
  settings: Settings,
  now: number,
): PromptDetails | undefined {
  if (!state.showing) return undefined;
  const nextWorkStart = nextPeriodStart(now, settings.timeZone, settings.workHours);
  const setAside = state.showing.setAside;
  return {
    prompt: state.showing.prompt,
    reason: state.showing.reason,
    host: state.showing.host ?? undefined,
    intensity: settings.intensity,
    practiceSeed: state.seq,
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
    now,
    ...organisationWords(),
  };
}
