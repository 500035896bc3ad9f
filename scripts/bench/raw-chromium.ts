import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CHROMIUM_PATH, QUIET_CHROMIUM_FLAGS } from '../../tests/e2e/harness.ts';

/** A target as the browser lists it (CDP `Target.TargetInfo`, the fields used here). */
export interface TargetInfo {
  targetId: string;
  type: string;
  url: string;
}

/** What happened to one target, and when (ms since the epoch, this machine's clock). */
export interface TargetEvent {
  at: number;
  kind: 'created' | 'destroyed';
  target: TargetInfo;
}

/**
 * Chromium started by hand with a raw DevTools connection to the *browser*, not to any worker:
 * Playwright attaches to service workers, and an attached debugger keeps a worker alive, so worker
 * lifetime is only measured honestly from the browser's target list (`Target.setDiscoverTargets`).
 */
export interface RawChromium {
  /** Every target event since launch, in order. */
  events: TargetEvent[];
  /** Targets that exist now, by id. */
  targets: Map<string, TargetInfo>;
  /** Sends one CDP command to the browser (or, with `sessionId`, to an attached page). */
  send<T = unknown>(method: string, params?: object, sessionId?: string): Promise<T>;
  /**
   * Runs `expression` in a fresh tab at `url` (attached to that page only), awaits its value, and
   * closes the tab again.
   */
  evaluateIn(url: string, expression: string): Promise<unknown>;
  close(): Promise<void>;
}

const DEADLINE_MS = 30_000;

/** Launches headless Chromium with `extensionDirs` loaded on a fresh profile. */
export async function launchRawChromium(extensionDirs: string[]): Promise<RawChromium> {
  const profileDir = await mkdtemp(join(tmpdir(), 'interlude-raw-'));
  const child: ChildProcess = spawn(
    CHROMIUM_PATH,
    [
      '--headless',
      '--remote-debugging-port=0',
      `--user-data-dir=${profileDir}`,
      `--disable-extensions-except=${extensionDirs.join(',')}`,
      `--load-extension=${extensionDirs.join(',')}`,
      ...QUIET_CHROMIUM_FLAGS,
      'about:blank',
    ],
    { stdio: ['ignore', 'ignore', 'pipe'] },
  );
  const endpoint = await new Promise<string>((found, fail) => {
    let seen = '';
    const timer = setTimeout(
      () => fail(new Error(`Chromium gave no DevTools address within ${DEADLINE_MS} ms.`)),
      DEADLINE_MS,
    );
    child.stderr?.on('data', (chunk: Buffer) => {
      seen += chunk.toString();
      const match = /DevTools listening on (ws:\/\/\S+)/.exec(seen);
      if (match?.[1]) {
        clearTimeout(timer);
        found(match[1]);
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      fail(new Error(`Chromium exited (${code}) before it listened: ${seen.slice(-500)}`));
    });
  });

  const socket = new WebSocket(endpoint);
  await new Promise<void>((open, fail) => {
    socket.addEventListener('open', () => open(), { once: true });
    socket.addEventListener('error', () => fail(new Error(`Could not connect to ${endpoint}`)), {
      once: true,
    });
  });
  const events: TargetEvent[] = [];
  const targets = new Map<string, TargetInfo>();
  const pending = new Map<number, { done(value: unknown): void; fail(error: Error): void }>();
  let nextId = 1;
  socket.addEventListener('message', (message) => {
    const data = JSON.parse(String(message.data)) as {
      id?: number;
      method?: string;
      params?: { targetInfo?: TargetInfo; targetId?: string };
      result?: unknown;
      error?: { message: string };
    };
    if (data.id !== undefined) {
      const waiter = pending.get(data.id);
      pending.delete(data.id);
      if (data.error) waiter?.fail(new Error(data.error.message));
      else waiter?.done(data.result);
      return;
    }
    const at = Date.now();
    if (data.method === 'Target.targetCreated' && data.params?.targetInfo) {
      const target = data.params.targetInfo;
      targets.set(target.targetId, target);
      events.push({ at, kind: 'created', target });
    } else if (data.method === 'Target.targetInfoChanged' && data.params?.targetInfo) {
      targets.set(data.params.targetInfo.targetId, data.params.targetInfo);
    } else if (data.method === 'Target.targetDestroyed' && data.params?.targetId) {
      const target = targets.get(data.params.targetId);
      targets.delete(data.params.targetId);
      if (target) events.push({ at, kind: 'destroyed', target });
    }
  });

  const send = <T>(method: string, params: object = {}, sessionId?: string) =>
    new Promise<T>((done, fail) => {
      const id = nextId++;
      const timer = setTimeout(() => {
        pending.delete(id);
        fail(new Error(`CDP ${method} gave no answer within ${DEADLINE_MS} ms.`));
      }, DEADLINE_MS);
      pending.set(id, {
        done: (value) => {
          clearTimeout(timer);
          done(value as T);
        },
        fail: (error) => {
          clearTimeout(timer);
          fail(error);
        },
      });
      socket.send(JSON.stringify({ id, method, params, ...(sessionId ? { sessionId } : {}) }));
    });

  await send('Target.setDiscoverTargets', { discover: true });
  return {
    events,
    targets,
    send,
    async evaluateIn(url, expression) {
      const { targetId } = await send<{ targetId: string }>('Target.createTarget', { url });
      try {
        const { sessionId } = await send<{ sessionId: string }>('Target.attachToTarget', {
          targetId,
          flatten: true,
        });
        const deadline = Date.now() + DEADLINE_MS;
        for (;;) {
          const { result, exceptionDetails } = await send<{
            result: { value?: unknown };
            exceptionDetails?: { text: string };
          }>(
            'Runtime.evaluate',
            { expression, awaitPromise: true, returnByValue: true },
            sessionId,
          );
          if (!exceptionDetails) return result.value;
          if (Date.now() > deadline)
            throw new Error(`Evaluating in ${url} failed: ${exceptionDetails.text}`);
          await new Promise((wait) => setTimeout(wait, 200)); // the page may still be loading
        }
      } finally {
        await send('Target.closeTarget', { targetId }).catch(() => undefined);
      }
    },
    async close() {
      socket.close();
      child.kill();
      await new Promise((gone) => child.once('exit', gone));
      await rm(profileDir, { recursive: true, force: true });
    },
  };
}
