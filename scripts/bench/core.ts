/**
 * Core throughput for `npm run bench`: events per second through `step` over a generated year
 * (median of five runs), and the simulator's wall time on a one-million-event trace file.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { TZDate } from '@date-fns/tz';
import { DEFAULT_SETTINGS } from '../../core/settings.ts';
import { initialState } from '../../core/state.ts';
import { step } from '../../core/step.ts';
import { syntheticTrace } from '../../core/synthetic-trace.ts';
import { type BenchRow, median } from './table.ts';

const ZONE = 'Europe/Berlin';
const RUNS = 5;
const STEP_BUDGET = 1_000_000;
const TRACE_EVENTS = 1_000_000;

/** Measures the core and returns its rows for the bench table. */
export async function benchCore(): Promise<BenchRow[]> {
  const settings = { ...DEFAULT_SETTINGS, timeZone: ZONE };
  const start = new TZDate(2026, 0, 1, 0, 0, 0, 0, ZONE).getTime();
  const year = syntheticTrace({ start, days: 365, zone: ZONE, seed: 2026 });
  const rates: number[] = [];
  for (let run = 0; run < RUNS + 1; run++) {
    let state = initialState(start);
    const began = performance.now();
    for (const event of year) state = step(state, event, settings).state;
    const seconds = (performance.now() - began) / 1000;
    // The first run warms the JIT up and is not counted.
    if (run > 0) rates.push(year.length / seconds);
  }
  const rate = median(rates);

  const dir = mkdtempSync(join(tmpdir(), 'interlude-bench-'));
  try {
    const path = join(dir, 'million.jsonl');
    writeFileSync(path, traceText(start, TRACE_EVENTS));
    const began = performance.now();
    const result = spawnSync(process.execPath, ['scripts/simulate.ts', path, '--tz', ZONE], {
      encoding: 'utf8',
      maxBuffer: 256 * 1024 * 1024,
    });
    const wallSeconds = (performance.now() - began) / 1000;
    if (result.status !== 0) throw new Error(`simulate failed: ${result.stderr}`);
    return [
      {
        section: 'core',
        metric: `step throughput (generated year, ${year.length.toLocaleString('en')} events, median of ${RUNS})`,
        value: `${Math.round(rate).toLocaleString('en')} events/s`,
        budget: `≥ ${STEP_BUDGET.toLocaleString('en')} events/s`,
        ok: rate >= STEP_BUDGET,
      },
      {
        section: 'core',
        metric: `simulator wall time (${TRACE_EVENTS.toLocaleString('en')}-event trace file)`,
        value: `${wallSeconds.toFixed(2)} s`,
        budget: '',
      },
    ];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Generated days as trace lines (UTC ISO times, fast to write), repeated until `count` events. */
function traceText(start: number, count: number): string {
  const lines: string[] = [];
  for (let days = 0; lines.length < count; days += 28) {
    const month = syntheticTrace({
      start: start + days * 86_400_000,
      days: 28,
      zone: ZONE,
      seed: days + 1,
      ticks: false,
    });
    for (const event of month) {
      if (lines.length >= count) break;
      const line: Record<string, unknown> = { ...event, at: new Date(event.at).toISOString() };
      if (event.type === 'answer' && event.remindAt !== undefined)
        line.remindAt = new Date(event.remindAt).toISOString();
      lines.push(JSON.stringify(line));
    }
  }
  return `${lines.join('\n')}\n`;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { renderTable } = await import('./table.ts');
  console.log(renderTable(await benchCore()));
}
