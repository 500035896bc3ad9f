import { describe, expect, it } from 'vitest';
import { t } from '../../components/i18n/messages.ts';
import { pickPractice } from '../../components/practice/pick-practice.ts';
import { practiceLists as keys } from '../../components/practice/practice-lists.ts';

/** The lists as English words, as the pause shows them. */
const practiceLists = Object.fromEntries(
  Object.entries(keys).map(([name, list]) => [name, list.map((key) => t(key))]),
) as Record<keyof typeof keys, string[]>;

const seeds = Array.from({ length: 200 }, (_, i) => i * 7919 + 1);

describe('pickPractice', () => {
  it('has enough of our own words to vary', () => {
    expect(practiceLists.anchors.length).toBeGreaterThanOrEqual(8);
    expect(practiceLists.namings.length).toBeGreaterThanOrEqual(8);
    expect(practiceLists.phrases.length).toBeGreaterThanOrEqual(12);
    expect(practiceLists.nextSteps.length).toBeGreaterThanOrEqual(3);
    const all = Object.values(practiceLists).flat();
    expect(new Set(all).size).toBe(all.length);
  });

  it('gives the same pause for the same seed', () => {
    expect(pickPractice(42, ['Slow is fine.'], ['x'])).toEqual(
      pickPractice(42, ['Slow is fine.'], ['x']),
    );
  });

  it('draws every part from our lists when the person has no phrases', () => {
    const practice = pickPractice(7, []);
    expect(practiceLists.anchors).toContain(practice.anchor);
    expect(practiceLists.namings).toContain(practice.nameIt);
    expect(practiceLists.phrases).toContain(practice.phrase);
    expect(practiceLists.nextSteps).toContain(practice.nextStep);
    expect(practiceLists.bodyChecks).toContain(practice.body);
  });

  it('varies across seeds', () => {
    const phrases = new Set(seeds.map((seed) => pickPractice(seed, []).phrase));
    const anchors = new Set(seeds.map((seed) => pickPractice(seed, []).anchor));
    expect(phrases.size).toBeGreaterThanOrEqual(10);
    expect(anchors.size).toBeGreaterThanOrEqual(8);
  });

  it('mixes in the person’s own phrases, trimmed, ignoring blank ones', () => {
    const own = ['  Breathe, then decide.  ', '', '   '];
    const picked = seeds.map((seed) => pickPractice(seed, own).phrase);
    const ownShare = picked.filter((p) => p === 'Breathe, then decide.').length / picked.length;
    expect(ownShare).toBeGreaterThan(0.2);
    expect(ownShare).toBeLessThan(0.6);
    expect(picked).not.toContain('');
  });

  it('never repeats the previous pause’s phrase', () => {
    for (const seed of seeds) {
      const previous = pickPractice(seed, ['Mine.']).phrase;
      expect(pickPractice(seed + 1, ['Mine.'], [previous]).phrase).not.toBe(previous);
      expect(pickPractice(seed, ['Mine.'], [previous]).phrase).not.toBe(previous);
    }
  });

  it('avoids every recent phrase while others remain', () => {
    const recent = practiceLists.phrases.slice(0, 13);
    for (const seed of seeds) {
      expect(pickPractice(seed, [], recent).phrase).toBe(practiceLists.phrases[13]);
    }
  });

  it('still avoids the very last phrase when everything was shown recently', () => {
    const recent = [...practiceLists.phrases].reverse();
    for (const seed of seeds) {
      const { phrase } = pickPractice(seed, [], recent);
      expect(phrase).not.toBe(recent[0]);
      expect(practiceLists.phrases).toContain(phrase);
    }
  });
});
