/** Snooze lengths offered, in minutes; number keys 1–3 pick them in this order. */
export const snoozeChoices: readonly number[] = [10, 30, 60];
