/** Interlude's pure decision core: the public API. Nothing here reads a clock or touches a browser API. */
export type { PromptAnswer } from './answers.ts';
export { DEFAULT_CALL_SITES, DEFAULT_CUE_SITES, DEFAULT_TASK_KINDS } from './default-hosts.ts';
export { effectiveSettings, personalChanges, settingsUnderPolicy } from './effective-settings.ts';
export type { Effect, PromptReason } from './effects.ts';
export type { AnswerEvent, CoreEvent, CoreEventType } from './events.ts';
export { hostMatches, hostOf, matchesAnyHost } from './hosts.ts';
export {
  MANAGED_FIELDS,
  type ManagedPolicy,
  type PolicyProblem,
  type PolicyProblemCode,
  readManagedPolicy,
} from './managed-policy.ts';
export { parseTrace } from './parse-trace.ts';
export * from './records.ts';
export { seededRandom } from './seeded-random.ts';
export { DEFAULT_SETTINGS, parseSettings, resolveTimeZone, type Settings } from './settings.ts';
export { isTimeZone } from './settings-fields.ts';
export {
  formatPromptLine,
  replayTrace,
  runTrace,
  type SimulatedPrompt,
  TICK_MS,
} from './simulate.ts';
export {
  type EngineState,
  initialState,
  restoreState,
  STATE_VERSION,
} from './state.ts';
export { type StatusView, statusView } from './status-view.ts';
export { type StepResult, step } from './step.ts';
export {
  type CueCounts,
  type DaySummary,
  type PauseCounts,
  type ReleaseNote,
  summarizeWeek,
  type WeekSummary,
  type WeekTotals,
} from './summarize-week.ts';
export { type SyntheticOptions, syntheticTrace } from './synthetic-trace.ts';
export { localMidnight, weekStartOf } from './week-start-of.ts';
export { nextPeriodStart, type WorkPeriod, workPeriodAt } from './work-period.ts';
