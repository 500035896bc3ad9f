import { seededRandom } from '../../core/seeded-random.ts';
import { t } from '../i18n/messages.ts';
import { practiceLists } from './practice-lists.ts';

/** The words of one guided pause. */
export interface Practice {
  /** Where to rest attention while breathing. */
  anchor: string;
  /** A plain sentence naming what is hard. */
  nameIt: string;
  /** A kind phrase: ours or one the person wrote. */
  phrase: string;
  /** An example for the optional "next caring step" field. */
  nextStep: string;
  /** A slow look through the body (the longer pause's second step). */
  body: string;
}

/** Share of pauses that use one of the person's own phrases, when they have any to offer. */
const OWN_PHRASE_SHARE = 0.4;

function pick<T>(list: readonly T[], random: () => number): T {
  return list[Math.floor(random() * list.length)] as T;
}

/**
 * Chooses the words for one pause, deterministically for a `seed`. The person's own phrases (blank
 * ones ignored) are mixed in with ours. A phrase in `recent` (most recent first) is never chosen
 * while another is available, so the previous pause's phrase never comes straight back.
 */
export function pickPractice(seed: number, ownPhrases: string[], recent: string[] = []): Practice {
  const random = seededRandom(seed);
  const anchor = t(pick(practiceLists.anchors, random));
  const nameIt = t(pick(practiceLists.namings, random));
  const nextStep = t(pick(practiceLists.nextSteps, random));
  const ours = practiceLists.phrases.map((key) => t(key));

  const own = [...new Set(ownPhrases.map((p) => p.trim()).filter((p) => p !== ''))];
  const avoid = new Set(recent);
  let ownPool = own.filter((p) => !avoid.has(p));
  let ourPool = ours.filter((p) => !avoid.has(p));
  if (ownPool.length + ourPool.length === 0) {
    // Everything was shown recently: fall back to avoiding only the very last phrase.
    ownPool = own.filter((p) => p !== recent[0]);
    ourPool = ours.filter((p) => p !== recent[0]);
  }
  const useOwn = random() < OWN_PHRASE_SHARE;
  const pool = (useOwn && ownPool.length > 0) || ourPool.length === 0 ? ownPool : ourPool;
  const phrase = pick(pool, random);
  // Drawn last, so the words each seed gave before the longer pause had steps stay the same.
  const body = t(pick(practiceLists.bodyChecks, random));
  return { anchor, nameIt, phrase, nextStep, body };
}
