/** `ldn trial` as a person runs it: `node bin/ldn.mjs trial ...` in a child process, on the fixture CSVs. */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const VECTORS = 'src/core/trials/__vectors__';
const expected = JSON.parse(readFileSync(path.join(ROOT, VECTORS, 'expected.json'), 'utf8')) as Record<
  string,
  { meanDifference: number; ci95: [number, number]; randomizationP: number; posteriorProbAboveMcid: number }
>;
const tmp = mkdtempSync(path.join(tmpdir(), 'ldn-trial-cli-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

function ldn(args: readonly string[]): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['bin/ldn.mjs', 'trial', ...args], { cwd: ROOT, env: { ...process.env, NO_COLOR: '1' } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString('utf8')));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString('utf8')));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

const errorLines = (r: Run): string[] => r.stderr.split('\n').filter((l) => l.startsWith('ldn:'));

function csvFile(name: string, lines: readonly string[]): string {
  const file = path.join(tmp, name);
  writeFileSync(file, ['date,period,arm,outcome', ...lines].join('\n') + '\n');
  return file;
}

/** Three pairs of 4-day periods, arms from `order`, with the given outcome per period. */
function trialLines(order: string, values: readonly (number | null)[]): string[] {
  const lines: string[] = [];
  for (let p = 1; p <= order.length; p++) {
    const v = values[p - 1];
    if (v === null) continue;
    for (let d = 0; d < 4; d++) {
      const day = new Date(Date.UTC(2026, 0, 1 + (p - 1) * 4 + d)).toISOString().slice(0, 10);
      lines.push(`${day},${p},${order[p - 1]},${(v ?? 0) + (d % 2)}`);
    }
  }
  return lines;
}

describe('ldn trial analyze', () => {
  it('--json reproduces the reference answers (NumPy/SciPy) for the fixtures', async () => {
    const cases = JSON.parse(readFileSync(path.join(ROOT, VECTORS, 'cases.json'), 'utf8')) as Array<{
      name: string;
      mcid: number;
      higherIsBetter: boolean;
      washoutDays: number;
      prior?: unknown;
    }>;
    for (const c of cases.filter((x) => ['three_pairs', 'ten_pairs', 'null_effect', 'missing_days'].includes(x.name))) {
      const r = await ldn([
        'analyze',
        `${VECTORS}/${c.name}.csv`,
        '--mcid',
        String(c.mcid),
        '--washout-days',
        String(c.washoutDays),
        ...(c.higherIsBetter ? ['--higher-is-better'] : []),
        '--json',
      ]);
      expect(r.code, r.stderr).toBe(0);
      expect(r.stdout).not.toMatch(/NaN/);
      const out = JSON.parse(r.stdout) as Record<string, unknown> & {
        meanDifference: number;
        ci95: [number, number];
        randomizationP: number;
        posteriorProbAboveMcid: number;
        periods: unknown[];
        warnings: unknown[];
        notice: string;
      };
      const want = expected[c.name];
      if (!want) throw new Error(`no expected answer for ${c.name}`);
      expect(out.meanDifference, c.name).toBeCloseTo(want.meanDifference, 6);
      expect(out.ci95[0]).toBeCloseTo(want.ci95[0], 6);
      expect(out.ci95[1]).toBeCloseTo(want.ci95[1], 6);
      expect(out.randomizationP).toBeCloseTo(want.randomizationP, 6);
      expect(out.posteriorProbAboveMcid).toBeCloseTo(want.posteriorProbAboveMcid, 6);
      expect(Array.isArray(out.periods) && Array.isArray(out.warnings)).toBe(true);
      expect(out.notice).toMatch(/off-label/);
    }
  });

  it('prints the plain-language result without --json', async () => {
    const r = await ldn(['analyze', `${VECTORS}/null_effect.csv`, '--washout-days', '1']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^No clear difference between A and B/);
    expect(r.stdout).not.toMatch(/NaN/);
  });

  it('constant data: no spread is reported as such, never as NaN', async () => {
    const r = await ldn(['analyze', `${VECTORS}/constant.csv`, '--json']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).not.toMatch(/NaN|null,\s*null/);
    expect((JSON.parse(r.stdout) as { warnings: Array<{ code: string }> }).warnings.map((w) => w.code)).toContain('no_spread');
  });

  it.each([
    ['an arm missing from every row', csvFile('one-arm.csv', trialLines('AAAAAA', [5, 6, 5, 6, 5, 6])), 'LDN_TRIAL_MISSING_ARM'],
    ['a blank arm cell', csvFile('blank-arm.csv', ['2026-01-01,1,,5', '2026-01-02,1,A,5']), 'LDN_TRIAL_MISSING_ARM'],
    ['periods with no data', csvFile('empty.csv', trialLines('ABBAAB', [5, null, 6, null, 5, 6])), 'LDN_TRIAL_EMPTY_PERIOD'],
    [
      'a date in two periods',
      csvFile('overlap.csv', [...trialLines('ABBAAB', [5, 6, 5, 6, 5, 6]), '2026-01-01,2,B,7']),
      'LDN_TRIAL_OVERLAP',
    ],
    ['a file that does not exist', path.join(tmp, 'nope.csv'), 'LDN_VALIDATION_FAILED'],
  ])('refuses %s with one line, the code and exit 2', async (_what, file, code) => {
    const r = await ldn(['analyze', file, '--json']);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    const lines = errorLines(r);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain(`[${code}]`);
    expect(r.stderr).not.toMatch(/NaN|\n\s+at /);
  });

  it('refuses a non-numeric --mcid by name', async () => {
    const r = await ldn(['analyze', `${VECTORS}/three_pairs.csv`, '--mcid', 'abc']);
    expect(r.code).toBe(2);
    expect(errorLines(r)[0]).toMatch(/--mcid.*\[LDN_VALIDATION_FAILED\]/);
  });
});

