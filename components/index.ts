/**
 * Interlude's UI components. Pages import `components/theme.css` once for the shared look; the
 * components carry no styles of their own.
 */
export { BoundaryCue, type BoundaryCueProps } from './boundary-cue/BoundaryCue.tsx';
export { type ReminderOption, reminderOptions } from './boundary-cue/reminder-options.ts';
export { EndOfDayRelease, type EndOfDayReleaseProps } from './end-of-day/EndOfDayRelease.tsx';
export { ProtectedPauseLine, TeamAgreement } from './organisation/TeamAgreement.tsx';
export { describeStatus, type StatusText } from './popup/describe-status.ts';
export { Popup, type PopupProps } from './popup/Popup.tsx';
export { type Practice, pickPractice } from './practice/pick-practice.ts';
export { PromptView, type PromptViewProps } from './prompt/PromptView.tsx';
export { Mark } from './shared/Mark.tsx';
export { SupportPage, type SupportPageProps } from './support/SupportPage.tsx';
export { TransitionPause, type TransitionPauseProps } from './transition-pause/TransitionPause.tsx';
