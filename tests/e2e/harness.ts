import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import {
  type BrowserContext,
  type CDPSession,
  chromium,
  type Frame,
  type Locator,
  type Page,
  type Worker,
} from 'playwright-core';
import { afterEach } from 'vitest';

/** Debian's Chromium, or the one CHROMIUM_PATH names. Never a downloaded browser. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/**
 * Flags every test and bench Chromium starts with: no sandbox (CI runs as root), no GPU, and none of
 * the background traffic this machine's closed network would refuse.
 */
export const QUIET_CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
] as const;

/** Where screenshots and other artefacts of a run are saved. */
export const RESULTS_DIR = resolve('test-results');

/** The built extensions: the real one, and the test build that holds host access up front. */
export const BUILDS = {
  chrome: resolve('.output/chrome-mv3'),
  test: resolve('.output/chrome-mv3-test'),
} as const;

/** The pseudo-locale test build (INTERLUDE_PSEUDO_LOCALE=1): accented, longer English messages. */
export const PSEUDO_BUILD = resolve('.output/chrome-mv3-pseudo');

/** A running Chromium with the built extension loaded on its own profile. */
export interface ExtensionSession {
  context: BrowserContext;
  extensionId: string;
  /** The extension's service worker (Playwright keeps this handle across worker restarts). */
  worker: Worker;
  profileDir: string;
  /** chrome-extension://<id>/<path> */
  extensionUrl(path: string): string;
  /** Opens an extension page in a new tab and waits for it to load. */
  openExtensionPage(path: string, viewport?: { width: number; height: number }): Promise<Page>;
  /** Stops the service worker through CDP and waits until Chromium reports it stopped. */
  stopWorker(): Promise<void>;
  /** How many times the worker has been seen starting to run (1 after launch). */
  workerStarts(): number;
  /** Waits until the worker has started at least `count` times. */
  waitForWorkerStarts(count: number, timeoutMs?: number): Promise<void>;
  /**
   * Sends a runtime message from an extension page in a background tab (so the tab a test brought
   * to the front stays in front) and returns the reply.
   */
  message<T = unknown>(message: unknown): Promise<T>;
  /**
   * Every value in one of the extension's IndexedDB stores, read from an extension page; `records`
   * gives every record, wherever the schema keeps them.
   */
  readStore<T = unknown>(store: string, database?: string): Promise<T[]>;
  /** Saves a PNG of the page under test-results/ and returns its path. */
  screenshot(page: Page, name: string): Promise<string>;
  /** Closes the browser; removes the profile unless `keepProfile`. */
  close(options?: { keepProfile?: boolean }): Promise<void>;
}

/** Options for {@link launchExtension}. */
export interface LaunchOptions {
  build?: keyof typeof BUILDS | 'pseudo';
  /** The browser's language (`--lang`), e.g. "de"; the machine's by default. */
  lang?: string;
  /** Reuse a profile (to test a browser closed and reopened). A fresh temp profile by default. */
  profileDir?: string;
  /**
   * Let pages play sound: Playwright mutes headless Chromium (`--mute-audio`), which then never
   * reports a tab audible. No audio device is needed.
   */
  sound?: boolean;
  /** A headed browser (under `xvfb-run` on a machine without a display), for probes of real input. */
  headed?: boolean;
}

/**
 * Launches Debian's Chromium headless with the built extension on a fresh (or given) profile.
 * `*.test` hosts resolve to 127.0.0.1, so tests can visit "sites" served by the page server.
 */
