import { assertNever } from '../core/assert-never.ts';
import type { AnswerProblem } from '../core/check-answer.ts';

/** An answer's problem for a developer (a sender's console, the simulator's command line), naming the field. */
export function describeAnswerProblem(problem: AnswerProblem): string {
  switch (problem.code) {
    case 'not-one-of':
      return `${problem.path} must be one of ${problem.params.allowed.join(', ')}`;
    case 'out-of-range': {
      const { min, max, whole } = problem.params;
      return whole
        ? `${problem.path} must be a whole number from ${min} to ${max}`
        : `${problem.path} must be from ${min} to ${max}`;
    }
    case 'not-a-time':
      return `${problem.path} must be a time in epoch milliseconds`;
    default:
      return assertNever(problem);
  }
}
