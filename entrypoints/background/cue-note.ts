import { browser } from 'wxt/browser';
import type { CueAnswer } from '../../core/records.ts';
import type { History } from '../../db/history.ts';
import { currentDelivery } from './delivery-token.ts';
import { noteReminder } from './reminders.ts';

const KEY = 'cueNoteFor';

/** The answered cue a note may still be written for, and the delivery that may write it. */
interface NoteTarget {
  id: string;
  delivery: string;
}

/**
 * After a boundary-cue answer taken without a note: finds its record (the cue that showed since
 * `shownAt`, answered `answer`) and keeps it, for the delivery on screen, as the one a note may be
 * written onto. False if there is no such record or delivery (the cue then closes as usual).
 */
export async function awaitCueNote(
  history: History,
  shownAt: number,
  answer: CueAnswer | undefined,
): Promise<boolean> {
  const [records, delivery] = await Promise.all([
    history.recordsOfKindBetween('boundary-cue', shownAt, shownAt + 1),
    currentDelivery(),
  ]);
  const cue = records.findLast((r) => r.outcome === 'taken' && r.answer === answer && !r.note);
  if (!cue || !delivery) return false;
  const target: NoteTarget = { id: cue.id, delivery };
  await browser.storage.session.set({ [KEY]: target });
  return true;
}

/**
 * Writes the person's note onto the cue they just answered (and onto its "mine, later" reminder),
 * once, and only from the delivery that answered it; false if there is nothing to write it onto.
 */
export async function saveCueNote(history: History, note: string): Promise<boolean> {
  const target = (await browser.storage.session.get(KEY))[KEY] as NoteTarget | undefined;
  await browser.storage.session.remove(KEY);
  if (!target || target.delivery !== (await currentDelivery())) return false;
  const saved = await history.noteOnCue(target.id, note);
  if (saved) await noteReminder(target.id, note);
  return saved;
}