export async function launchExtension(options: LaunchOptions = {}): Promise<ExtensionSession> {
  const extensionDir =
    options.build === 'pseudo' ? PSEUDO_BUILD : BUILDS[options.build ?? 'chrome'];
  if (!existsSync(join(extensionDir, 'manifest.json'))) {
    throw new Error(
      `No built extension in ${extensionDir}: run the build first (npm run test:e2e does).`,
    );
  }
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(
      `No Chromium at ${CHROMIUM_PATH}: install Debian's (apt-get install chromium) or set CHROMIUM_PATH.`,
    );
  }
  const profileDir = options.profileDir ?? (await mkdtemp(join(tmpdir(), 'interlude-profile-')));
  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath: CHROMIUM_PATH,
    headless: options.headed !== true,
    ...(options.sound ? { ignoreDefaultArgs: ['--mute-audio'] } : {}),
    args: [
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
      ...QUIET_CHROMIUM_FLAGS,
      '--host-resolver-rules=MAP *.test 127.0.0.1',
      ...(options.lang ? [`--lang=${options.lang}`] : []),
    ],
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;

  // A CDP session on an extension page sees the extension's service worker versions.
  const controlPage = await context.newPage();
  await controlPage.goto(`chrome-extension://${extensionId}/manifest.json`);
  const cdp: CDPSession = await context.newCDPSession(controlPage);
  let starts = 0;
  let running = true;
  const waiters = new Set<() => void>();
  cdp.on('ServiceWorker.workerVersionUpdated', ({ versions }) => {
    for (const version of versions) {
      if (!version.scriptURL.startsWith(`chrome-extension://${extensionId}/`)) continue;
      const nowRunning = version.runningStatus === 'running';
      if (nowRunning && !running) starts += 1;
      running = nowRunning;
    }
    for (const wake of waiters) wake();
  });
  await cdp.send('ServiceWorker.enable');
  starts = Math.max(starts, 1);

  const waitFor = async (predicate: () => boolean, what: string, timeoutMs: number) => {
    const deadline = Date.now() + timeoutMs;
    while (!predicate()) {
      const left = deadline - Date.now();
      if (left <= 0) throw new Error(`Timed out after ${timeoutMs} ms waiting for ${what}`);
      await new Promise<void>((wake) => {
        const done = () => {
          waiters.delete(done);
          clearTimeout(timer);
          wake();
        };
        const timer = setTimeout(done, Math.min(left, 250));
        waiters.add(done);
      });
    }
  };

  const session: ExtensionSession = {
    context,
    extensionId,
    worker,
    profileDir,
    extensionUrl: (path) => `chrome-extension://${extensionId}/${path.replace(/^\//, '')}`,
    async openExtensionPage(path, viewport) {
      const page = await context.newPage();
      if (viewport) await page.setViewportSize(viewport);
      await page.goto(session.extensionUrl(path));
      return page;
    },
    async stopWorker() {
      await cdp.send('ServiceWorker.stopAllWorkers');
      await waitFor(() => !running, 'the service worker to stop', 10_000);
    },
    workerStarts: () => starts,
    waitForWorkerStarts: (count, timeoutMs = 10_000) =>
      waitFor(() => starts >= count && running, `service worker start #${count}`, timeoutMs),
    message: <T>(message: unknown) =>
      controlPage.evaluate((body) => chrome.runtime.sendMessage(body), message) as Promise<T>,
    async readStore<T>(store: string, database = 'interlude') {
      return (await controlPage.evaluate(
        ([db, name]) =>
          new Promise<unknown[]>((done, fail) => {
            const open = indexedDB.open(db as string);
            open.onerror = () => fail(open.error);
            open.onsuccess = () => {
              const connection = open.result;
              // 'records' means every record: since schema 2 they are kept in day buckets.
              const buckets = name === 'records' && connection.objectStoreNames.contains('days');
              const store = buckets ? 'days' : (name as string);
              if (!connection.objectStoreNames.contains(store)) {
                connection.close();
                done([]);
                return;
              }
              const request = connection.transaction(store).objectStore(store).getAll();
              request.onsuccess = () => {
                connection.close();
                done(
                  buckets
                    ? (request.result as { records: unknown[] }[]).flatMap((day) => day.records)
                    : request.result,
                );
              };
              request.onerror = () => fail(request.error);
            };
          }),
        [database, store],
      )) as T[];
    },
    async screenshot(page, name) {
      await mkdir(RESULTS_DIR, { recursive: true });
      const path = join(RESULTS_DIR, `${name}.png`);
      await page.screenshot({ path, fullPage: true });
      return path;
    },
    async close({ keepProfile = false } = {}) {
      await context.close();
      if (!keepProfile && !options.profileDir)
        await rm(profileDir, { recursive: true, force: true });
    },
  };
  return session;
}

