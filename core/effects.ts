import type { PromptPage } from './prompt-page.ts';
import type {
  BoundaryCueRecord,
  EndOfDayRecord,
  InterludeRecord,
  PromptKind,
  TransitionPauseRecord,
} from './records.ts';
import type { EngineState } from './state.ts';

/**
 * Which prompt is shown and why: each kind with its own reasons (the ones its record keeps), so a
 * kind never comes with another kind's reason and no branch on it needs a cast.
 */
export type PromptShown =
  | { prompt: 'transition-pause'; reason: TransitionPauseRecord['reason'] }
  | { prompt: 'boundary-cue'; reason: BoundaryCueRecord['reason'] }
  | { prompt: 'end-of-day'; reason: EndOfDayRecord['reason'] };

/** Why a prompt is shown: a transition reason, or the cue's and the release's own reasons. */
export type PromptReason = PromptShown['reason'];

/**
 * What a "mine, later" reminder brings back: the reply site, the person's note, when it was set aside
 * (epoch ms) and the id of the boundary-cue record it came from. Optional, for reminders stored by an
 * earlier version.
 */
export interface SetAside {
  host?: string;
  note?: string;
  setAsideAt?: number;
  cueId?: string;
}

/**
 * What the core asks the shell to do, as plain data. The shell runs them in order and never decides
 * anything itself.
 * - `show-prompt`: show this prompt now (over `tab` if given, else in the best place the shell has),
 *   with everything its page needs (`page`).
 * - `close-prompt`: take down the prompt that is showing (a call started, its tab closed, it expired,
 *   another prompt replaced it, or the person snoozed everything); its record comes separately.
 * - `record`: write this record to the history; ids are deterministic, so writing twice is a no-op.
 * - `badge`: the quiet status changed; set the toolbar badge text and title ('' = no badge).
 * - `remind`: the person chose "mine, later" with a time; bring it back at `at` (epoch ms), with
 *   everything it was about.
 * - `answered`: the person's answer (from a prompt page) was heard: whether it counted (it was for
 *   the prompt showing), whether to ask "fewer of these?" right there (several skips in a row),
 *   and whether the prompt page goes once its reply is on its way. For the page's reply; nothing
 *   else to run.
 * - `save-pacing`: the person said yes to "fewer of these?"; save these pacing settings.
 * - `forget-reminder`: a pending reminder for the item `cueId` is no longer wanted (done, let go, moved).
 * - `add-call-site`: the person said they were in a call on `host`; add it to the call sites.
 */
export type Effect =
  | ({ type: 'show-prompt'; tab?: number; host?: string; page: PromptPage } & PromptShown)
  | { type: 'close-prompt'; prompt: PromptKind }
  | { type: 'record'; record: InterludeRecord }
  /** The toolbar badge shows this quiet status, or else `count` open Later items (the shell words it). */
  | { type: 'badge'; status: EngineState['badge']; count?: number }
  | ({ type: 'remind'; at: number } & SetAside)
  | { type: 'answered'; counted: boolean; close: boolean; askFewer?: FewerSuggestion }
  | { type: 'save-pacing'; transition: Pacing }
  | { type: 'forget-reminder'; cueId: string }
  | { type: 'add-call-site'; host: string };

/** The pacing values "fewer of these?" changes. */
export interface Pacing {
  stretchMinutes: number;
  maxStretchMinutes: number;
  cooldownMinutes: number;
}

/** What a "fewer of these?" question compares: the pacing now, and what fewer would mean. */
export interface FewerSuggestion {
  current: Pacing;
  suggest: Pacing;
}

/** The `show-prompt` effect. */
export type ShowPromptEffect = Extract<Effect, { type: 'show-prompt' }>;
