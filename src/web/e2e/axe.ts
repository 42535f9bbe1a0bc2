/**
 * Machine-checkable WCAG 2.1 A/AA rules (colour contrast, names, labels,
 * landmarks, ARIA...) with axe-core, run inside a playwright page.
 *
 * The app's Content-Security-Policy forbids inline script, so axe is not added
 * as a <script> tag (that would be blocked and logged as a violation). It is
 * evaluated through the DevTools protocol instead, which the page's CSP does
 * not govern, as a test tool's own code should be.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { AxeResults, NodeResult, Result, RunOptions } from 'axe-core';
import type { Page } from 'playwright-core';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** The rule sets we claim: WCAG 2.0 and 2.1, levels A and AA. */
export const WCAG_21_AA: RunOptions = {
  runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
  resultTypes: ['violations'],
};

/** How many failing elements of each rule to spell out; the count says how many more there are. */
const NODES_SHOWN = 4;

/**
 * Runs axe on the whole document and returns each violation as readable text
 * (rule, impact, help, and where and why for the first few elements), so an
 * `expect(...).toEqual([])` failure explains itself. An empty list means no
 * machine-detectable WCAG 2.1 AA failure; it does not prove the page accessible.
 */
export async function axeViolations(page: Page, options: RunOptions = WCAG_21_AA): Promise<string[]> {
  const loaded = await page.evaluate(() => 'axe' in window);
  // `void 0` so the script's completion value (axe itself) is not sent back over the protocol.
  if (!loaded) await page.evaluate(`${AXE_SOURCE}\n;void 0`);
  const results = await page.evaluate(
    (opts) => (window as unknown as { axe: { run(ctx: Document, o: RunOptions): Promise<AxeResults> } }).axe.run(document, opts),
    options,
  );
  return results.violations.map((v) => formatViolation(v));
}

function formatViolation(v: Result): string {
  const nodes = v.nodes.slice(0, NODES_SHOWN).map((n) => formatNode(n));
  const more = v.nodes.length > NODES_SHOWN ? [`  ...and ${v.nodes.length - NODES_SHOWN} more`] : [];
  return [`${v.id} (${v.impact ?? 'no impact'}): ${v.help} [${v.nodes.length} element(s)] ${v.helpUrl}`, ...nodes, ...more].join('\n');
}

function formatNode(n: NodeResult): string {
  const where = n.target.map((t) => (typeof t === 'string' ? t : JSON.stringify(t))).join(' >> ');
  const why = (n.failureSummary ?? '').replace(/:\s*\n\s*/g, ': ').replace(/\s*\n\s*/g, '; ');
  return `  - ${where}\n    ${why}`;
}
