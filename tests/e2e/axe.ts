import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Frame, Page } from 'playwright-core';

/** One axe-core rule a page breaks, reduced to what a failing test should print. */
export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  /** Selectors of the offending nodes, with axe's own summary of what is wrong with each. */
  nodes: { target: string; summary: string }[];
}

let source: Promise<string> | undefined;

/**
 * Runs axe-core inside `target` (a page, or one frame such as the prompt's overlay frame) and returns
 * its serious and critical violations. The source is evaluated over the DevTools protocol, so an
 * extension page's script policy does not stand in the way, and nothing is fetched from a network.
 */
export async function seriousViolations(target: Page | Frame): Promise<AxeViolation[]> {
  source ??= readFile(resolve('node_modules/axe-core/axe.min.js'), 'utf8');
  const axeSource = await source;
  const present = await target.evaluate(() => 'axe' in globalThis);
  // A string is evaluated as a script over the DevTools protocol, outside the page's own CSP.
  if (!present) await target.evaluate(axeSource);
  return target.evaluate(async () => {
    type Result = {
      id: string;
      impact: string | null;
      help: string;
      nodes: { target: unknown[]; failureSummary?: string }[];
    };
    const axe = (
      globalThis as unknown as {
        axe: { run(context: Document, options: object): Promise<{ violations: Result[] }> };
      }
    ).axe;
    const { violations } = await axe.run(document, {
      resultTypes: ['violations'],
      runOnly: {
        type: 'tag',
        values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'],
      },
    });
    return violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => ({
        id: v.id,
        impact: v.impact,
        help: v.help,
        nodes: v.nodes.map((n) => ({
          target: n.target.join(' '),
          summary: n.failureSummary ?? '',
        })),
      }));
  });
}
