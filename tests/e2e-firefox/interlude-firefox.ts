import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { type Firefox, launchFirefox, savePng, waitUntil } from './marionette.ts';

/** The Firefox builds: the real one, and the test build that holds host access up front. */
export const FIREFOX_BUILDS = {
  real: resolve('.output/firefox-mv3'),
  test: resolve('.output/firefox-mv3-test'),
} as const;

/** Interlude's add-on id (wxt.config.ts) and the moz-extension host this profile gives it. */
export const ADDON_ID = 'interlude@interlude.invalid';
export const ADDON_UUID = '5b1e7a3c-2f4d-4e6a-9c8b-1d2e3f4a5b6c';
const ORIGIN = `moz-extension://${ADDON_UUID}`;

/** Screenshots of the Firefox run. */
export const FIREFOX_RESULTS = resolve('test-results/firefox');

/** WebDriver key codes for the keys the prompts answer to. */
export const KEY = { Escape: '\uE00C', Enter: '\uE007', Alt: '\uE00A', Shift: '\uE008' } as const;

/** Firefox's messages from an Interlude page or script that are errors, as the browser console has them. */
interface ConsoleEntry {
  message: string;
  source: string;
}

/** A headless Firefox with Interlude installed as a temporary add-on, driven through Marionette. */
export interface InterludeFirefox {
  firefox: Firefox;
  /** moz-extension://<uuid>/<path> */
  url(path: string): string;
  /** The tab holding an extension page that messages and IndexedDB reads go through. */
  controlTab: string;
  /** Opens `url` in a new tab (in the background) and returns its handle. */
  openTab(url: string): Promise<string>;
  /** Brings a tab or window to the front and makes it the one commands act in. */
  focus(handle: string): Promise<void>;
  /** Runs `script` (a function body; `args` are `arguments`) where commands now act; returns its value. */
  run<T = unknown>(script: string, args?: unknown[]): Promise<T>;
  /** Sends a runtime message from the control tab (the front tab stays in front) and returns the reply. */
  message<T = unknown>(message: unknown): Promise<T>;
  /** Every value in one of Interlude's IndexedDB stores. */
  readStore<T = unknown>(store: string): Promise<T[]>;
  /** Waits until the text shows where commands now act. */
  waitForText(text: string, timeoutMs?: number): Promise<void>;
  /** Presses keys, one after another, in the focused element where commands now act. */
  press(...keys: string[]): Promise<void>;
  /** Presses a shortcut in the browser window itself (where `commands` shortcuts are heard). */
  shortcut(...keys: string[]): Promise<void>;
  /** Types text, key by key, into the focused element where commands now act. */
  type(text: string): Promise<void>;
  /** Clicks the element `css` selects where commands now act. */
  click(css: string): Promise<void>;
  /** Where commands now act. */
  location(): Promise<string>;
  /** Enters the prompt frame Interlude placed over the tab `handle` (through its closed shadow root). */
  enterPromptFrame(handle: string, timeoutMs?: number): Promise<void>;
  /** Waits until the tab `handle` holds no prompt frame any more. */
  promptFrameGone(handle: string, timeoutMs?: number): Promise<void>;
  /** Saves a screenshot of the tab or window commands act in under test-results/firefox/. */
  screenshot(name: string, options?: { full?: boolean }): Promise<string>;
  /** Runs `script` in Firefox's chrome (privileged) context. */
  chrome<T = unknown>(script: string, args?: unknown[]): Promise<T>;
  /** Errors in the browser console that came from Interlude (its pages, its scripts, its messaging). */
  interludeErrors(): Promise<ConsoleEntry[]>;
  close(): Promise<void>;
}

/**
 * Starts Firefox on a fresh profile whose prefs fix Interlude's moz-extension host and send every
 * host to 127.0.0.1 (so `*.test` sites reach the page server), installs `build` as a temporary
 * add-on, and opens a control tab on an extension page. `prefs` adds to (or overrides) those prefs
 * for this launch only.
 */
