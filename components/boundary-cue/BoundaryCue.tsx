/*
 * Why this file is long: the cue's answers, its note and its "mine, later" step are one dialog
 * with one keyboard model.
 */
import type { ComponentChildren } from 'preact';
import { useId, useRef, useState } from 'preact/hooks';
import type { PromptAnswer } from '../../core/answers.ts';
import type { CueAnswer } from '../../core/records.ts';
import { formatMoment } from '../i18n/format.ts';
import { t } from '../i18n/messages.ts';
import { PromptDialog } from '../shared/PromptDialog.tsx';
import { promptKey } from '../shared/prompt-key.ts';
import { useFocusOnMount } from '../shared/use-focus-on-mount.ts';
import { AnswerButton } from './AnswerButton.tsx';
import { cueAnswers } from './cue-answers.ts';
import { NoteAfterStep } from './NoteAfterStep.tsx';
import { NOTE_MAX_LENGTH } from './note-offer.ts';
import { ReminderStep } from './ReminderStep.tsx';
import { type ReminderOption, type ReminderPrefs, reminderOptions } from './reminder-options.ts';

/** Props of {@link BoundaryCue}. */
export interface BoundaryCueProps {
  /** The reply site's host, shown for context only. */
  host?: string;
  /**
   * Why it shows: the person started a reply (`compose`), asked for it (`on-request`), or set this
   * aside with "mine, later" and now it is later (`reminder`).
   */
  reason: 'compose' | 'on-request' | 'reminder';
  /** For a reminder: the note written then, and when it was set aside (epoch ms). */
  setAside?: { note?: string; at?: number };
  /** Epoch ms now, for the reminder times. */
  now: number;
  /** Called once: an answer (`taken`) or `dismissed`. */
  onAnswer(answer: PromptAnswer): void;
  /**
   * After an answer taken without a note, the cue offers one briefly: `onNote` saves it onto that
   * answer, `onDone` closes without one (at most one of the two, once). Without them, no offer.
   */
  onNote?(note: string): void;
  onDone?(): void;
  /** The person's reminder settings and next working start. */
  reminderPrefs: ReminderPrefs;
  /** For times shown; the device's own by default. */
  locale?: string;
  timeZone?: string;
  /** An organisation's words (its team agreement), shown quietly at the foot. */
  organisation?: ComponentChildren;
}

/** The line under the question: why it is here, in words that fit how it came. */
function leadLine(reason: BoundaryCueProps['reason'], host: string | undefined): string {
  switch (reason) {
    case 'compose':
      return host ? t('cue_lead_compose_host', host) : t('cue_lead_compose');
    case 'on-request':
      return host ? t('cue_lead_request_host', host) : t('cue_lead_request');
    case 'reminder':
      return t('cue_lead_reminder');
  }
}

/** What a reminder brings back: the person's note, the site and when it was set aside. */
function SetAsideNote({
  host,
  setAside,
  now,
  locale,
  timeZone,
}: Pick<BoundaryCueProps, 'host' | 'setAside' | 'now' | 'locale' | 'timeZone'>) {
  const when =
    setAside?.at === undefined
      ? undefined
      : formatMoment(setAside.at, now, locale, timeZone, { sayToday: true });
  const where =
    host && when
      ? t('cue_set_aside_host_when', host, when)
      : host
        ? t('cue_set_aside_host', host)
        : when && t('cue_set_aside_when', when);
  if (!setAside?.note && !where) return null;
  return (
    <figure class="set-aside">
      {setAside?.note && <blockquote>{setAside.note}</blockquote>}
      {where && <figcaption>{where}</figcaption>}
    </figure>
  );
}

/**
 * "What is actually mine to do?": an optional one-line note first, then four answers, each one
 * click or one number key; for "mine, later" an optional reminder (the note can still be written
 * then). An answer taken without a note is recorded at once, and the cue then offers "Add a note?"
 * briefly (see NoteAfterStep). A reminder brings back what was set aside. It never blocks the reply.
 */
export function BoundaryCue({
  host,
  reason,
  setAside,
  reminderPrefs,
  now,
  onAnswer,
  onNote,
  onDone,
  locale,
  timeZone,
  organisation,
}: BoundaryCueProps) {
  const [later, setLater] = useState(false);
  const [noteAfter, setNoteAfter] = useState(false);
  const closed = useRef(false);
  // A reminder's note comes back with it, so setting it aside again keeps it.
  const [note, setNote] = useState(setAside?.note ?? '');
  const answered = useRef(false);
  const titleId = useId();
  const noteId = useId();
  const firstRef = useFocusOnMount<HTMLButtonElement>();
  const options = reminderOptions(now, timeZone, reminderPrefs);

  const report = (a: Omit<PromptAnswer, 'prompt'>) => {
    if (answered.current) return;
    answered.current = true;
    onAnswer({ prompt: 'boundary-cue', ...a });
  };
  const choose = (cueAnswer: CueAnswer, remindAt?: number) => {
    if (cueAnswer === 'mine-later' && !later) return setLater(true);
    const trimmed = note.trim();
    report({
      outcome: 'taken',
      cueAnswer,
      ...(trimmed ? { note: trimmed } : {}),
      ...(remindAt === undefined ? {} : { remindAt }),
    });
    if (!trimmed && onNote && onDone) setNoteAfter(true);
  };
  /** Ends the note offer once: with the note written, or without one. */
  const closeNote = (written?: string) => {
    if (closed.current) return;
    closed.current = true;
    if (written) onNote?.(written);
    else onDone?.();
  };
  const remind = (option: ReminderOption) => choose('mine-later', option.at);

  const onKeyDown = (event: KeyboardEvent) => {
    const key = promptKey(event);
    const index = Number(key) - 1;
    if (noteAfter) {
      if (key !== 'Escape') return;
      closeNote();
    } else if (key === 'Escape') report({ outcome: 'dismissed' });
    else if (!later && cueAnswers[index]) choose(cueAnswers[index].answer);
    else if (later && options[index]) remind(options[index]);
    else return;
    event.preventDefault();
  };

  return (
    <PromptDialog labelledBy={titleId} onKeyDown={onKeyDown}>
      <h1 id={titleId} class="prompt-title">
        {t('cue_title')}
      </h1>
      {noteAfter ? (
        <NoteAfterStep onNote={closeNote} onDone={() => closeNote()} />
      ) : (
        <>
          <p class="lead">{leadLine(reason, host)}</p>
          {reason === 'reminder' && (
            <SetAsideNote
              host={host}
              setAside={setAside}
              now={now}
              locale={locale}
              timeZone={timeZone}
            />
          )}
          <label class="field" for={noteId}>
            <span>{t('cue_note_label')}</span>
            <input
              id={noteId}
              type="text"
              maxLength={NOTE_MAX_LENGTH}
              value={note}
              onInput={(e) => setNote(e.currentTarget.value)}
            />
          </label>
          {later ? (
            <ReminderStep
              options={options}
              now={now}
              locale={locale}
              timeZone={timeZone}
              onChoose={remind}
            />
          ) : (
            <div class="answer-grid">
              {cueAnswers.map(({ answer, label, hint }, i) => (
                <AnswerButton
                  key={answer}
                  index={i}
                  label={t(label)}
                  hint={t(hint)}
                  buttonRef={i === 0 ? firstRef : undefined}
                  onClick={() => choose(answer)}
                />
              ))}
            </div>
          )}
          <p class="hint">{t('cue_never_blocks', 'Esc')}</p>
        </>
      )}
      {organisation}
    </PromptDialog>
  );
}