/**
 * Presses a key on `target` that may make its own page or frame go away (a prompt closing itself).
 * Playwright may find the target gone before the key's release, or (on a loaded machine) the browser
 * may never acknowledge a key whose frame went away, so the press times out: either way, the target
 * being gone is the success, not an error. Bounded by `timeoutMs`.
 */
export async function pressClosing(target: Locator, key: string, timeoutMs = 10_000) {
  const before = await keysHeard(target);
  await pressOnce(target, key, timeoutMs);
  if (before === undefined || (await keyHeardSince(target, before))) return;
  // Acknowledged by the browser, yet it never came down in the prompt that held the keyboard (seen
  // in Chromium now and then, on a quiet machine too: the key went nowhere, or to the page under the
  // card while the card held focus, after which the loader gives the card focus afresh, so that only
  // its release reaches the card). Interlude had no key to act on, so it is pressed once more, as a
  // person would; a key the prompt heard come down never is. Where a stray key went is the isolation
  // tests' concern: they count the page's keys. It is pressed again first and described after:
  // a prompt's time runs on (a pause asked for can be let go in one key only in its first breath).
  const frame = await frameOf(target);
  await pressOnce(target, key, timeoutMs);
  await warnUnheard(key, frame);
}

async function pressOnce(target: Locator, key: string, timeoutMs: number) {
  try {
    await target.press(key, { timeout: timeoutMs });
  } catch (error) {
    if (/closed|detached/i.test(String(error))) return;
    const gone = await target.count().then(
      (count) => count === 0,
      () => true,
    );
    if (!gone) throw error;
    // The key is up, whatever the browser said: the next press of it is a fresh press, not a repeat.
    await target.page().keyboard.up(key);
  }
}

/** What a key is pressed at: a control in a prompt, or the prompt's frame itself. */
type KeyTarget = Locator | Frame;

/**
 * How many keys have come down in the prompt holding `target` (a key it heard only on its way up
 * went elsewhere, or was held: the prompt could not act on it), counted from the first call (see
 * watchKeys, which also starts noting the page's, for {@link describePrompt}); undefined once the
 * prompt is gone.
 */
async function keysHeard(target: KeyTarget): Promise<KeysHeard | undefined> {
  try {
    const page = target.page().mainFrame();
    const underneath = page !== target ? await page.evaluate(countKeys) : 0;
    const prompt = await ('childFrames' in target
      ? target.evaluate(countKeys)
      : target.evaluate(countKeys, undefined, { timeout: 1_000 }));
    return { prompt, page: underneath };
  } catch {
    return undefined;
  }
}

/** Keys that came down in a prompt, and in the page under it (see {@link keysHeard}). */
interface KeysHeard {
  prompt: number;
  page: number;
}

/** The frame of the prompt holding `target`, if it is still there. */
async function frameOf(target: KeyTarget): Promise<Frame | null> {
  if ('childFrames' in target) return target;
  return target.elementHandle({ timeout: 1_000 }).then(
    (el) => el?.ownerFrame() ?? null,
    () => null,
  );
}

/**
 * Whether a key came down in the prompt within 2 s of `before` (or the prompt went); no at once when
 * it came down in the page under the prompt instead.
 */
