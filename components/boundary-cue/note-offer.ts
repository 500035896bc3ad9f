import { TEXT_LIMITS } from '../../core/text-limits.ts';

/** How long the cue's note offer stays, untouched, after a one-click answer before it closes by itself. */
export const NOTE_OFFER_MS = 6_000;

/** The cue's note is one line: at most this many characters, before or after the answer (the note's one limit). */
export const NOTE_MAX_LENGTH = TEXT_LIMITS.note;
