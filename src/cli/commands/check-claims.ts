import { readFileSync, statSync } from 'node:fs';
import type { Command } from 'commander';
import { z } from 'zod';
import { CHECK_VERDICT_ORDER, CHECK_VERDICT_WORDS, CLAIM_TYPE_WORDS } from '../../contracts/claim-words.js';
import { CHECK_FORMATS, checkedClaimSchema, checkSummarySchema, type CheckFormat } from '../../contracts/claims.js';
import { NOT_MEDICAL_ADVICE } from '../../contracts/common.js';
import {
  checkArticle,
  evidenceFromAtlas,
  formatFromFileName,
  MAX_CHARS,
  MAX_WORDS,
  type ArticleFormat,
  type CheckResult,
} from '../../core/claims/index.js';
import type { Atlas } from '../../core/evidence/atlas.js';
import { DomainError } from '../../core/shared/errors.js';
import { evidenceAtlas } from '../evidence-input.js';
import { printJson, printLines } from '../output.js';
import { wrap } from '../therapy-input.js';

/** The stable JSON of `--json`: the same claim and summary fields as `POST /api/check-claims`. */
const outputSchema = z.object({ claims: z.array(checkedClaimSchema), summary: checkSummarySchema, notice: z.string() });

const FORMATS: Readonly<Record<CheckFormat, ArticleFormat>> = { txt: 'text', md: 'markdown', html: 'html' };
/** Four bytes per character at most in UTF-8: anything larger cannot be under the core's character limit. */
const MAX_FILE_BYTES = MAX_CHARS * 4;

function tooLarge(): DomainError {
  return new DomainError('LDN_CHECK_TOO_LARGE', `The article is too long: at most ${MAX_WORDS} words are checked.`, { field: 'file' });
}

function readFile(file: string): Buffer {
  try {
    if (statSync(file).size > MAX_FILE_BYTES) throw tooLarge();
    return readFileSync(file);
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code === 'ENOENT' || code === 'EISDIR' || code === 'EACCES') {
      throw new DomainError('LDN_VALIDATION_FAILED', `file: cannot read "${file}" (${code}).`, { field: 'file' });
    }
    throw error;
  }
}

async function readStdin(): Promise<Buffer> {
  if (process.stdin.isTTY) {
    throw new DomainError('LDN_VALIDATION_FAILED', 'file: give a file, or pipe the article in and write "-".', { field: 'file' });
  }
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of process.stdin) {
    const b = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
    size += b.length;
    if (size > MAX_FILE_BYTES) throw tooLarge();
    chunks.push(b);
  }
  return Buffer.concat(chunks);
}

function formatOf(file: string, flag: string | undefined): ArticleFormat {
  if (flag === undefined) return file === '-' ? 'text' : formatFromFileName(file);
  if (!(CHECK_FORMATS as readonly string[]).includes(flag)) {
    throw new DomainError('LDN_VALIDATION_FAILED', `--format must be txt, md or html; got "${flag}".`, { field: '--format' });
  }
  return FORMATS[flag as CheckFormat];
}

/** 1-based line of an offset, so a reader can find the sentence in their file. */
function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) line++;
  return line;
}

function readable(name: string, text: string, result: CheckResult, atlas: Atlas, html: boolean): string[] {
  const { summary } = result;
  const counts = CHECK_VERDICT_ORDER.filter((v) => summary.byVerdict[v] > 0).map(
    (v) => `${summary.byVerdict[v]} ${CHECK_VERDICT_WORDS[v].words.toLowerCase()}`,
  );
  const conditionName = (id: string): string => atlas.condition(id)?.name ?? id;
  const out = [
    `${name}: ${summary.total} health ${summary.total === 1 ? 'claim' : 'claims'} about LDN in ${result.sentenceCount} sentences${counts.length ? ` (${counts.join(', ')})` : ''}.`,
  ];
  if (summary.conditions.length > 0) out.push(...wrap(`Conditions claimed: ${summary.conditions.map(conditionName).join(', ')}.`, 100, ''));
  result.claims.forEach((c, i) => {
    const { symbol, words } = CHECK_VERDICT_WORDS[c.verdict];
    const where = html ? `sentence ${c.sentence + 1}` : `line ${lineAt(text, c.start)}`;
    out.push('', `${i + 1}. ${symbol} ${words.toUpperCase()} — ${CLAIM_TYPE_WORDS[c.type] ?? c.type}, ${c.strength} wording (${where})`);
    out.push(...wrap(`"${c.text.replace(/\s+/g, ' ').trim()}"`, 96, '   '));
    if (c.conditions.length > 0) {
      out.push(...wrap(`Conditions: ${c.conditions.map(conditionName).join(', ')}${c.grade ? `; grade ${c.grade}` : ''}.`, 96, '   '));
    }
    out.push(...wrap(`Why: ${c.explanation}`, 96, '   '));
  });
  out.push(
    '',
    ...wrap(`Verdicts come from fixed rules applied to the atlas's grades; read each explanation. ${NOT_MEDICAL_ADVICE}`, 100, ''),
  );
  return out;
}

export function registerCheckClaims(program: Command): void {
  program
    .command('check-claims')
    .description('check an article: each health claim about LDN with a verdict against the evidence atlas and why')
    .argument('<file>', 'the article: a .txt, .md or .html file, or "-" to read it from stdin')
    .option('--format <format>', 'read the article as txt, md or html (default: from the file extension; stdin is txt)')
    .option(
      '--json',
      'print JSON: {claims:[{text, start, end, sentence, conditions, type, strength, numbers, studies, verdict, grade, explanation}], summary:{total, byVerdict, byType, conditions}, notice}',
    )
    .addHelpText(
      'after',
      `
Verdicts: consistent, overstated, unsupported, contradicted, not-assessable. At most ${MAX_WORDS} words.
Offsets (start, end) are UTF-16 code units into the article as given (for HTML, into the text it reduces to).

Examples:
  ldn check-claims article.md
  ldn check-claims --json page.html
  curl -s https://example.org/ldn.txt | ldn check-claims -`,
    )
    .action(async (file: string, opts: { json?: boolean; format?: string }) => {
      const format = formatOf(file, opts.format);
      const bytes = file === '-' ? await readStdin() : readFile(file);
      // Undecodable bytes become U+FFFD, which the core's binary check counts.
      const raw = new TextDecoder('utf-8', { fatal: false, ignoreBOM: true }).decode(bytes);
      const atlas = evidenceAtlas();
      const { text, result } = checkArticle(raw, format, evidenceFromAtlas(atlas));
      if (opts.json) printJson(outputSchema.parse({ claims: result.claims, summary: result.summary, notice: NOT_MEDICAL_ADVICE }));
      else printLines(readable(file === '-' ? 'stdin' : file, text, result, atlas, format === 'html'));
    });
}