async function keyHeardSince(target: KeyTarget, before: KeysHeard): Promise<boolean> {
  for (const deadline = Date.now() + 2_000; Date.now() < deadline; ) {
    const now = await keysHeard(target);
    if (now === undefined || now.prompt > before.prompt) return true;
    if (now.page > before.page) return false;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return false;
}

/**
 * Says in the run's output that a press of `key` went unheard and was pressed again, and where
 * things stood after that second press (in `frame`, the prompt's frame as it was before it).
 */
async function warnUnheard(key: string, frame: Frame | null): Promise<void> {
  const where =
    frame && !frame.isDetached() ? await describePrompt(frame) : 'the prompt is gone since';
  console.warn(`The prompt did not hear a press of ${key}; it was pressed once more. ${where}`);
}

/**
 * Presses `key` for the prompt that holds the keyboard: at a control of it (a locator, which Playwright
 * focuses first), or, given the prompt's frame, where focus is, as a person's key goes. A press the
 * prompt never heard is pressed once more, as in {@link pressClosing}.
 */
export async function pressInPrompt(target: KeyTarget, key: string): Promise<void> {
  const press = () =>
    'childFrames' in target ? target.page().keyboard.press(key) : target.press(key);
  const before = await keysHeard(target);
  await press();
  if (before === undefined || (await keyHeardSince(target, before))) return;
  const frame = await frameOf(target);
  await press();
  await warnUnheard(key, frame);
}

/**
 * Presses `key` where focus is on `page` when that key answers the prompt over it, and waits until
 * the prompt is gone. The prompt's frame may go before the browser acknowledges the key (its release,
 * or on a loaded machine even its press): Chromium then never answers, and a plain
 * `page.keyboard.press` waits forever, and would leave Playwright sending the next press of that key
 * as a held-down repeat (which prompts ignore). So the prompt going is what this waits for.
 */
export async function pressClosingPrompt(page: Page, key: string, timeoutMs = 10_000) {
  const [frame] = promptFrames(page);
  const before = frame && (await keysHeard(frame));
  let settled = await pressUntilGone(page, key, timeoutMs);
  // As in pressClosing: a key the prompt never heard is pressed once more, a key it heard never is.
  if (frame && before !== undefined && !(await keyHeardSince(frame, before))) {
    if (!settled) await page.keyboard.up(key);
    settled = await pressUntilGone(page, key, timeoutMs);
    await warnUnheard(key, frame);
  }
  await promptGone(page, timeoutMs);
  // The key is up, whatever the browser said: the next press of it is a fresh press.
  if (!settled) await page.keyboard.up(key);
}

/**
 * Presses `key` on `page` until the press is acknowledged or the prompt over the page is gone;
 * says whether the browser acknowledged it.
 */
async function pressUntilGone(page: Page, key: string, timeoutMs: number): Promise<boolean> {
  let settled = false;
  const press = page.keyboard.press(key).then(
    () => {
      settled = true;
    },
    (error: unknown) => {
      settled = true;
      if (!/closed|detached/i.test(String(error))) throw error;
    },
  );
  await Promise.race([press, promptGone(page, timeoutMs)]);
  return settled;
}

/** Where to look for a prompt frame: one page, or every page of a browser context. */
type PromptHost = Page | BrowserContext;

function promptFrames(host: PromptHost): Frame[] {
  const pages = 'frames' in host ? [host] : host.pages();
  return pages.flatMap((page) =>
    page.frames().filter((frame) => frame.url().includes('/prompt.html')),
  );
}

/**
 * The prompt frame Interlude placed over a page (locators cannot pierce its closed shadow root; the
 * browser's frame tree can). Polls every 5 ms, so the bench can time with it too.
 */
export async function promptFrame(host: PromptHost, timeoutMs = 10_000): Promise<Frame> {
  for (const deadline = Date.now() + timeoutMs; Date.now() < deadline; ) {
    const [frame] = promptFrames(host);
    if (frame) return frame;
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
  throw new Error(`No prompt frame appeared within ${timeoutMs} ms.`);
}

/** Waits until no prompt frame is left over the page (or any page of the context). */
export async function promptGone(host: PromptHost, timeoutMs = 10_000): Promise<void> {
  for (const deadline = Date.now() + timeoutMs; Date.now() < deadline; ) {
    if (promptFrames(host).length === 0) return;
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
  const left = await Promise.all(promptFrames(host).map(describePrompt));
  throw new Error(`The prompt did not close within ${timeoutMs} ms. Still up: ${left.join('; ')}`);
}

/**
 * What a prompt frame shows and whether it has the keyboard, for a failure message: a wait that
 * runs out says where the prompt stood, not only that it did not move.
 */
export async function describePrompt(frame: Frame): Promise<string> {
  const seen = await frame
    .evaluate(() => {
      const active = document.activeElement;
      return {
        focus: document.hasFocus(),
        keys: document.documentElement.dataset.keys ?? 'not arrived',
        seenKeys: (window as unknown as { seenKeys?: string[] }).seenKeys ?? 'not watched',
        age: Math.round(performance.now()),
        active: active ? `${active.localName}${active.id ? `#${active.id}` : ''}` : null,
        // biome-ignore lint/performance/useDomNodeTextContent: what a person reads
        text: document.body.innerText.replace(/\s+/g, ' ').slice(0, 160),
      };
    })
    .catch((error: unknown) => ({ unreadable: String(error).slice(0, 120) }));
  const under = await frame
    .page()
    .mainFrame()
    .evaluate(() => ({
      pageKeys: (window as unknown as { seenKeys?: string[] }).seenKeys ?? 'not watched',
      pageFocus: document.hasFocus(),
      pageActive: document.activeElement?.localName ?? null,
      visible: document.visibilityState,
    }))
    .catch((error: unknown) => ({ pageUnreadable: String(error).slice(0, 80) }));
  const url = frame.url().replace(/^.*\/prompt\.html/, 'prompt.html');
  return `${url} ${JSON.stringify(seen)} under it: ${JSON.stringify(under)}; ${await describeFocus(frame.page().context())}`;
}

/**
 * Where the browser's focus is, for a failure message: each tab with whether its document has
 * focus, and each window of the browser with whether it is the focused one.
 */
export async function describeFocus(context: BrowserContext): Promise<string> {
  const pages = await Promise.all(
    context.pages().map((page) =>
      page
        .evaluate(
          () => `${document.hasFocus() ? 'focused' : 'unfocused'} ${document.visibilityState}`,
        )
        .catch(() => 'unreadable')
        .then((state) => `${page.url().replace(/^chrome-extension:\/\/[^/]+/, 'ext:')} ${state}`),
    ),
  );
  const [worker] = context.serviceWorkers();
  const windows = await worker
    ?.evaluate(async () =>
      (await chrome.windows.getAll({ populate: true })).map(
        (w: { type: string; focused: boolean; tabs?: { active: boolean; url?: string }[] }) =>
          `${w.type}${w.focused ? ' focused' : ''}: ${w.tabs?.find((tab) => tab.active)?.url}`,
      ),
    )
    .catch(() => ['unreadable']);
  return `tabs: [${pages.join(', ')}] windows: [${windows?.join(', ') ?? 'no worker'}]`;
}

/**
 * Call inside a describe block: when one of its tests fails, says where every prompt left over
 * `page` stood and where the browser's focus was, before the next test runs.
 */
export function reportPromptsOnFailure(page: () => Page | undefined): void {
  afterEach(async ({ task }) => {
    const host = page();
    if (task.result?.state !== 'fail' || !host) return;
    const left = await Promise.all(promptFrames(host).map(describePrompt));
    console.error(
      `After the failure of "${task.name}": ${left.length ? left.join('; ') : `no prompt left; ${await describeFocus(host.context())}`}`,
    );
  });
}

/**
 * Waits until a prompt (its page or frame) takes keys: for a moment after it receives focus it
 * holds them, so a key the person meant for the page they were typing in does nothing there.
 */
export async function keysReady(target: Page | Frame, timeoutMs = 5_000): Promise<void> {
  await target
    .waitForFunction(() => document.documentElement.dataset.keys === 'taken', undefined, {
      timeout: timeoutMs,
    })
    .catch(() => {
      throw new Error(`The prompt still held keys after ${timeoutMs} ms.`);
    });
}

/**
 * Waits until a prompt has the keyboard and takes keys: its document has focus and no longer holds
 * early keys (a key pressed sooner would rightly be ignored as meant for the page).
 */
export async function promptHasKeys(target: Page | Frame, timeoutMs = 10_000): Promise<void> {
  await target
    .waitForFunction(
      () => document.hasFocus() && document.documentElement.dataset.keys === 'taken',
      undefined,
      { timeout: timeoutMs },
    )
    .catch(() => {
      throw new Error(`The prompt did not take the keyboard within ${timeoutMs} ms.`);
    });
  await watchKeys(target);
  // And the page under it, to tell a key that went to the page from one that went nowhere.
  if ('page' in target && target.page().mainFrame() !== target)
    await watchKeys(target.page().mainFrame()).catch(() => undefined);
}

/**
 * Notes in the prompt's page the keys that reach it from here on (after the prompt's own guard,
 * which stops a held key, so a key seen only on its way up was held), for {@link describePrompt}.
 */
export async function watchKeys(target: Page | Frame): Promise<void> {
  await target.evaluate(countKeys);
}

/** In a page: starts noting the keys that reach it (once), and says how many have come down so far. */
function countKeys(): number {
  const scope = window as unknown as { seenKeys?: string[] };
  // Only a key heard on its way down is one the page could act on.
  if (scope.seenKeys) return scope.seenKeys.filter((key) => key.startsWith('↓')).length;
  const seen: string[] = [];
  scope.seenKeys = seen;
  for (const type of ['keydown', 'keyup'] as const)
    addEventListener(
      type,
      (event) => {
        const flags = `${event.repeat ? ' repeat' : ''}${event.defaultPrevented ? ' prevented' : ''}`;
        seen.push(`${type === 'keydown' ? '↓' : '↑'}${event.key}${flags}`);
      },
      true,
    );
  return 0;
}

/**
 * Answers the prompt in `frame` with `key`, as a person does: waits until it takes keys, then presses
 * `key` until the prompt is gone from `page` (see {@link pressClosingPrompt}).
 */
export async function answerPrompt(page: Page, frame: Frame, key: string, timeoutMs = 10_000) {
  await promptHasKeys(frame, timeoutMs);
  await pressClosingPrompt(page, key, timeoutMs);
}

/** The match patterns of every content script the extension has registered. */
export async function registeredMatches(session: ExtensionSession): Promise<string[]> {
  return session.worker.evaluate(async () => {
    const scripts: { matches?: string[] }[] = await chrome.scripting.getRegisteredContentScripts();
    return scripts.flatMap((script) => script.matches ?? []);
  });
}

/**
 * After a boundary-cue answer taken without a note, the cue stays a moment offering "Add a note?":
 * waits for that offer in `frame` and declines it with Escape, the way a person skips it, until the
 * prompt over `page` is gone.
 */
export async function declineNoteOffer(page: Page, frame: Frame, timeoutMs = 10_000) {
  await frame
    .getByLabel('Add a note? (optional)')
    .waitFor({ timeout: timeoutMs })
    .catch(async () => {
      throw new Error(
        `The cue offered no note within ${timeoutMs} ms of its answer: ${await describePrompt(frame)}`,
      );
    });
  await pressClosingPrompt(page, 'Escape', timeoutMs);
}

/** The messages a person's click sends to ask for a prompt. */
export type PromptMessage = 'pause-now' | 'boundary-cue' | 'end-day';

/** Asks the background for a prompt over `page` (a message a person's click sends) and returns its frame once it takes keys. */
export async function showPrompt(
  session: ExtensionSession,
  page: Page,
  message: PromptMessage,
): Promise<Frame> {
  await page.bringToFront();
  await session.message({ interlude: message });
  const frame = await promptFrame(page);
  await frame.getByRole('dialog').waitFor();
  await promptHasKeys(frame);
  return frame;
}
