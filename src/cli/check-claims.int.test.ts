/** `ldn check-claims` as a person runs it: `node bin/ldn.mjs check-claims ...` in a child process. */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { checkArticle, evidenceFromAtlas, type CheckResult } from '../core/claims/index.js';
import { buildAtlas } from '../core/evidence/atlas.js';
import { loadEvidenceCorpus } from '../data/evidence-files.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const ARTICLES = path.join(ROOT, 'src/core/claims/__fixtures__/articles');
const SEEDS = process.env['LDN_SEEDS_DIR'] ?? path.join(ROOT, '..', 'shared', 'seeds');
const seed = existsSync(SEEDS) ? readdirSync(SEEDS).find((f) => f.endsWith('.txt')) : undefined;
const tmp = mkdtempSync(path.join(tmpdir(), 'ldn-check-cli-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const evidence = evidenceFromAtlas(buildAtlas(loadEvidenceCorpus()));

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

function ldn(args: readonly string[], stdin?: string | Buffer): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['bin/ldn.mjs', 'check-claims', ...args], { cwd: ROOT, env: { ...process.env, NO_COLOR: '1' } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString('utf8')));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString('utf8')));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(stdin ?? '');
  });
}

/** The core's answer as JSON would carry it (the CLI must not add, drop or change a field). */
const asJson = (r: CheckResult): unknown => JSON.parse(JSON.stringify({ claims: r.claims, summary: r.summary }));

function expectOneErrorLine(r: Run, code: string): void {
  expect(r.code).toBe(2);
  expect(r.stdout).toBe('');
  const lines = r.stderr.trim().split('\n');
  expect(lines).toHaveLength(1);
  expect(lines[0]).toMatch(new RegExp(`^ldn: .*\\[${code}\\]$`));
}

describe('ldn check-claims', () => {
  it('--json on a Markdown file gives the core claims and summary, format from the extension', async () => {
    const file = path.join(ARTICLES, 'clinic-faq.md');
    const r = await ldn(['--json', file]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout) as { claims: unknown[]; summary: { total: number }; notice: string };
    expect(Object.keys(out).sort()).toEqual(['claims', 'notice', 'summary']);
    const expected = asJson(checkArticle(readFileSync(file, 'utf8'), 'markdown', evidence).result) as { claims: unknown[] };
    expect({ claims: out.claims, summary: out.summary }).toEqual(expected);
    expect(out.summary.total).toBe(out.claims.length);
    expect(out.notice).toMatch(/not medical advice/);
  });

  it('--json on an .html file reads it as HTML (offsets into the reduced text)', async () => {
    const file = path.join(ARTICLES, 'news-item.html');
    const r = await ldn(['--json', file]);
    expect(r.code).toBe(0);
    const { text, result } = checkArticle(readFileSync(file, 'utf8'), 'html', evidence);
    const out = JSON.parse(r.stdout) as { claims: { start: number; end: number; text: string }[] };
    expect(out.claims).toEqual((asJson(result) as { claims: unknown[] }).claims);
    for (const c of out.claims) expect(text.slice(c.start, c.end)).toBe(c.text);
    expect(out.claims.some((c) => /<|>/.test(c.text))).toBe(false);
  });

  it.skipIf(seed === undefined)('reads a seed article from stdin with "-" and prints each claim with verdict and explanation', async () => {
    const raw = readFileSync(path.join(SEEDS, seed!), 'utf8');
    const { result } = checkArticle(raw, 'text', evidence);
    const r = await ldn(['-'], raw);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(`stdin: ${result.summary.total} health claims about LDN in ${result.sentenceCount} sentences`);
    const numbered = r.stdout.split('\n').filter((l) => /^\d+\. [✓⚠✗⊘?] [A-Z -]+ — /.test(l));
    expect(numbered).toHaveLength(result.claims.length);
    expect(r.stdout.match(/^ {3}Why: /gm)).toHaveLength(result.claims.length);
    expect(r.stdout).toMatch(/not medical advice/);
  });

  it('readable output names the line of each claim in the file', async () => {
    const file = path.join(tmp, 'short.txt');
    writeFileSync(file, 'LDN and fibromyalgia\n\nSome background.\nLow-dose naltrexone cures fibromyalgia in every patient.\n');
    const r = await ldn([file]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('1. ⊘ CONTRADICTED — benefit, absolute wording (line 4)');
    expect(r.stdout).toContain('   "Low-dose naltrexone cures fibromyalgia in every patient."');
    expect(r.stdout).toMatch(/Why: The better-controlled evidence points the other way\. Fibromyalgia: grade B/);
  });

  it('fails with one line naming the LDN_* code and exit 2: missing file, empty, binary, too long, HTML bomb, bad --format', async () => {
    expectOneErrorLine(await ldn([path.join(tmp, 'missing.txt')]), 'LDN_VALIDATION_FAILED');
    expectOneErrorLine(await ldn(['-'], '   \n'), 'LDN_CHECK_EMPTY_TEXT');
    expectOneErrorLine(await ldn(['-'], Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52])), 'LDN_CHECK_BINARY');
    expectOneErrorLine(await ldn(['-'], 'LDN may help pain. '.repeat(12_600)), 'LDN_CHECK_TOO_LARGE');
    const bomb = path.join(tmp, 'bomb.html');
    writeFileSync(bomb, `${'<div>'.repeat(2000)}LDN cures pain.`);
    expectOneErrorLine(await ldn([bomb]), 'LDN_CHECK_HTML_TOO_COMPLEX');
    expectOneErrorLine(await ldn(['--format', 'docx', '-'], 'LDN helps.'), 'LDN_VALIDATION_FAILED');
  });
});
