/** One way a site's compose box shows itself: the editor, and optionally a container it sits in. */
export interface SurfaceRule {
  /** A CSS selector the editor itself matches (the textarea, or the contenteditable's editing host). */
  editor: string;
  /** When set, the editor counts only inside an element matching this (looked for across open shadow roots). */
  within?: string;
}

/** A known reply site's compose surfaces. */
export interface ReplySurface {
  /** The name `onCompose` reports. */
  surface: string;
  /** Host patterns (`*.zendesk.com`), optionally with a path prefix (`mail.google.com/chat`). */
  where: string[];
  rules: SurfaceRule[];
  /**
   * Whether the generic rule may also recognise a compose box here. Off where the site's markup is
   * well known, so its other editors (settings, code, titles) never count.
   */
  generic: boolean;
}

// Google's Closure editor signature, shared by Gmail's compose body and Google Chat's message box.
const CLOSURE_EDITOR = '[g_editable="true"][role="textbox"][contenteditable="true"]';
const MULTILINE_EDITABLE =
  '[aria-multiline="true"][contenteditable="true"], [aria-multiline="true"][contenteditable=""]';
const GITLAB_NOTE_FORMS =
  '.note-form, .new-note, .js-main-target-form, .discussion-reply-holder, .common-note-form';

/**
 * Per-site compose surfaces (written from the site notes in the shared fixtures), most specific
 * first: where several apply (Google Chat inside Gmail), the first that matches names the surface.
 */
export const replySurfaces: readonly ReplySurface[] = [
  {
    surface: 'google-chat',
    where: ['chat.google.com', 'mail.google.com/chat'],
    rules: [{ editor: `[jsname="yrriRe"][contenteditable="true"], ${CLOSURE_EDITOR}` }],
    generic: true,
  },
  {
    surface: 'gmail',
    where: ['mail.google.com'],
    rules: [{ editor: `.Am.Al.editable[contenteditable="true"], ${CLOSURE_EDITOR}` }],
    generic: false,
  },
  {
    surface: 'outlook',
    where: [
      'outlook.office.com',
      'outlook.office365.com',
      'outlook.live.com',
      'outlook.cloud.microsoft',
    ],
    // Recipient wells are contenteditable too, but single-line: only the multi-line body counts.
    rules: [
      { editor: MULTILINE_EDITABLE, within: '[role="main"], [data-app-section="Form_Content"]' },
    ],
    generic: false,
  },
  {
    surface: 'slack',
    where: ['app.slack.com', '*.slack.com'],
    rules: [
      {
        editor:
          '[data-qa="message_input"][contenteditable="true"], [data-qa="message_input"] [contenteditable="true"], .ql-editor[contenteditable="true"]',
      },
    ],
    generic: false,
  },
  {
    surface: 'teams',
    where: ['teams.microsoft.com', 'teams.live.com', 'teams.cloud.microsoft'],
    rules: [
      {
        editor:
          '[data-tid*="ckeditor"][contenteditable="true"], .ck-editor__editable[contenteditable="true"], div[id^="new-message-"][contenteditable="true"], div[contenteditable="true"][role="textbox"]',
      },
      {
        editor: '[contenteditable="true"]',
        within: '[data-tid*="ckeditor"], [id^="new-message-"]',
      },
    ],
    generic: false,
  },
  {
    surface: 'linkedin',
    where: ['www.linkedin.com', 'linkedin.com'],
    rules: [
      { editor: '.msg-form__contenteditable[contenteditable="true"]' },
      // The messaging overlay renders inside the #interop-outlet host's open shadow root.
      { editor: 'textarea, [contenteditable="true"]', within: '.msg-form, #interop-outlet' },
    ],
    generic: false,
  },
  {
    surface: 'github',
    where: ['github.com'],
    rules: [
      {
        editor:
          'textarea[aria-labelledby="comment-composer-heading"], textarea#new_comment_field, textarea.js-comment-field',
      },
      {
        editor: 'textarea',
        within:
          '[class*="MarkdownEditor-module__container"], [class*="AddCommentEditor"], #issue-comment-box, #react-issue-comment-composer, file-attachment',
      },
    ],
    generic: false,
  },
  {
    surface: 'gitlab',
    where: ['gitlab.com'],
    rules: [
      { editor: 'textarea.note-textarea, textarea#note-body' },
      { editor: 'textarea, [contenteditable="true"]', within: GITLAB_NOTE_FORMS },
    ],
    generic: false,
  },
  {
    surface: 'zendesk',
    where: ['*.zendesk.com'],
    rules: [
      {
        editor: 'textarea, [contenteditable="true"]',
        within: '#editor-view, .ticket, [data-test-id*="omnicomposer"]',
      },
    ],
    generic: true,
  },
  {
    surface: 'intercom',
    where: ['app.intercom.com', 'app.eu.intercom.com', 'app.au.intercom.com'],
    rules: [{ editor: '[contenteditable="true"]', within: '.composer-inbox' }],
    generic: true,
  },
  { surface: 'front', where: ['app.frontapp.com'], rules: [], generic: true },
  {
    surface: 'freshdesk',
    where: ['*.freshdesk.com'],
    rules: [{ editor: '.fr-element[contenteditable="true"]' }],
    generic: true,
  },
];
