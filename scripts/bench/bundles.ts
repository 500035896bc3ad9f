import { readdir, readFile, stat } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { BenchRow } from './table.ts';

/** Budgets in gzipped KB by entrypoint, from DESIGN.md. */
const BUDGETS: Record<string, number> = {
  'overlay.js': 4,
  'prompt.html': 30,
  'log.html': 60,
};

/**
 * Size of every entrypoint in a build, raw and gzipped, counting an HTML page together with every
 * script and stylesheet it loads (shared chunks included), against the budgets in DESIGN.md.
 */
export async function benchBundles(buildDir: string): Promise<BenchRow[]> {
  const manifest = JSON.parse(await readFile(join(buildDir, 'manifest.json'), 'utf8'));
  const entries = new Set<string>();
  if (manifest.background?.service_worker) entries.add(manifest.background.service_worker);
  for (const file of await readdir(buildDir)) {
    if (
      file.endsWith('.html') ||
      (file.endsWith('.js') && file !== manifest.background?.service_worker)
    )
      entries.add(file);
  }
  for (const dir of ['content-scripts']) {
    const full = join(buildDir, dir);
    if ((await stat(full).catch(() => undefined))?.isDirectory())
      for (const file of await readdir(full))
        if (file.endsWith('.js')) entries.add(join(dir, file));
  }
  const rows: BenchRow[] = [];
  for (const entry of [...entries].sort()) {
    const files = entry.endsWith('.html') ? await pageFiles(buildDir, entry) : [entry];
    let raw = 0;
    let gzipped = 0;
    for (const file of files) {
      const bytes = await readFile(join(buildDir, file));
      raw += bytes.length;
      gzipped += gzipSync(bytes, { level: 9 }).length;
    }
    const budget = BUDGETS[entry];
    rows.push({
      section: 'bundle',
      metric: entry,
      value: `${kb(raw)} raw, ${kb(gzipped)} gz`,
      budget: budget ? `≤ ${budget} KB gz` : '',
      ok: budget ? gzipped <= budget * 1024 : undefined,
    });
  }
  return rows;
}

/** The page and every local script, module preload and stylesheet it references. */
async function pageFiles(buildDir: string, page: string): Promise<string[]> {
  const html = await readFile(join(buildDir, page), 'utf8');
  const refs = [...html.matchAll(/(?:src|href)="([^"]+\.(?:js|css))"/g)].map((m) => m[1] as string);
  return [page, ...new Set(refs.map((ref) => relative(buildDir, join(buildDir, ref))))];
}

function kb(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} KB`;
}
