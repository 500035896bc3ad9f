import { useEffect, useId, useRef, useState } from 'preact/hooks';
import { t } from '../i18n/messages.ts';
import { useFocusOnMount } from '../shared/use-focus-on-mount.ts';
import { NOTE_MAX_LENGTH, NOTE_OFFER_MS } from './note-offer.ts';

/** Props of {@link NoteAfterStep}. */
export interface NoteAfterStepProps {
  /** Saves the note onto the answer just recorded (and closes). */
  onNote(note: string): void;
  /** Closes without a note; the answer stays as recorded. Either of the two is called once only by the caller. */
  onDone(): void;
}

/**
 * After a one-click answer, already recorded: "Add a note?", briefly. Enter saves what was typed
 * (an empty Enter, "No note" or Escape close, keeping the answer); untouched it closes by itself;
 * going back to the page keeps what was typed and closes. Escape is the cue's own key handler's.
 */
export function NoteAfterStep({ onNote, onDone }: NoteAfterStepProps) {
  const [note, setNote] = useState('');
  const [writing, setWriting] = useState(false);
  const noteId = useId();
  const fieldRef = useFocusOnMount<HTMLInputElement>();
  const typed = useRef('');
  typed.current = note;

  const finish = (text: string) => {
    const trimmed = text.trim();
    if (trimmed) onNote(trimmed);
    else onDone();
  };

  useEffect(() => {
    if (writing) return;
    const timer = setTimeout(() => finish(''), NOTE_OFFER_MS);
    return () => clearTimeout(timer);
  }, [writing]);

  useEffect(() => {
    // The person went back to the page (or it took the keyboard): what they wrote is theirs, kept.
    const onBlur = () => finish(typed.current);
    addEventListener('blur', onBlur);
    return () => removeEventListener('blur', onBlur);
  }, []);

  return (
    // Its buttons only save what the person typed or close: no click guard (see guard-clicks.ts).
    <div class="note-after" data-unguarded>
      <p class="lead" role="status">
        {t('note_after_saved')}
      </p>
      <label class="field" for={noteId}>
        <span>{t('note_after_label')}</span>
        <input
          id={noteId}
          ref={fieldRef}
          type="text"
          maxLength={NOTE_MAX_LENGTH}
          value={note}
          onInput={(e) => {
            setNote(e.currentTarget.value);
            setWriting(true);
          }}
          onKeyDown={(e) => {
            if (e.key !== 'Enter' || e.isComposing) return;
            e.preventDefault();
            finish(note);
          }}
        />
      </label>
      <div class="choice-row">
        <button type="button" onClick={() => finish(note)}>
          {t('note_after_save')}
        </button>
        <button type="button" onClick={() => finish('')}>
          {t('note_after_none')}
        </button>
      </div>
      <p class="hint">{t('note_after_escape', 'Esc')}</p>
    </div>
  );
}
