import { fileURLToPath } from 'node:url';

/** The reply-detection test pages (a helpdesk, mail, a chat), served under `*.test` hosts. */
export const REPLY_PAGES = fileURLToPath(new URL('../reply-detection/pages', import.meta.url));

/** Settings that turn the cue on for helpdesk.test at any hour, as a person would in settings. */
export const HELPDESK_CUE_SETTINGS = {
  workHours: { days: [1, 2, 3, 4, 5, 6, 7], start: '00:00', end: '23:59' },
  boundaryCue: { enabled: true, sites: ['helpdesk.test'], perTabCooldownMinutes: 15 },
};
