import type { PromptAnswer } from '../core/answers.ts';
import type { FewerSuggestion, PromptShown } from '../core/effects.ts';
import type { PromptPage } from '../core/prompt-page.ts';
import type { PromptKind } from '../core/records.ts';
import type { StatusView } from '../core/status-view.ts';

/** The "fewer of these?" question (its home is the core's effects), for the prompt page. */
export type { FewerSuggestion };

/**
 * What a prompt page needs to render the prompt now showing: which and why, the reply site's host
 * (for a boundary cue), what the core worked out when it showed it, and the organisation's words
 * when a managed policy gives any (see core/managed-policy.ts).
 */
export type PromptDetails = PromptShown &
  PromptPage & { host?: string; organisation?: OrganisationWords };

/** What an organisation's policy says in prompts: its team agreement and its line about pauses. */
export interface OrganisationWords {
  name: string;
  teamAgreement: string[];
  protectedPauseLine: string;
}

/**
 * Why a prompt over a page moved to Interlude's own window: the page sent its frame elsewhere,
 * removed it, took the keyboard from it, or Interlude could not tell that the card the person
 * clicked was really showing.
 */
export const MOVE_REASONS = ['hijacked', 'removed', 'focus-taken', 'unseen-click'] as const;

/** One of {@link MOVE_REASONS}. */
export type MoveReason = (typeof MOVE_REASONS)[number];

/** What a prompt moving to Interlude's window brings with it: why, and the texts typed so far. */
export interface HandOver {
  why: MoveReason;
  /** The prompt's text fields, in order. */
  texts: string[];
}

/**
 * What the background tells the prompt page of one delivery directly: the page under it took the
 * keyboard, so move to Interlude's window (move-to-window) with what was typed.
 */
export interface PromptCommand {
  interludePrompt: 'hand-over';
  delivery: string;
}

/**
 * Every runtime message Interlude sends, by name: what it carries and what it answers.
 * The background routes each through one handler table (entrypoints/background/messages.ts).
 */
export interface MessageMap {
  /** Popup: what is happening now. */
  'get-status': { input: undefined; output: StatusView };
  /** Popup or shortcut: take a pause now. */
  'pause-now': { input: undefined; output: { shown: boolean } };
  /** Popup or shortcut: ask "what is actually mine to do?" for the current tab. */
  'boundary-cue': { input: undefined; output: { shown: boolean } };
  /** Popup: snooze automatic prompts for some minutes, or until the next working day. */
  snooze: { input: { minutes: number } | { until: 'tomorrow' }; output: { snoozedUntil: number } };
  /** Popup: end snooze or release early. */
  resume: { input: undefined; output: StatusView };
  /** Popup: end my day. */
  'end-day': { input: undefined; output: { shown: boolean } };
  /** Log page: delete every record and the engine state; the background starts afresh. */
  'delete-everything': { input: undefined; output: { deleted: true } };
  /** Reply-site content script: the person started a reply here. Carries nothing from the page. */
  compose: { input: undefined; output: { shown: boolean } };
  /** Prompt page: what to show (undefined when no prompt is showing any more). */
  'current-prompt': { input: undefined; output: PromptDetails | undefined };
  /** Prompt page: it could not load its prompt; the engine stops counting it as showing, and it closes. */
  'prompt-failed': { input: { prompt: PromptKind }; output: { closed: boolean } };
  /** Prompt page: take the prompt's frame or window down (after its closing message). */
  'dismiss-prompt': { input: undefined; output: { closed: true } };
  /** Prompt page in the overlay: how tall its content is, for the loader to fit the card. */
  'prompt-height': { input: { height: number }; output: { relayed: boolean } };
  /** Overlay loader: the page hijacked, removed or took focus from the card; show it in a window instead. */
  'overlay-lost': { input: { why: MoveReason }; output: { moved: boolean } };
  /** Prompt page over a page: move me to Interlude's window, with what was typed. */
  'move-to-window': { input: HandOver; output: { moved: boolean } };
  /** Prompt page: whether it is the copy of the prompt that was delivered (any other is inert). */
  'delivery-live': { input: undefined; output: { live: boolean } };
  /** Prompt page: the person finished with the prompt now showing. */
  answer: { input: PromptAnswer; output: { recorded: boolean; askFewer?: FewerSuggestion } };
  /** Prompt page: the person's reply to "fewer of these?" (then the prompt closes). */
  'fewer-pauses': { input: { accept: boolean }; output: { applied: boolean } };
  /** Prompt page: a note written after a boundary-cue answer, for that answer (then the cue closes). */
  'cue-note': { input: { note: string }; output: { saved: boolean } };
}

/** A message name. */
export type MessageName = keyof MessageMap;

/** The wire shape of a message. */
export interface Envelope<N extends MessageName = MessageName> {
  interlude: N;
  input: MessageMap[N]['input'];
}

/** The wire shape of an answer: the output, or an error message the caller can show. */
export type Reply<N extends MessageName> =
  | { ok: true; output: MessageMap[N]['output'] }
  | { ok: false; error: string };
