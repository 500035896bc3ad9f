/**
 * Starting lists of hosts. Each list is editable in the settings; a `*.` prefix also matches the
 * bare domain. A call site is a call only on its meeting pages (see core/meeting-page.ts); a site
 * that is also for chat (Teams) is listed in a kind too, which counts on its other pages; there,
 * leaving the meeting page within its tab is a look during the call, not its end (rules/after-call.ts).
 */

/** Sites where a call, a meeting or a screen-share happens in a tab. */
export const DEFAULT_CALL_SITES: readonly string[] = [
  'meet.google.com',
  '*.zoom.us',
  '*.zoom.com',
  'teams.microsoft.com',
  'teams.live.com',
  'teams.cloud.microsoft',
  'whereby.com',
  '*.whereby.com',
  'meet.jit.si',
  '8x8.vc',
  '*.webex.com',
  'app.gather.town',
  'meet.goto.com',
  'app.gotomeeting.com',
  'app.chime.aws',
  'facetime.apple.com',
  'web.skype.com',
  'app.around.co',
];

/** Kinds of work and the sites that usually mean them; moving between kinds is a task change. */
export const DEFAULT_TASK_KINDS: Readonly<Record<string, readonly string[]>> = {
  documents: [
    'docs.google.com',
    'drive.google.com',
    'www.notion.so',
    'notion.so',
    '*.notion.site',
    '*.officeapps.live.com',
    '*.sharepoint.com',
    'onedrive.live.com',
    'word.cloud.microsoft',
    'excel.cloud.microsoft',
    'powerpoint.cloud.microsoft',
    'www.office.com',
    'paper.dropbox.com',
    'coda.io',
    'quip.com',
    'www.overleaf.com',
    'app.clickup.com',
  ],
  mail: [
    'mail.google.com',
    'outlook.office.com',
    'outlook.office365.com',
    'outlook.live.com',
    'outlook.cloud.microsoft',
    'mail.yahoo.com',
    'app.fastmail.com',
    'mail.proton.me',
    'app.hey.com',
  ],
  chat: [
    '*.slack.com',
    'chat.google.com',
    'discord.com',
    'app.element.io',
    'web.whatsapp.com',
    'www.messenger.com',
    'teams.microsoft.com',
    'teams.live.com',
    'teams.cloud.microsoft',
  ],
  helpdesk: [
    '*.zendesk.com',
    '*.freshdesk.com',
    'app.intercom.com',
    'secure.helpscout.net',
    'app.frontapp.com',
    '*.gorgias.com',
    '*.kayako.com',
  ],
  code: ['github.com', 'gitlab.com', '*.github.dev', 'bitbucket.org', 'codeberg.org'],
  design: ['www.figma.com', 'figma.com', 'miro.com', 'www.canva.com', 'whimsical.com'],
  planning: [
    '*.atlassian.net',
    'linear.app',
    'app.asana.com',
    'trello.com',
    '*.monday.com',
    'app.todoist.com',
    'calendar.google.com',
  ],
};

/**
 * Reply sites the boundary cue starts on: none. A reply site is on only once the person turns it on
 * (and grants the browser's access to it); the settings offer the usual ones.
 */
export const DEFAULT_CUE_SITES: readonly string[] = [];
