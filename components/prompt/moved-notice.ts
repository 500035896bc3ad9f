import type { MoveReason } from '../../shell/protocol.ts';

/** Why a prompt opened in Interlude's own window instead of over the page, in one calm line. */
export const movedNotice: Record<MoveReason, string> = {
  hijacked:
    'The page you were on kept replacing Interlude’s card, so it opened here, in its own window.',
  removed: 'The page you were on removed Interlude’s card, so it opened here, in its own window.',
  'focus-taken':
    'The page you were on kept taking the keyboard away, so Interlude moved here with what you had typed. Nothing you type here reaches that page.',
  'unseen-click':
    'Interlude could not be sure its card was really showing on that page, so it opened here for your click.',
};

/** The line an offered card shows while the person's keyboard is still on their page. */
export const offeredHint = 'Your typing stays on your page. Click here when you want this.';
