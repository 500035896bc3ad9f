import type { InterludeRecord, PromptKind } from './records.ts';
import type { EngineState } from './state.ts';

/** Why a prompt is shown: a transition reason, or the cue's and the release's own reasons. */
export type PromptReason =
  | 'long-stretch'
  | 'max-stretch'
  | 'task-change'
  | 'after-call'
  | 'scattered'
  | 'on-request'
  | 'compose'
  | 'reminder'
  | 'work-hours-end';

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
 * - `show-prompt`: show this prompt now (over `tab` if given, else in the best place the shell has).
 * - `close-prompt`: take down the prompt that is showing (a call started, its tab closed, it expired,
 *   another prompt replaced it, or the person snoozed everything); its record comes separately.
 * - `record`: write this record to the history; ids are deterministic, so writing twice is a no-op.
 * - `badge`: the quiet status changed; set the toolbar badge text and title ('' = no badge).
 * - `remind`: the person chose "mine, later" with a time; bring it back at `at` (epoch ms), with
 *   everything it was about.
 * - `ask-fewer`: the person skipped several pauses in a row; ask "fewer of these?" and, on yes,
 *   apply `suggest` to the settings.
 * - `add-call-site`: the person said they were in a call on `host`; add it to the call sites.
 */
export type Effect =
  | { type: 'show-prompt'; prompt: PromptKind; reason: PromptReason; tab?: number; host?: string }
  | { type: 'close-prompt'; prompt: PromptKind }
  | { type: 'record'; record: InterludeRecord }
  /** The toolbar badge shows this quiet status (the shell words it). */
  | { type: 'badge'; status: EngineState['badge'] }
  | ({ type: 'remind'; at: number } & SetAside)
  | {
      type: 'ask-fewer';
      suggest: { stretchMinutes: number; maxStretchMinutes: number; cooldownMinutes: number };
    }
  | { type: 'add-call-site'; host: string };
