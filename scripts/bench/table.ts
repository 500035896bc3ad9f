/** One row of `npm run bench`: what was measured, the median (or single) value, and the budget. */
export interface BenchRow {
  section: string;
  metric: string;
  value: string;
  budget: string;
  /** true = within budget, false = over, undefined = no budget. */
  ok?: boolean;
}

/** Median of a non-empty list of numbers. */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

/** Renders rows as a Markdown table. */
export function renderTable(rows: readonly BenchRow[]): string {
  const head = ['section', 'metric', 'value', 'budget', 'within'];
  const body = rows.map((r) => [
    r.section,
    r.metric,
    r.value,
    r.budget,
    r.ok === undefined ? '' : r.ok ? 'yes' : 'NO',
  ]);
  const widths = head.map((h, i) =>
    Math.max(h.length, ...body.map((b) => (b[i] as string).length)),
  );
  const line = (cells: string[]) =>
    `| ${cells.map((c, i) => c.padEnd(widths[i] as number)).join(' | ')} |`;
  return [
    line(head),
    `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`,
    ...body.map(line),
  ].join('\n');
}
