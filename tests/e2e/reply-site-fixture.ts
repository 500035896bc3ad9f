import { fileURLToPath } from 'node:url';
import { anyHourSettings } from './any-hour.ts';

/** The reply-detection test pages (a helpdesk, mail, a chat), served under `*.test` hosts. */
export const REPLY_PAGES = fileURLToPath(new URL('../reply-detection/pages', import.meta.url));

/** Settings that turn the cue on for helpdesk.test at any hour, as a person would in settings. */
export const HELPDESK_CUE_SETTINGS = {
  ...anyHourSettings(),
  boundaryCue: { enabled: true, sites: ['helpdesk.test'], perTabCooldownMinutes: 15 },
};
