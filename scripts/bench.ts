/**
 * `npm run bench`: measures Interlude against the budgets in DESIGN.md and prints one table, with
 * the machine named. Builds the Chromium extension (and its test build) first. Quote medians: these machines are noisy.
 */
import { spawnSync } from 'node:child_process';
import { cpus, totalmem } from 'node:os';
import { resolve } from 'node:path';
import { benchBundles } from './bench/bundles.ts';
import { benchCore } from './bench/core.ts';
import { benchLogPage } from './bench/log-page.ts';
import { benchPromptLatency } from './bench/prompt-latency.ts';
import { type BenchRow, renderTable } from './bench/table.ts';
import { benchWakeUps } from './bench/wake-ups.ts';
import { benchWorkerAlive } from './bench/worker-alive.ts';

for (const env of [{}, { INTERLUDE_TEST_BUILD: '1' }]) {
  const build = spawnSync('npx', ['wxt', 'build'], {
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, ...env },
  });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

const rows: BenchRow[] = [
  ...(await benchBundles(resolve('.output/chrome-mv3'))),
  ...(await benchCore()),
  ...(await benchWakeUps()),
  ...(await benchPromptLatency()),
  ...(await benchLogPage()),
  // Last, and alone: ten quiet minutes in two browsers, timed from the browser's target list.
  ...(await benchWorkerAlive()),
];

const cpu = cpus()[0]?.model.trim() ?? 'unknown CPU';
console.log(
  `Machine: ${cpu}, ${cpus().length} cores, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}, ${process.platform}-${process.arch}\n`,
);
console.log(renderTable(rows));
if (rows.some((row) => row.ok === false)) process.exitCode = 1;
