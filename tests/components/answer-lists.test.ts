import { describe, expect, it } from 'vitest';
import { cueAnswers } from '../../components/boundary-cue/cue-answers.ts';
import { releaseFields } from '../../components/end-of-day/release-fields.ts';
import { cueLabels } from '../../components/log/cue-labels.ts';
import { skipReasons } from '../../components/transition-pause/skip-reasons.ts';
import { CUE_ANSWERS, SKIP_REASONS } from '../../core/records.ts';
import { TEXT_LIMITS } from '../../core/text-limits.ts';

/**
 * The UI words each answer, reason and text field; the lists themselves are written once in the
 * core. These keep the worded lists to exactly the core's members, in the core's order.
 */
describe('the worded lists follow the core’s lists', () => {
  it('offers every skip reason, once', () => {
    expect(skipReasons.map((r) => r.reason)).toEqual([...SKIP_REASONS]);
  });

  it('offers every cue answer, once, and the log counts each and the unanswered', () => {
    expect(cueAnswers.map((a) => a.answer)).toEqual([...CUE_ANSWERS]);
    expect(cueLabels.map((l) => l.key)).toEqual([...CUE_ANSWERS, 'unanswered']);
  });

  it('asks for each release text that has a limit', () => {
    const release = Object.keys(TEXT_LIMITS).filter((key) => key !== 'note' && key !== 'nextStep');
    expect(releaseFields.map((f) => f.key)).toEqual(release);
  });
});
