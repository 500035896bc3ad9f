import {
  launchExtension,
  pressClosing,
  promptFrame,
  promptGone,
  promptHasKeys,
} from '../../tests/e2e/harness.ts';
import { startPageServer } from '../../tests/e2e/page-server.ts';
import { type BenchRow, median } from './table.ts';

const RUNS = 9;
const BUDGET_MS = 150;

/** Measures both cases and returns their rows for the bench table. */
export async function benchPromptLatency(): Promise<BenchRow[]> {
  const server = await startPageServer([]);
  const session = await launchExtension({ build: 'test' });
  try {
    const page = await session.context.newPage();
    await page.goto(server.url('/work', 'docs.test'));
    await page.bringToFront();
    const measure = async (stopFirst: boolean) => {
      const times: number[] = [];
      for (let run = 0; run < RUNS + 1; run += 1) {
        if (stopFirst) await session.stopWorker();
        else await session.message({ interlude: 'get-status' });
        const began = Date.now();
        // The trigger: a runtime message, as the toolbar popup's "Pause now" sends it.
        void session.message({ interlude: 'pause-now' });
        const frame = await promptFrame(page);
        await frame.getByRole('dialog').waitFor();
        // The page notes the first frame with the prompt in it; the same machine's clock on both sides.
        const shownAt = Number(
          await frame.evaluate(() => document.documentElement.dataset.shownAt),
        );
        const elapsed = shownAt - began;
        if (run > 0) times.push(elapsed);
        // A prompt holds keys pressed at its arrival (they were meant for the page): wait for it.
        await promptHasKeys(frame);
        await pressClosing(frame.getByRole('dialog'), 'Escape');
        // The third skip in a row asks "fewer of these?" (once a day): Escape keeps things as they are.
        await promptGone(page, 3_000).catch(async () => {
          const question = frame.getByRole('dialog', { name: 'Fewer of these?' });
          await question.waitFor();
          await promptHasKeys(frame);
          await pressClosing(question, 'Escape');
          await promptGone(page);
        });
      }
      return median(times);
    };
    const warm = await measure(false);
    const cold = await measure(true);
    const row = (metric: string, ms: number): BenchRow => ({
      section: 'prompt',
      metric,
      value: `${ms.toFixed(0)} ms median of ${RUNS}`,
      budget: `≤ ${BUDGET_MS} ms`,
      ok: ms <= BUDGET_MS,
    });
    return [
      row('event → visible prompt, warm worker', warm),
      row('event → visible prompt, stopped worker', cold),
    ];
  } finally {
    await session.close();
    await server.close();
  }
}
