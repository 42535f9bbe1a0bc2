import type { Command } from 'commander';
import { DomainError } from '../../core/shared/errors.js';
import { evidenceAtlas } from '../evidence-input.js';
import { printJson, printLines } from '../output.js';

function limitOf(value: string | undefined): number {
  if (value === undefined) return 20;
  if (!/^\d{1,3}$/.test(value.trim()) || Number(value) < 1 || Number(value) > 100) {
    throw new DomainError('LDN_VALIDATION_FAILED', `--limit must be a whole number from 1 to 100; got "${value}".`, { field: '--limit' });
  }
  return Number(value);
}

export function registerSearch(program: Command): void {
  program
    .command('search')
    .description('search conditions, studies and article claims at once, best first (abbreviations and typos allowed)')
    .argument('<query...>', 'words to find, e.g. MS, fibro, "naltrexone crohns"')
    .option('--limit <n>', 'at most this many results (default 20, up to 100)')
    .option('--json', 'print JSON: {results:[{type, id, title, score}]} best first; type is condition, study or claim')
    .addHelpText(
      'after',
      `
Examples:
  ldn search chrons
  ldn search ME/CFS --json --limit 5`,
    )
    .action((words: string[], opts: { json?: boolean; limit?: string }) => {
      const query = words.join(' ');
      if (query.trim() === '') {
        throw new DomainError('LDN_VALIDATION_FAILED', 'query: give at least one word to search for.', { field: 'query' });
      }
      const results = evidenceAtlas()
        .search(query, limitOf(opts.limit))
        .map((h) => ({ type: h.type, id: h.id, title: h.title, score: h.score }));
      if (opts.json) {
        printJson({ results });
        return;
      }
      if (results.length === 0) {
        printLines([`Nothing found for "${query}".`]);
        return;
      }
      printLines([
        `${'#'.padEnd(3)} ${'TYPE'.padEnd(10)} ${'ID'.padEnd(44)} TITLE`,
        ...results.map((r, i) => `${String(i + 1).padEnd(3)} ${r.type.padEnd(10)} ${r.id.padEnd(44)} ${r.title}`),
        '',
        'Open one with `ldn evidence <condition>`; studies and claims are on the web pages under /evidence.',
      ]);
    });
}
