import { assertNever } from '../core/assert-never.ts';
import type { TraceProblem, TraceValue } from '../core/parse-trace.ts';
import { describeAnswerProblem } from '../shell/describe-answer-problem.ts';

const EXPECTS: Record<TraceValue, string> = {
  id: 'an id (a whole number from 0)',
  'id-or-null': 'an id or null',
  text: 'a text',
  'true-or-false': 'true or false',
  'idle-state': 'active, idle or locked',
  minutes: 'a number from 0 to 1440',
  'time-not-before-at': 'an ISO 8601 time, no earlier than "at"',
};

/** A trace's problem for the simulator's command line: "line 3: not valid JSON". */
export function describeTraceProblem(problem: TraceProblem): string {
  return `line ${problem.line}: ${what(problem)}`;
}

function what(problem: TraceProblem): string {
  switch (problem.code) {
    case 'not-json':
      return 'not valid JSON';
    case 'not-an-object':
      return 'not a JSON object';
    case 'unknown-type':
      return `unknown event type ${JSON.stringify(problem.params.type)}`;
    case 'bad-at':
      return '"at" must be an ISO 8601 time with an offset';
    case 'unknown-field':
      return `${problem.type} has no field "${problem.path}"`;
    case 'bad-field':
      return `${problem.type}: "${problem.path}" must be ${EXPECTS[problem.params.expects]}`;
    case 'bad-answer':
      return problem.problem.path === 'remindAt' && problem.problem.code === 'not-a-time'
        ? 'answer: "remindAt" must be an ISO 8601 time'
        : `answer: ${describeAnswerProblem(problem.problem)}`;
    default:
      return assertNever(problem);
  }
}
