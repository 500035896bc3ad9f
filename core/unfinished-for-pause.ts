import { type LaterItem, openLaterItems } from './later-list.ts';
import type { Settings } from './settings.ts';
import type { EngineState } from './state.ts';

/**
 * What the transition pause now showing may offer back: the open unfinished thing of the last
 * release, if the person allows it and this is the working day's first automatic pause (the popup
 * offers it at any time; a pause is for stepping away, so it is offered there only once, by wish).
 */
export function unfinishedForPause(
  state: EngineState,
  settings: Settings,
  items: readonly LaterItem[],
  now: number,
): LaterItem | undefined {
  const showing = state.showing;
  if (!settings.laterList.inFirstPause || showing?.prompt !== 'transition-pause') return undefined;
  if (showing.reason === 'on-request' || state.day.pauses !== 1) return undefined;
  return openLaterItems(items, now)
    .filter((item) => item.from === 'unfinished')
    .at(-1);
}
