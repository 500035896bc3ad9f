// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { useOpenPage } from './page.ts';

// Small pages built from the selectors in the shared SELECTORS-NOTES.md, one per site.
const SITES = {
  gmail: `<div class="nH Hd" role="dialog"><div class="aoI" role="region" aria-label="New Message"><form>
      <input name="subjectbox" placeholder="Subject">
      <textarea class="Ak aXjCH" aria-label="Message Body" form="nosend" style="display:none"></textarea>
      <table><tr><td class="Ap"><div class="Ar Au"><div id="body" class="Am Al editable LW-avf"
        aria-label="Message Body" g_editable="true" role="textbox" aria-multiline="true"
        contenteditable="true"></div></div></td></tr></table></form></div></div>
      <div class="ip adB"><div class="M9"><div id="reply" class="Am Al editable" g_editable="true" role="textbox" contenteditable="true"></div></div></div>`,
  outlook: `<div role="main"><div contenteditable="true" aria-label="To" id="to"></div>
      <input aria-label="Add a subject" id="subject">
      <div id="body" contenteditable="true" role="textbox" aria-multiline="true" aria-label="Message body"></div></div>
      <input role="combobox" aria-label="Search" id="search">`,
  slack: `<div data-qa="message_input"><div id="body" class="ql-editor" contenteditable="true" role="textbox" aria-multiline="true"></div></div>
      <div data-qa="focusable_search_input"><div id="search" class="ql-editor" contenteditable="true" role="textbox"></div></div>
      <textarea id="other"></textarea>`,
  teams: `<div data-tid="ckeditor-replyConversation"><div id="body" class="ck ck-content ck-editor__editable" contenteditable="true" role="textbox" aria-label="Type a message"></div></div>
      <input id="search" placeholder="Search">`,
  linkedin: `<div id="interop-outlet"></div><input id="search" class="search-global-typeahead__input" placeholder="Search">`,
  gitlab: `<form class="new-note common-note-form gfm-form js-main-target-form"><div class="md-write-holder"><div class="zen-backdrop">
      <textarea id="note-body" name="note[note]" class="note-textarea js-vue-comment-form js-gfm-input markdown-area"></textarea></div></div></form>
      <input id="title" name="issue[title]"><textarea id="description" name="issue[description]" class="js-gfm-input"></textarea>`,
  chat: `<div id="body" jsname="yrriRe" class="editable" role="textbox" g_editable="true" contenteditable="true" aria-label="Message Ada"></div>`,
  zendesk: `<div id="editor-view"><div id="body" contenteditable="true" role="textbox" aria-multiline="true"></div></div>
      <div id="note" contenteditable="true" aria-label="Ticket subject"></div><textarea id="other"></textarea>`,
} as const;

describe('known reply sites', () => {
  const open = useOpenPage();
  /** Opens `html` at `url`, then starts a reply in the field at `selector`; returns the reports. */
  const typeIn = (url: string, html: string, selector: string) => {
    const page = open(url, html);
    return page.startReply(page.get(selector));
  };

  it.each([
    ['gmail', 'https://mail.google.com/mail/u/0/#inbox', SITES.gmail, '#body'],
    ['gmail', 'https://mail.google.com/mail/u/0/#inbox', SITES.gmail, '#reply'],
    ['outlook', 'https://outlook.office.com/mail/', SITES.outlook, '#body'],
    ['outlook', 'https://outlook.live.com/mail/0/', SITES.outlook, '#body'],
    ['slack', 'https://app.slack.com/client/T1/C1', SITES.slack, '#body'],
    ['teams', 'https://teams.microsoft.com/v2/', SITES.teams, '#body'],
    ['gitlab', 'https://gitlab.com/group/project/-/issues/1', SITES.gitlab, '#note-body'],
    ['google-chat', 'https://chat.google.com/room/AAA', SITES.chat, '#body'],
    ['google-chat', 'https://mail.google.com/chat/u/0/', SITES.chat, '#body'],
    ['zendesk', 'https://acme.zendesk.com/agent/tickets/1', SITES.zendesk, '#body'],
  ])('recognises %s at %s (%#)', (surface, url, html, selector) => {
    expect(typeIn(url, html, selector)).toEqual([{ surface }]);
  });

  // Each site's page as it is reached for composing, and the fields on it that are not a reply.
  const GMAIL = ['https://mail.google.com/mail/u/0/', SITES.gmail] as const;
  const OUTLOOK = ['https://outlook.office.com/mail/', SITES.outlook] as const;
  const SLACK = ['https://app.slack.com/client/T1', SITES.slack] as const;
  const GITLAB = ['https://gitlab.com/g/p/-/issues/new', SITES.gitlab] as const;
  it.each([
    ['Gmail subject line', ...GMAIL, 'input[name="subjectbox"]'],
    ['Gmail hidden body textarea', ...GMAIL, 'textarea[form="nosend"]'],
    ['Outlook recipient well', ...OUTLOOK, '#to'],
    ['Outlook subject', ...OUTLOOK, '#subject'],
    ['Outlook search', ...OUTLOOK, '#search'],
    ['Slack search (a Quill editor too)', ...SLACK, '#search'],
    ['another Slack textarea', ...SLACK, '#other'],
    ['Teams search', 'https://teams.microsoft.com/v2/', SITES.teams, '#search'],
    ['GitLab issue title', ...GITLAB, '#title'],
    ['GitLab issue description', ...GITLAB, '#description'],
    ['Zendesk subject', 'https://acme.zendesk.com/agent/tickets/1', SITES.zendesk, '#note'],
  ])('stays quiet for the %s', (_, url, html, selector) => {
    expect(typeIn(url, html, selector)).toEqual([]);
  });

  it('finds LinkedIn’s message box inside the #interop-outlet open shadow root', () => {
    const page = open('https://www.linkedin.com/messaging/thread/1/', SITES.linkedin);
    const outlet = page.get('#interop-outlet');
    const shadow = outlet.attachShadow({ mode: 'open' });
    shadow.innerHTML = `<aside><form class="msg-form"><div class="msg-form__contenteditable"
      contenteditable="true" role="textbox" aria-multiline="true" aria-label="Write a message…"></div></form></aside>`;
    page.focus(page.get('#search'));
    expect(page.calls).toEqual([]);
    expect(page.startReply(page.get('.msg-form__contenteditable', shadow))).toEqual([
      { surface: 'linkedin' },
    ]);
  });

  it('counts the generic rule only where a site’s markup is little known', () => {
    const zendesk = open('https://acme.zendesk.com/agent/tickets/1', SITES.zendesk);
    zendesk.focus(zendesk.get('#other'));
    expect(zendesk.calls).toEqual([{ surface: 'zendesk' }]);
    const slack = open('https://app.slack.com/client/T1', SITES.slack);
    slack.focus(slack.get('#other'));
    expect(slack.calls).toEqual([]);
  });
});
