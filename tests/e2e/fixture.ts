import type { Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { type ExtensionSession, type LaunchOptions, launchExtension } from './harness.ts';
import { type PageServer, startPageServer } from './page-server.ts';

/** The browser and page server one describe block shares; filled in before its tests run. */
export interface ExtensionFixture {
  session: ExtensionSession;
  server: PageServer;
}

/** {@link ExtensionFixture} with one tab already open on a served page. */
export interface ExtensionPageFixture extends ExtensionFixture {
  page: Page;
}

/** Where {@link useExtensionPage} opens its tab. */
export interface PageOptions {
  /** Folders the page server serves besides its own pages (see `startPageServer`). */
  roots?: string[];
  /** The served page, e.g. "/inbox". */
  path: string;
  /** The `*.test` host it is served as, e.g. "mail.test". */
  host: string;
  viewport?: { width: number; height: number };
  /** Runs once the browser is up, before the tab opens (e.g. to install a test clock). */
  beforeOpen?: (session: ExtensionSession) => Promise<void>;
}

/**
 * Call inside a describe block: starts the page server and launches the extension before its
 * tests, closes both after them.
 */
export function useExtension(launch: LaunchOptions = {}, roots: string[] = []): ExtensionFixture {
  return register(launch, roots);
}

/** As {@link useExtension}, with one tab open on `page.path` at `page.host` before the tests. */
export function useExtensionPage(launch: LaunchOptions, page: PageOptions): ExtensionPageFixture {
  return register(launch, page.roots ?? [], page) as ExtensionPageFixture;
}

function register(launch: LaunchOptions, roots: string[], page?: PageOptions): ExtensionFixture {
  const fixture: Partial<ExtensionPageFixture> = {};
  beforeAll(async () => {
    fixture.server = await startPageServer(roots);
    fixture.session = await launchExtension(launch);
    if (!page) return;
    await page.beforeOpen?.(fixture.session);
    fixture.page = await fixture.session.context.newPage();
    if (page.viewport) await fixture.page.setViewportSize(page.viewport);
    await fixture.page.goto(fixture.server.url(page.path, page.host));
  });
  afterAll(async () => {
    await fixture.session?.close();
    await fixture.server?.close();
  });
  return fixture as ExtensionFixture;
}
