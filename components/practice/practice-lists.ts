import type { MessageKey } from '../i18n/messages.ts';

/**
 * Interlude's own practice wording, one list per step of a pause, as message keys (the words are in
 * public/_locales). Add freely; keep each line plain.
 */
export const practiceLists = {
  /** One place in the body to rest attention on while breathing. */
  anchors: [
    'practice_anchor_1',
    'practice_anchor_2',
    'practice_anchor_3',
    'practice_anchor_4',
    'practice_anchor_5',
    'practice_anchor_6',
    'practice_anchor_7',
    'practice_anchor_8',
    'practice_anchor_9',
    'practice_anchor_10',
  ],
  /** A slow look through the body, for the longer pause's second step. */
  bodyChecks: [
    'practice_body_1',
    'practice_body_2',
    'practice_body_3',
    'practice_body_4',
    'practice_body_5',
    'practice_body_6',
  ],
  /** One plain sentence that names what is hard, without judging it. */
  namings: [
    'practice_naming_1',
    'practice_naming_2',
    'practice_naming_3',
    'practice_naming_4',
    'practice_naming_5',
    'practice_naming_6',
    'practice_naming_7',
    'practice_naming_8',
    'practice_naming_9',
    'practice_naming_10',
  ],
  /** Kind phrases a person could believe on an ordinary hard day. */
  phrases: [
    'practice_phrase_1',
    'practice_phrase_2',
    'practice_phrase_3',
    'practice_phrase_4',
    'practice_phrase_5',
    'practice_phrase_6',
    'practice_phrase_7',
    'practice_phrase_8',
    'practice_phrase_9',
    'practice_phrase_10',
    'practice_phrase_11',
    'practice_phrase_12',
    'practice_phrase_13',
    'practice_phrase_14',
  ],
  /** Examples shown in the optional "next caring step" field. */
  nextSteps: [
    'practice_next_step_1',
    'practice_next_step_2',
    'practice_next_step_3',
    'practice_next_step_4',
    'practice_next_step_5',
    'practice_next_step_6',
  ],
} as const satisfies Record<string, readonly MessageKey[]>;
