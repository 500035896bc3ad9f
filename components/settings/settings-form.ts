/** Form fields holding whole numbers, by settings path. */
export const NUMBER_FIELDS = [
  'transition.stretchMinutes',
  'transition.maxStretchMinutes',
  'transition.focusMinutes',
  'transition.cooldownMinutes',
  'transition.afterCallMinutes',
  'transition.scattered.switches',
  'transition.scattered.windowMinutes',
  'transition.pauseSeconds',
  'naturalBreakMinutes',
  'boundaryCue.perTabCooldownMinutes',
  'boundaryCue.reminder.soonMinutes',
  'dailyPromptCap',
  'retentionDays',
] as const;
const BOOLEAN_FIELDS = [
  'transition.enabled',
  'boundaryCue.enabled',
  'endOfDay.enabled',
  'gentleSigns',
  'laterList.handOn',
  'laterList.badgeCount',
  'laterList.inFirstPause',
];
const TEXT_FIELDS = [
  'workHours.start',
  'workHours.end',
  'boundaryCue.reminder.afternoonAt',
  'timeZone',
  'intensity',
  'crisisLine',
];
const LIST_FIELDS = ['callSites', 'phrases'];

/** Every settings path the form edits (reply sites are saved on their own, as access is granted). */
export const FORM_FIELDS: ReadonlySet<string> = new Set([
  ...NUMBER_FIELDS,
  ...BOOLEAN_FIELDS,
  ...TEXT_FIELDS,
  ...LIST_FIELDS,
  'workHours.days',
  'weekStartsOn',
]);

/** Read access to a form's values (a `FormData` satisfies it). */
export interface FormValues {
  get(name: string): FormDataEntryValue | null;
  getAll(name: string): FormDataEntryValue[];
  has(name: string): boolean;
  keys(): Iterable<string>;
}

/** The form fields of the kinds of work, one list each, named `taskKinds.<kind>`. */
export function kindFields(kinds: Iterable<string>): string[] {
  return [...kinds].map((kind) => `taskKinds.${kind}`);
}

const text = (value: FormDataEntryValue | null) => (typeof value === 'string' ? value : '');

/**
 * The settings form as a partial settings object for `saveSettings`. Values are converted where the
 * form is sure (digits to numbers, one list item a line); anything else is passed as typed, so the
 * settings' own validation names the field and says what it accepts.
 */
export function readSettingsForm(form: FormValues): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const put = (path: string, value: unknown) => {
    const keys = path.split('.');
    let level = out;
    for (const key of keys.slice(0, -1)) {
      level[key] ??= {};
      level = level[key] as Record<string, unknown>;
    }
    level[keys.at(-1) as string] = value;
  };
  for (const name of NUMBER_FIELDS) {
    const raw = text(form.get(name)).trim();
    put(name, /^-?\d+$/.test(raw) ? Number(raw) : raw);
  }
  for (const name of BOOLEAN_FIELDS) put(name, form.has(name));
  for (const name of TEXT_FIELDS) put(name, text(form.get(name)));
  const lines = (name: string) =>
    text(form.get(name))
      .split('\n')
      .map((line) => line.trim())
      .filter((line) => line !== '');
  for (const name of LIST_FIELDS) put(name, lines(name));
  for (const name of form.keys()) if (name.startsWith('taskKinds.')) put(name, lines(name));
  put(
    'workHours.days',
    form.getAll('workHours.days').map((day) => Number(day)),
  );
  const weekStart = text(form.get('weekStartsOn'));
  put('weekStartsOn', weekStart === 'locale' ? 'locale' : Number(weekStart));
  return out;
}
