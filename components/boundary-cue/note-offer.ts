/** How long the cue's note offer stays, untouched, after a one-click answer before it closes by itself. */
export const NOTE_OFFER_MS = 6_000;
