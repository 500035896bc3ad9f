import { resolve } from 'node:path';
import { BUILDS } from '../../tests/e2e/harness.ts';
import { launchRawChromium, type RawChromium, type TargetEvent } from './raw-chromium.ts';
import type { BenchRow } from './table.ts';

const MINUTE = 60_000;
/** How long each browser sits with no input and no tab events (BENCH_IDLE_MINUTES overrides 10). */
const IDLE_MINUTES = Number(process.env.BENCH_IDLE_MINUTES ?? 10);
const REFERENCE_DIR = resolve('scripts/bench/reference-extension');
const WORKING_HOURS_BUDGET = 0.1;
const OUTSIDE_MARGIN = 0.01;

type Scene = 'in working hours' | 'outside working hours';

/** A worker's share of the window it was alive in, and how many times it started in it. */
interface Lifetime {
  alive: number;
  starts: number;
}

/**
 * Worker lifetime with nothing happening, read from the browser's target list (nothing attached to
 * any worker): Interlude beside a minimal reference extension with no alarms (the floor), in two
 * browsers at once, one whose working hours hold now and one whose working hours are hours away.
 */
export async function benchWorkerAlive(): Promise<BenchRow[]> {
  const scenes: Scene[] = ['in working hours', 'outside working hours'];
  const results = await Promise.all(scenes.map(measureScene));
  const rows: BenchRow[] = [];
  const percent = (share: number) => `${(share * 100).toFixed(1)} %`;
  const [inHours, outside] = results as [SceneResult, SceneResult];
  rows.push(
    {
      section: 'worker',
      metric: `alive, ${IDLE_MINUTES} min idle in working hours (reference: ${percent(inHours.reference.alive)})`,
      value: `${percent(inHours.interlude.alive)}, ${inHours.interlude.starts} starts`,
      budget: `≤ ${percent(WORKING_HOURS_BUDGET)}`,
      ok: inHours.interlude.alive <= WORKING_HOURS_BUDGET,
    },
    {
      section: 'worker',
      metric: `alive, ${IDLE_MINUTES} min outside working hours (reference: ${percent(outside.reference.alive)})`,
      value: `${percent(outside.interlude.alive)}, ${outside.interlude.starts} starts`,
      budget: `≤ reference + ${percent(OUTSIDE_MARGIN)}`,
      ok: outside.interlude.alive <= outside.reference.alive + OUTSIDE_MARGIN,
    },
    {
      section: 'worker',
      metric: 'wake-ups per idle working hour (measured starts, scaled)',
      value: ((inHours.interlude.starts * 60) / IDLE_MINUTES).toFixed(0),
      budget: '',
    },
  );
  return rows;
}

interface SceneResult {
  interlude: Lifetime;
  reference: Lifetime;
}

async function measureScene(scene: Scene): Promise<SceneResult> {
  const browser = await launchRawChromium([BUILDS.chrome, REFERENCE_DIR]);
  try {
    const interludeWorker = await workerUrl(browser, '/background.js');
    const referenceWorker = await workerUrl(browser, '/reference-worker.js');
    const origin = `chrome-extension://${new URL(interludeWorker).host}`;
    // Install opens the welcome page; close it so no page of Interlude's stays open.
    for (const target of browser.targets.values())
      if (target.type === 'page' && target.url.startsWith(origin))
        await browser.send('Target.closeTarget', { targetId: target.targetId });
    await browser.evaluateIn(
      `${origin}/manifest.json`,
      `chrome.storage.sync.set({ settings: { workHours: ${JSON.stringify(workHoursFor(scene))} } }).then(() => true)`,
    );
    const from = Date.now();
    await new Promise((wait) => setTimeout(wait, IDLE_MINUTES * MINUTE));
    const until = Date.now();
    return {
      interlude: lifetime(browser.events, interludeWorker, from, until),
      reference: lifetime(browser.events, referenceWorker, from, until),
    };
  } finally {
    await browser.close();
  }
}

/** Working hours (every day, the machine's zone, as "auto" resolves it) that hold now, or do not. */
function workHoursFor(scene: Scene) {
  const clock = (offsetMinutes: number) => {
    const at = new Date(Date.now() + offsetMinutes * MINUTE);
    return `${String(at.getHours()).padStart(2, '0')}:${String(at.getMinutes()).padStart(2, '0')}`;
  };
  const days = [1, 2, 3, 4, 5, 6, 7];
  // In hours: a period that began two hours ago and lasts all but a minute of the day.
  if (scene === 'in working hours') return { days, start: clock(-120), end: clock(-121) };
  // Outside: a one-hour period that starts three hours from now.
  return { days, start: clock(180), end: clock(240) };
}

async function workerUrl(browser: RawChromium, suffix: string): Promise<string> {
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    for (const target of browser.targets.values())
      if (target.type === 'service_worker' && target.url.endsWith(suffix)) return target.url;
    await new Promise((wait) => setTimeout(wait, 100));
  }
  throw new Error(`No service worker ending in ${suffix} appeared within 30 s.`);
}

/** The share of [from, until) in which a worker at `url` was in the target list, and its starts. */
export function lifetime(
  events: readonly TargetEvent[],
  url: string,
  from: number,
  until: number,
): Lifetime {
  let aliveSince: number | undefined;
  let alive = 0;
  let starts = 0;
  for (const event of events) {
    if (event.target.type !== 'service_worker' || event.target.url !== url) continue;
    if (event.kind === 'created') {
      aliveSince ??= event.at;
      if (event.at >= from && event.at < until) starts += 1;
    } else if (aliveSince !== undefined) {
      alive += overlap(aliveSince, event.at, from, until);
      aliveSince = undefined;
    }
  }
  if (aliveSince !== undefined) alive += overlap(aliveSince, until, from, until);
  return { alive: alive / (until - from), starts };
}

function overlap(a: number, b: number, from: number, until: number): number {
  return Math.max(0, Math.min(b, until) - Math.max(a, from));
}
