import type { MessageKey } from '../i18n/messages.ts';
import { t } from '../i18n/messages.ts';

/** Plain names for settings fields (message keys), used where a message mentions another field. */
const FIELD_LABELS: Readonly<Record<string, MessageKey>> = {
  'workHours.days': 'field_label_workhours_days',
  'workHours.start': 'field_label_workhours_start',
  'workHours.end': 'field_label_workhours_end',
  timeZone: 'field_label_timezone',
  'transition.stretchMinutes': 'field_label_transition_stretchminutes',
  'transition.maxStretchMinutes': 'field_label_transition_maxstretchminutes',
  'transition.focusMinutes': 'field_label_transition_focusminutes',
  'transition.cooldownMinutes': 'field_label_transition_cooldownminutes',
  'transition.afterCallMinutes': 'field_label_transition_aftercallminutes',
  'transition.scattered.switches': 'field_label_transition_scattered_switches',
  'transition.scattered.windowMinutes': 'field_label_transition_scattered_windowminutes',
  'transition.pauseSeconds': 'field_label_transition_pauseseconds',
  naturalBreakMinutes: 'field_label_naturalbreakminutes',
  'boundaryCue.perTabCooldownMinutes': 'field_label_boundarycue_pertabcooldownminutes',
  'boundaryCue.reminder.soonMinutes': 'field_label_boundarycue_reminder_soonminutes',
  'boundaryCue.reminder.afternoonAt': 'field_label_boundarycue_reminder_afternoonat',
  'boundaryCue.sites': 'field_label_boundarycue_sites',
  callSites: 'field_label_callsites',
  dailyPromptCap: 'field_label_dailypromptcap',
  intensity: 'field_label_intensity',
  retentionDays: 'field_label_retentiondays',
  phrases: 'field_label_phrases',
  crisisLine: 'field_label_crisisline',
  weekStartsOn: 'field_label_weekstartson',
  gentleSigns: 'field_label_gentlesigns',
  'transition.askFewer': 'field_label_transition_askfewer',
  'laterList.handOn': 'field_label_laterlist_handon',
  'laterList.badgeCount': 'field_label_laterlist_badgecount',
  'laterList.inFirstPause': 'field_label_laterlist_infirstpause',
};

/** A settings field's plain name ("the time between pauses"), or undefined for one without. */
export function fieldLabel(path: string): string | undefined {
  const key = FIELD_LABELS[path];
  return key && t(key);
}