export async function launchInterlude(
  build: keyof typeof FIREFOX_BUILDS,
  { prefs = {} }: { prefs?: Record<string, string | number | boolean> } = {},
): Promise<InterludeFirefox> {
  const dir = FIREFOX_BUILDS[build];
  if (!existsSync(join(dir, 'manifest.json')))
    throw new Error(
      `No Firefox build in ${dir}: run \`npm run test:e2e:firefox\`, which builds it.`,
    );
  const firefox = await launchFirefox({
    prefs: {
      'extensions.webextensions.uuids': JSON.stringify({ [ADDON_ID]: ADDON_UUID }),
      'network.dns.forceResolve': '127.0.0.1',
      // Extension pages' console output goes to Firefox's stdout, kept beside the screenshots.
      'devtools.console.stdout.content': true,
      // Quiet, local, and nothing that would touch the network on its own.
      'browser.shell.checkDefaultBrowser': false,
      'browser.startup.homepage_override.mstone': 'ignore',
      'browser.aboutwelcome.enabled': false,
      'datareporting.policy.dataSubmissionEnabled': false,
      'toolkit.telemetry.reportingpolicy.firstRun': false,
      'app.update.disabledForTesting': true,
      'privacy.bounceTrackingProtection.mode': 0,
      'browser.safebrowsing.malware.enabled': false,
      'browser.safebrowsing.phishing.enabled': false,
      'network.captive-portal-service.enabled': false,
      'network.connectivity-service.enabled': false,
      ...prefs,
    },
  });
  try {
    await firefox.command('Addon:Install', { path: dir, temporary: true });
    const url = (path: string) => `${ORIGIN}/${path.replace(/^\//, '')}`;
    const command = firefox.command;
    const run = async <T>(script: string, args: unknown[] = []) =>
      (await command<{ value: T }>('WebDriver:ExecuteScript', { script, args })).value;

    const openTab = async (target: string) => {
      const { handle } = await command<{ handle: string }>('WebDriver:NewWindow', {
        type: 'tab',
        focus: false,
      });
      await command('WebDriver:SwitchToWindow', { handle, focus: false });
      await command('WebDriver:Navigate', { url: target });
      return handle;
    };
    // Installing opens the welcome tab; let it open first, or opening the control tab below may take
    // that tab for its own (Marionette hands back the tab that opened last) and navigate it away.
    await command('Marionette:SetContext', { value: 'chrome' });
    await waitUntil(
      async () =>
        run<boolean>(
          'return gBrowser.tabs.some((tab) => tab.linkedBrowser.currentURI.spec === arguments[0]);',
          [url('welcome.html')],
        ),
      15_000,
      'the welcome tab Interlude opens on install',
    );
    await command('Marionette:SetContext', { value: 'content' });
    const controlTab = await openTab(url('popup.html'));

    const inControl = async <T>(script: string, args: unknown[] = []) => {
      // Back to where commands acted before, unless that window has closed meanwhile.
      const before = await command<{ value: string }>('WebDriver:GetWindowHandle').then(
        ({ value }) => value,
        () => controlTab,
      );
      await command('WebDriver:SwitchToWindow', { handle: controlTab, focus: false });
      try {
        return await run<T>(script, args);
      } finally {
        await command('WebDriver:SwitchToWindow', { handle: before, focus: false });
      }
    };

    const chrome = async <T>(script: string, args: unknown[] = []) => {
      // The chrome context acts in the window of the current browsing context: one that is open.
      await command('WebDriver:SwitchToWindow', { handle: controlTab, focus: false });
      await command('Marionette:SetContext', { value: 'chrome' });
      try {
        return await run<T>(script, args);
      } finally {
        await command('Marionette:SetContext', { value: 'content' });
      }
    };

    const session: InterludeFirefox = {
      firefox,
      url,
      controlTab,
      openTab,
      async focus(handle) {
        await command('WebDriver:SwitchToWindow', { handle, focus: true });
      },
      run,
      message: (message) =>
        inControl('return browser.runtime.sendMessage(arguments[0]);', [message]),
      readStore: (store) =>
        inControl(
          `const [name] = arguments;
           return new Promise((done, fail) => {
             const open = indexedDB.open('interlude');
             open.onerror = () => fail(open.error);
             open.onsuccess = () => {
               const db = open.result;
               // 'records' means every record: since schema 2 they are kept in day buckets.
               const buckets = name === 'records' && db.objectStoreNames.contains('days');
               const store = buckets ? 'days' : name;
               if (!db.objectStoreNames.contains(store)) { db.close(); done([]); return; }
               const request = db.transaction(store).objectStore(store).getAll();
               request.onsuccess = () => {
                 db.close();
                 done(buckets ? request.result.flatMap((day) => day.records) : request.result);
               };
               request.onerror = () => fail(request.error);
             };
           });`,
          [store],
        ),
      async waitForText(text, timeoutMs = 10_000) {
        let shown = '';
        await waitUntil(
          async () => {
            shown = await run<string>('return document.body ? document.body.innerText : "";').catch(
              () => '',
            );
            return shown.includes(text);
          },
          timeoutMs,
          `the text “${text}”`,
        ).catch((error: Error) => {
          throw new Error(
            `${error.message}; the page shows: ${JSON.stringify(shown.slice(0, 300))}`,
          );
        });
      },
      async press(...keys) {
        await command('WebDriver:PerformActions', {
          actions: [
            {
              type: 'key',
              id: 'keyboard',
              actions: keys.flatMap((value) => [
                { type: 'keyDown', value },
                { type: 'keyUp', value },
              ]),
            },
          ],
        });
        await command('WebDriver:ReleaseActions').catch(() => undefined);
      },
      type: (text) => session.press(...text),
      async shortcut(...keys) {
        await command('Marionette:SetContext', { value: 'chrome' });
        try {
          await command('WebDriver:PerformActions', {
            actions: [
              {
                type: 'key',
                id: 'shortcut',
                actions: [
                  ...keys.map((value) => ({ type: 'keyDown', value })),
                  ...keys.toReversed().map((value) => ({ type: 'keyUp', value })),
                ],
              },
            ],
          });
          await command('WebDriver:ReleaseActions');
        } finally {
          await command('Marionette:SetContext', { value: 'content' });
        }
      },
      async click(css) {
        const { value } = await command<{ value: Record<string, string> }>(
          'WebDriver:FindElement',
          { using: 'css selector', value: css },
        );
        await command('WebDriver:ElementClick', { id: Object.values(value)[0] });
      },
      location: () => run<string>('return location.href;'),
      async enterPromptFrame(handle, timeoutMs = 10_000) {
        await command('WebDriver:SwitchToWindow', { handle, focus: true });
        await waitUntil(
          async () => {
            await command('WebDriver:SwitchToFrame', { id: null });
            const entered = await command('WebDriver:SwitchToFrame', { id: 0 }).then(
              () => true,
              () => false,
            );
            if (!entered) return false;
            const href = await run<string>('return location.href;').catch(() => '');
            if (href.startsWith(`${ORIGIN}/prompt.html`)) return true;
            await command('WebDriver:SwitchToFrame', { id: null });
            return false;
          },
          timeoutMs,
          'a prompt frame over the page',
        );
      },
      async promptFrameGone(handle, timeoutMs = 10_000) {
        await command('WebDriver:SwitchToWindow', { handle, focus: false });
        await command('WebDriver:SwitchToFrame', { id: null });
        await waitUntil(
          async () => run<boolean>('return window.frames.length === 0;').catch(() => false),
          timeoutMs,
          'the prompt frame to close',
        );
      },
      async screenshot(name, { full = false } = {}) {
        const { value } = await command<{ value: string }>('WebDriver:TakeScreenshot', { full });
        return savePng(FIREFOX_RESULTS, name, value);
      },
      chrome,
      interludeErrors: () =>
        chrome<ConsoleEntry[]>(
          // Firefox's own modules report some of Interlude's errors (messaging, listeners) under
          // their name, with the add-on id in the message.
          `const [origin, id] = arguments;
           return Services.console.getMessageArray()
             .filter((m) => m instanceof Ci.nsIScriptError && !(m.flags & Ci.nsIScriptError.warningFlag))
             .map((m) => ({ message: m.errorMessage, source: m.sourceName || '' }))
             .filter((m) => m.source.startsWith(origin) || m.message.includes(id) ||
               /Interlude|context unloaded|Conduits/.test(m.message));`,
          [ORIGIN, ADDON_ID],
        ),
      async close() {
        const output = firefox.output();
        await firefox.close();
        await mkdir(FIREFOX_RESULTS, { recursive: true });
        await writeFile(join(FIREFOX_RESULTS, `firefox-${build}.log`), output);
      },
    };
    return session;
  } catch (error) {
    await firefox.close();
    throw error;
  }
}
