import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { connect, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * A small client for Firefox's own remote protocol, Marionette, with no dependency: geckodriver is
 * not packaged by Debian, Playwright needs a patched Firefox, and WebDriver BiDi cannot script
 * `moz-extension://` pages. The wire format is `<byte length>:<json>`; a command is
 * `[0, id, name, params]` and its reply `[1, id, error, result]`.
 */

/** Debian's Firefox ESR, or the binary FIREFOX_PATH names. Never a downloaded browser. */
export const FIREFOX_PATH = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';

/** How long one protocol command may take before the test fails with its name. */
const COMMAND_TIMEOUT_MS = 30_000;

/** Options for {@link launchFirefox}. */
export interface FirefoxOptions {
  /** Preferences written to the fresh profile's user.js. */
  prefs: Record<string, string | number | boolean>;
  /** How long Firefox may take to start and open its Marionette port. */
  startTimeoutMs?: number;
}

/** A running headless Firefox with a Marionette session. */
export interface Firefox {
  profileDir: string;
  /** Sends one command and resolves with its result, or rejects with Firefox's error. */
  command<T = unknown>(name: string, params?: Record<string, unknown>): Promise<T>;
  /** Everything Firefox wrote to stdout and stderr so far. */
  output(): string;
  close(): Promise<void>;
}

/**
 * Starts `firefox-esr -headless -marionette` on a fresh profile (the port is chosen by Firefox and
 * written to MarionetteActivePort), connects and opens a session. `-remote-allow-system-access` lets
 * Marionette navigate to extension pages and script the chrome context.
 */
export async function launchFirefox(options: FirefoxOptions): Promise<Firefox> {
  if (!existsSync(FIREFOX_PATH))
    throw new Error(
      `No Firefox at ${FIREFOX_PATH}: install Debian's (apt-get install firefox-esr) or set FIREFOX_PATH.`,
    );
  const profileDir = await mkdtemp(join(tmpdir(), 'interlude-firefox-'));
  const prefs = { 'marionette.port': 0, ...options.prefs };
  await writeFile(
    join(profileDir, 'user.js'),
    Object.entries(prefs)
      .map(([name, value]) => `user_pref(${JSON.stringify(name)}, ${JSON.stringify(value)});`)
      .join('\n'),
  );
  let log = '';
  const child: ChildProcess = spawn(
    FIREFOX_PATH,
    [
      '-headless',
      '-no-remote',
      '-profile',
      profileDir,
      '-marionette',
      '-remote-allow-system-access',
    ],
    { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, MOZ_CRASHREPORTER_DISABLE: '1' } },
  );
  const collect = (chunk: Buffer) => {
    log += chunk.toString();
  };
  child.stdout?.on('data', collect);
  child.stderr?.on('data', collect);
  let exited = false;
  child.on('exit', () => {
    exited = true;
  });

  const stop = async () => {
    if (!exited) {
      child.kill('SIGTERM');
      await waitUntil(async () => exited, 10_000, 'Firefox to exit').catch(() =>
        child.kill('SIGKILL'),
      );
    }
    await rm(profileDir, { recursive: true, force: true });
  };

  try {
    const portFile = join(profileDir, 'MarionetteActivePort');
    const startTimeoutMs = options.startTimeoutMs ?? 60_000;
    await waitUntil(
      async () => {
        if (exited) throw new Error(`Firefox exited while starting:\n${log}`);
        return existsSync(portFile) && (await readFile(portFile, 'utf8')).trim() !== '';
      },
      startTimeoutMs,
      'Firefox to open its Marionette port',
    );
    const port = Number((await readFile(portFile, 'utf8')).trim());
    const connection = await openConnection(port);
    const firefox: Firefox = {
      profileDir,
      command: connection.command,
      output: () => log,
      async close() {
        await connection.command('Marionette:Quit', { flags: ['eForceQuit'] }).catch(() => {});
        connection.socket.destroy();
        await stop();
      },
    };
    await firefox.command('WebDriver:NewSession', { capabilities: {} });
    return firefox;
  } catch (error) {
    await stop();
    throw error;
  }
}

/** Polls `done` every 50 ms until it is true, or fails naming `what` after `timeoutMs`. */
export async function waitUntil(
  done: () => Promise<boolean>,
  timeoutMs: number,
  what: string,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (await done()) return;
    if (Date.now() > deadline)
      throw new Error(`Timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

interface Connection {
  socket: Socket;
  command<T>(name: string, params?: Record<string, unknown>): Promise<T>;
}

/** Connects, reads the server's hello, and returns a command channel. */
async function openConnection(port: number): Promise<Connection> {
  const socket = connect(port, '127.0.0.1');
  let buffer = Buffer.alloc(0);
  const pending = new Map<number, { resolve(value: unknown): void; reject(error: Error): void }>();
  let hello: ((value: unknown) => void) | undefined;
  const helloReceived = new Promise((resolve) => {
    hello = resolve;
  });

  socket.on('data', (chunk) => {
    buffer = Buffer.concat([buffer, chunk]);
    for (;;) {
      const colon = buffer.indexOf(':');
      if (colon < 0) return;
      const length = Number(buffer.subarray(0, colon).toString());
      if (buffer.length < colon + 1 + length) return;
      const packet = JSON.parse(buffer.subarray(colon + 1, colon + 1 + length).toString());
      buffer = buffer.subarray(colon + 1 + length);
      if (!Array.isArray(packet)) {
        hello?.(packet);
        continue;
      }
      const [, id, error, result] = packet as [
        number,
        number,
        { message?: string } | null,
        unknown,
      ];
      const waiter = pending.get(id);
      pending.delete(id);
      if (error) waiter?.reject(new Error(`Marionette: ${JSON.stringify(error)}`));
      else waiter?.resolve(result);
    }
  });
  const failAll = (error: Error) => {
    for (const waiter of pending.values()) waiter.reject(error);
    pending.clear();
  };
  socket.on('error', failAll);
  socket.on('close', () => failAll(new Error('Marionette connection closed')));

  await withTimeout(helloReceived, 30_000, 'the Marionette hello');
  let nextId = 1;
  return {
    socket,
    command<T>(name: string, params: Record<string, unknown> = {}) {
      const id = nextId++;
      const reply = new Promise<T>((resolve, reject) => {
        pending.set(id, {
          resolve: resolve as (value: unknown) => void,
          reject: (error) => reject(new Error(`${name}: ${error.message}`)),
        });
      });
      const body = Buffer.from(JSON.stringify([0, id, name, params]));
      socket.write(`${body.length}:`);
      socket.write(body);
      return withTimeout(reply, COMMAND_TIMEOUT_MS, `Marionette command ${name}`);
    },
  };
}

function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => reject(new Error(`Timed out after ${ms} ms waiting for ${what}`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/** Saves a base64 PNG from `WebDriver:TakeScreenshot` and returns its path. */
export async function savePng(dir: string, name: string, base64: string): Promise<string> {
  await mkdir(dir, { recursive: true });
  const path = join(dir, `${name}.png`);
  await writeFile(path, Buffer.from(base64, 'base64'));
  return path;
}
