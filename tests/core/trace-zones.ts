/** The example traces in tests/traces/ and the zone each was recorded in. */
export const TRACE_ZONES: Record<string, string> = {
  'manager-day': 'Europe/London',
  'writer-day': 'America/New_York',
  'scattered-day': 'Asia/Singapore',
  'dst-week': 'Europe/Berlin',
  'meeting-glances': 'Europe/Paris',
  'meeting-left-open': 'America/Los_Angeles',
  'teams-day': 'Asia/Kolkata',
  'teams-chat-in-meeting': 'America/Sao_Paulo',
  'mid-thought-stretch': 'Europe/Berlin',
  'helpdesk-queue': 'Asia/Singapore',
  'laptop-sleep': 'Australia/Adelaide',
  'waits-for-a-moment': 'Asia/Kolkata',
  'reply-at-the-bound': 'America/Sao_Paulo',
  'call-heard': 'America/St_Johns',
};
