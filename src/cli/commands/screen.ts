import type { Command } from 'commander';
import { DomainError } from '../../core/shared/errors.js';
import { screen, type ScreenLine } from '../../core/therapy/index.js';
import { printJson, printLines } from '../output.js';
import { readStdin, sourceJson, therapyData, wrap } from '../therapy-input.js';

/** The stable JSON shape of one screened line (documented in `ldn screen --help`). */
export function screenItem(r: ScreenLine): Record<string, unknown> {
  return {
    input: r.input,
    status: r.status,
    ingredients: r.ingredients.map((i) => ({ name: i.name, rxcui: i.rxcui, class: i.class })),
    class: r.class,
    action: r.action,
    washout: r.washout
      ? {
          profile: r.washout.profile,
          minDays: r.washout.minDays,
          maxDays: r.washout.maxDays,
          advice: r.washout.advice,
          sources: r.washout.sources.map((s) => s.id),
        }
      : null,
    reasons: [...r.reasons],
    sources: r.sources.map(sourceJson),
  };
}

const CLASS_LABEL = (c: string): string => (c === 'none' ? '-' : c.replace(/_/g, ' '));

function table(results: readonly ScreenLine[], notice: string): string[] {
  const header = `${'LINE'.padEnd(5)} ${'ACTION'.padEnd(8)} ${'CLASS'.padEnd(32)} INPUT`;
  const out = [header, '-'.repeat(header.length + 20)];
  for (const r of results) {
    out.push(`${String(r.line).padEnd(5)} ${r.action.toUpperCase().padEnd(8)} ${CLASS_LABEL(r.class).padEnd(32)} ${r.input}`);
    for (const reason of r.reasons) out.push(...wrap(`- ${reason}`, 90, '      '));
    if (r.washout) {
      const days = r.washout.maxDays === null ? `${r.washout.minDays}+` : `${r.washout.minDays}-${r.washout.maxDays}`;
      out.push(...wrap(`- Opioid-free gap before starting: ${days} days (${r.washout.profile}).`, 90, '      '));
    }
    if (r.sources.length > 0) out.push(...wrap(`Sources: ${r.sources.map((s) => s.id).join(', ')}`, 90, '      '));
  }
  out.push('', ...wrap(notice, 100, ''));
  return out;
}

export function registerScreen(program: Command): void {
  program
    .command('screen')
    .description('safety screen: one verdict (block, caution, info, ok) per medicine or situation, with reasons and sources')
    .argument('[lines...]', 'medicines or situations, one per argument; none or "-" reads them from stdin, one per line')
    .option('--json', 'print JSON: {items:[{input, status, ingredients, class, action, washout, reasons, sources}], highestAction, notice}')
    .addHelpText(
      'after',
      `
Examples:
  ldn screen "Percocet 5/325" "levothyroxine 50 mcg"
  ldn screen --json tramadol
  printf 'ibuprofen\\nsurgery next month\\n' | ldn screen -

"ok" only means the sources used here list no interaction; unrecognised lines are "caution": ask a pharmacist.`,
    )
    .action(async (args: string[], opts: { json?: boolean }) => {
      const lines = args.length === 0 || (args.length === 1 && args[0] === '-') ? (await readStdin()).split(/\r\n|\r|\n/) : args;
      if (!lines.some((l) => l.trim() !== '')) {
        throw new DomainError('LDN_VALIDATION_FAILED', 'lines: nothing to screen; give one medicine or situation per line.', {
          field: 'lines',
        });
      }
      const data = therapyData();
      const result = screen(lines, data.lexicon, data.rules);
      if (opts.json) printJson({ items: result.results.map(screenItem), highestAction: result.highestAction, notice: result.notice });
      else printLines(table(result.results, result.notice));
    });
}
