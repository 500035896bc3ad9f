import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIXTURES } from '../reply-detection/page.ts';
import { watchExtensionWorlds } from './contexts.ts';
import { type ExtensionSession, launchExtension } from './harness.ts';
import { type PageServer, startPageServer } from './page-server.ts';

/** One `compose` envelope the worker received, as the recorder saw it. */
interface ComposeEntry {
  message: Record<string, unknown>;
  tabUrl?: string;
}

// The real captures, served as they are, and small synthetic pages beside the unit tests.
const ROOTS = [FIXTURES, fileURLToPath(new URL('../reply-detection/pages', import.meta.url))];
const GITHUB = '/github/github_textarea.html';
const INBOX = '/google-inbox-historical/inbox-2016-06-20-fullscreen-compose.html';
// Hosts the detector is registered on for this test; other.test is left without it.
const REGISTERED = [
  'github.test',
  'inbox.test',
  'webmail.test',
  'plain.test',
  'docs.test',
  'chat.test',
];

describe('reply detection in Chromium', () => {
  let session: ExtensionSession;
  let server: PageServer;

  beforeAll(async () => {
    server = await startPageServer(ROOTS);
    session = await launchExtension({ build: 'test' });
    await session.worker.evaluate(
      async (matches) => {
        await chrome.scripting.registerContentScripts([
          {
            id: 'reply-detector-test',
            js: ['reply-detector.js'],
            matches,
            allFrames: true,
            runAt: 'document_idle',
          },
        ]);
      },
      REGISTERED.map((host) => `http://${host}/*`),
    );
  });

  afterAll(async () => {
    await session?.close();
    await server?.close();
  });

  /** (Re)installs the recorder in the worker (listeners do not survive a worker restart) and empties it. */
  async function startRecording(): Promise<void> {
    await session.worker.evaluate(() => {
      const scope = globalThis as typeof globalThis & { __composeLog?: unknown[] };
      if (!scope.__composeLog) {
        chrome.runtime.onMessage.addListener(
          (message: unknown, sender: { tab?: { url?: string } }) => {
            if ((message as { interlude?: unknown })?.interlude !== 'compose') return;
            // Only records: the real background answers the message.
            scope.__composeLog?.push({ message, tabUrl: sender.tab?.url });
          },
        );
      }
      scope.__composeLog = [];
    });
  }

  const composeLog = () =>
    session.worker.evaluate(
      () =>
        ((globalThis as typeof globalThis & { __composeLog?: unknown[] }).__composeLog ??
          []) as ComposeEntry[],
    );

  /** Waits until exactly `count` envelopes have arrived, and returns them. */
  async function expectEnvelopes(count: number): Promise<ComposeEntry[]> {
    await expect.poll(async () => (await composeLog()).length, { timeout: 5_000 }).toBe(count);
    return composeLog();
  }

  /**
   * A barrier instead of a sleep: a fresh compose box on the same page. Its envelope travels the same
   * channel after any the earlier actions sent, so once it arrives, nothing earlier is still on the way.
   */
  async function composeInFreshBox(page: Page): Promise<void> {
    await page.evaluate(() => {
      const box = document.createElement('textarea');
      box.id = 'barrier-reply';
      box.setAttribute('aria-label', 'Another reply');
      box.style.cssText =
        'position:fixed;left:20px;bottom:20px;width:320px;height:90px;z-index:2147483646;display:block';
      document.body.append(box);
    });
    await page.click('#barrier-reply');
  }

  async function openPage(path: string, host: string): Promise<Page> {
    const page = await session.context.newPage();
    page.setDefaultTimeout(5_000);
    // The captures reference Google's servers: keep every request on the loopback test hosts.
    await page.route(
      (url) => !url.hostname.endsWith('.test'),
      (route) => route.abort(),
    );
    await page.goto(server.url(path, host));
    return page;
  }

  function expectCarriesNothing(entries: ComposeEntry[], host: string): void {
    for (const entry of entries) {
      expect(entry.message.interlude).toBe('compose');
      expect(entry.message.input).toBeUndefined();
      expect(Object.keys(entry.message).filter((key) => key !== 'input')).toEqual(['interlude']);
      expect(new URL(entry.tabUrl ?? '').hostname).toBe(host);
    }
  }

  it('tells the background once when a person writes a GitHub comment (real capture)', async () => {
    await startRecording();
    const page = await openPage(GITHUB, 'github.test');
    const worlds = await watchExtensionWorlds(page, session.extensionId);
    await page.reload();
    await expect.poll(() => worlds(), { timeout: 5_000 }).toBeGreaterThan(0);
    await page.getByRole('tab', { name: 'Preview' }).click();
    await page.getByRole('tab', { name: 'Write' }).click();
    const box = page.locator('textarea[aria-labelledby="comment-composer-heading"]');
    await box.click();
    await page.keyboard.type('Thanks, I will look at this tomorrow.');
    const [first] = await expectEnvelopes(1);
    expectCarriesNothing([first as ComposeEntry], 'github.test');
    await page.keyboard.type(' More words, and more.');
    await box.click();
    await composeInFreshBox(page);
    expectCarriesNothing(await expectEnvelopes(2), 'github.test');
    await session.screenshot(page, 'reply-detection-github');
    await page.close();
  });

  it('hears Google’s Closure editors: full-screen compose and inline reply (real capture)', async () => {
    await startRecording();
    const page = await openPage(INBOX, 'inbox.test');
    await page.locator('input[aria-label="Search"]').first().fill('invoices');
    const body = page.locator('[data-test-id="fullscreenCompose"] [contenteditable="true"]');
    await body.click();
    await page.keyboard.type(' and a little more');
    await expectEnvelopes(1);
    await page.locator('input[placeholder="Subject"]').click();
    await page.keyboard.type(' (updated)');
    await body.click();
    await page.keyboard.type(' Thanks.');
    // The person closes the full-screen compose, which covers the thread, and replies inline.
    await page.locator('#L2fznf').evaluate((layer) => layer.remove());
    await page.locator('[data-test-id="bundledInlineCompose"] [contenteditable="true"]').click();
    await page.keyboard.type(' ok');
    await composeInFreshBox(page);
    expectCarriesNothing(await expectEnvelopes(3), 'inbox.test');
    await page.close();
  });

  it('sends nothing for clicks and typing outside a compose box on an ordinary page', async () => {
    await startRecording();
    const page = await openPage('/plain.html', 'plain.test');
    await page.click('#text');
    await page.click('#menu');
    await page.click('#search');
    await page.keyboard.type('refund policy');
    await page.click('#subject');
    await page.keyboard.type(' (urgent)');
    await page.locator('#hidden').evaluate((element) => (element as HTMLElement).focus());
    await page.click('#reply');
    await page.keyboard.type('Hello');
    expectCarriesNothing(await expectEnvelopes(1), 'plain.test');
    await page.close();
  });

  it('hears an editor in a same-origin designMode frame the page wrote itself', async () => {
    await startRecording();
    const page = await openPage('/webmail.html', 'webmail.test');
    await page.frameLocator('#editor').locator('body').click();
    await page.keyboard.type('Dear Ada, thank you.');
    await page.keyboard.type(' Best wishes');
    await composeInFreshBox(page);
    expectCarriesNothing(await expectEnvelopes(2), 'webmail.test');
    await page.close();
  });

  it('ignores the off-screen keystroke frame of a canvas document editor', async () => {
    await startRecording();
    const page = await openPage('/docs.html', 'docs.test');
    await page.click('#page');
    await page.keyboard.type('Chapter one');
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('keys');
    await page.click('#comment');
    await page.keyboard.type('Looks good');
    expectCarriesNothing(await expectEnvelopes(1), 'docs.test');
    await page.close();
  });

  it('hears a message box inside an open shadow root', async () => {
    await startRecording();
    const page = await openPage('/chat.html', 'chat.test');
    await page.locator('chat-composer #box').click();
    await page.keyboard.type('On my way');
    await composeInFreshBox(page);
    expectCarriesNothing(await expectEnvelopes(2), 'chat.test');
    await page.close();
  });

  it('places no Interlude script on a page where the detector is not registered', async () => {
    await startRecording();
    const page = await session.context.newPage();
    const worlds = await watchExtensionWorlds(page, session.extensionId);
    await page.goto(server.url('/plain.html', 'other.test'));
    await page.click('#reply');
    await page.keyboard.type('Hello');
    // Barrier: a registered page's envelope arrives; none came from other.test.
    const control = await openPage('/plain.html', 'plain.test');
    await control.click('#reply');
    const entries = await expectEnvelopes(1);
    expectCarriesNothing(entries, 'plain.test');
    expect(worlds()).toBe(0);
    await control.close();
    await page.close();
  });
});
