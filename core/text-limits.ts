/**
 * The longest text each field a person types into a prompt may hold, in characters: the prompt
 * pages cap their inputs at it, the background caps answers at it, and an import refuses a record
 * with a longer one. Written once, here.
 */
export const TEXT_LIMITS = {
  /** The boundary cue's one-line note. */
  note: 140,
  /** The end-of-day release's three lines. */
  done: 200,
  unfinished: 200,
  putDown: 200,
  /** The guided pause's "next caring step": shown for the moment only, never kept. */
  nextStep: 120,
} as const;