describe('ldn trial design', () => {
  const base = ['design', '--pairs', '6', '--period-days', '14', '--washout-days', '3', '--start', '2026-03-02'];

  it('--json: the same seed gives the same allocation, with codes and a blinded schedule', async () => {
    const [a, b] = await Promise.all([ldn([...base, '--seed', '42', '--json']), ldn([...base, '--seed', '42', '--json'])]);
    expect(a.code, a.stderr).toBe(0);
    expect(a.stdout).toBe(b.stdout);
    const d = JSON.parse(a.stdout) as {
      seed: number;
      end: string;
      periods: Array<{ arm: string; pharmacistCode: string }>;
      patientSchedule: Array<Record<string, unknown>>;
      warnings: unknown[];
    };
    expect(d.seed).toBe(42);
    expect(d.end).toBe('2026-08-16'); // 12 periods x 14 days from 2026-03-02
    expect(d.periods).toHaveLength(12);
    for (const p of d.periods) expect(p.pharmacistCode).toMatch(/^P\d+-[0-9A-Z]{3}$/);
    for (const p of d.patientSchedule) expect(Object.keys(p)).not.toContain('arm');
    expect(d.warnings).toEqual([]);
  });

  it('compares two doses', async () => {
    const r = await ldn([...base, '--seed', '7', '--compare', 'doses', '--a-mg', '4.5', '--b-mg', '1.5', '--json']);
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({
      comparison: { kind: 'doses', aMg: 4.5, bMg: 1.5 },
      armLabels: { A: 'LDN 4.5 mg', B: 'LDN 1.5 mg' },
    });
  });

  it.each([
    [['--seed', 'abc'], 'LDN_TRIAL_BAD_SEED', '--seed'],
    [['--seed', '-3'], 'LDN_TRIAL_BAD_SEED', '--seed'],
    [['--seed', '1', '--pairs', '2'], 'LDN_TRIAL_TOO_FEW_PAIRS', '--pairs'],
    [['--seed', '1', '--washout-days', '14'], 'LDN_TRIAL_TOO_SHORT', '--washout-days'],
    [['--seed', '1', '--start', '2026-02-30'], 'LDN_DATE_INVALID', '--start'],
  ])('refuses %j with %s naming %s, exit 2', async (extra, code, flag) => {
    // Later flags win in commander, so the extra values replace the base ones.
    const r = await ldn([...base, ...extra]);
    expect(r.code).toBe(2);
    const lines = errorLines(r);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain(`(${flag}) [${code}]`);
    expect(lines[0]).not.toMatch(/NaN/);
  });
});
