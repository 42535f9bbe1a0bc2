/** The therapy commands as a person runs them: `node bin/ldn.mjs ...` in a child process. */
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

function ldn(args: readonly string[], stdin = ''): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['bin/ldn.mjs', ...args], { cwd: ROOT, env: { ...process.env, NO_COLOR: '1' } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString('utf8')));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString('utf8')));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(stdin);
  });
}

/** stderr may carry npm's own warnings; the CLI's error is the line starting "ldn:". */
const errorLine = (r: Run): string | undefined => r.stderr.split('\n').find((l) => l.startsWith('ldn:'));

describe('ldn screen', () => {
  it('--json gives one item per line in the documented shape', async () => {
    const r = await ldn(['screen', 'Percocet 5/325', 'levothyroxine 50 mcg', 'zorblatix', '--json']);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout) as { items: Record<string, unknown>[]; highestAction: string; notice: string };
    expect(out.items).toHaveLength(3);
    for (const item of out.items) {
      expect(Object.keys(item).sort()).toEqual(
        ['action', 'class', 'ingredients', 'input', 'reasons', 'sources', 'status', 'washout'].sort(),
      );
    }
    const [percocet, thyroid, unknown] = out.items as {
      status: string;
      action: string;
      class: string;
      ingredients: { name: string; rxcui: string | null; class: string }[];
      washout: { minDays: number; sources: string[] } | null;
      reasons: string[];
      sources: { id: string; citation: string }[];
    }[];
    expect(percocet).toMatchObject({ status: 'recognized', action: 'block', class: 'opioid_agonist' });
    expect(percocet!.ingredients[0]).toEqual({ name: 'oxycodone', rxcui: '7804', class: 'opioid_agonist' });
    expect(percocet!.washout?.minDays).toBe(7);
    expect(percocet!.sources.find((s) => s.id === 'fda-naltrexone-label')?.citation).toMatch(/naltrexone/i);
    expect(thyroid).toMatchObject({ action: 'info', class: 'thyroid_hormone', washout: null });
    expect(unknown).toMatchObject({ status: 'unrecognized', action: 'caution', ingredients: [] });
    expect(unknown!.reasons.join(' ')).toMatch(/ask a pharmacist/);
    expect(out.highestAction).toBe('block');
    expect(out.notice).toMatch(/not medical advice/);
  });

  it('reads lines from stdin with "-" and prints a readable table without --json', async () => {
    const r = await ldn(['screen', '-'], 'tramadol\n\nibuprofen\n');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^LINE\s+ACTION\s+CLASS\s+INPUT/);
    expect(r.stdout).toMatch(/\n1\s+BLOCK\s+opioid agonist\s+tramadol/);
    expect(r.stdout).toMatch(/\n3\s+OK\s+-\s+ibuprofen/);
    expect(r.stdout).toMatch(/not medical advice/);
  });

  it('refuses an empty list with one line, the code and exit 2', async () => {
    const r = await ldn(['screen'], '\n\n');
    expect(r.code).toBe(2);
    expect(errorLine(r)).toBe('ldn: lines: nothing to screen; give one medicine or situation per line. (lines) [LDN_VALIDATION_FAILED]');
    expect(r.stdout).toBe('');
  });
});

describe('ldn plan', () => {
  it('--json gives protocol, dated steps with mg and mL, advice with sources, and warnings', async () => {
    const r = await ldn(['plan', '--protocol', 'start-low', '--from', '2026-03-02', '--liquid-mg-per-ml', '1', '--json']);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout) as {
      protocol: { id: string };
      steps: unknown[];
      advice: { kind: string; sources: string[] }[];
      warnings: string[];
    };
    expect(Object.keys(out)).toEqual(['protocol', 'steps', 'advice', 'warnings']);
    expect(out.protocol.id).toBe('start-low');
    expect(out.steps).toEqual([
      { from: '2026-03-02', to: '2026-03-15', doseMg: 1.5, doseMl: 1.5 },
      { from: '2026-03-16', to: '2026-03-29', doseMg: 3, doseMl: 3 },
      { from: '2026-03-30', to: '2026-04-26', doseMg: 4.5, doseMl: 4.5 },
    ]);
    expect(out.advice.some((a) => a.kind === 'timing')).toBe(true);
    expect(out.advice.some((a) => a.kind === 'side-effect')).toBe(true);
    for (const a of out.advice) expect(a.sources.length).toBeGreaterThan(0);
    expect(out.warnings[0]).toMatch(/off-label/);
  });

  it('builds a custom plan and prints it as iCalendar', async () => {
    const r = await ldn([
      'plan',
      '--protocol',
      'custom',
      '--start',
      '0.5',
      '--step',
      '0.5',
      '--every',
      '7',
      '--target',
      '1.5',
      '--from',
      '2026-03-02',
      '--ics',
    ]);
    expect(r.code).toBe(0);
    const events = new ICAL.Component(ICAL.parse(r.stdout)).getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
    expect(events.map((e) => [e.startDate.toString(), e.summary])).toEqual([
      ['2026-03-02', 'LDN 0.5 mg daily (step 1 of 3)'],
      ['2026-03-09', 'LDN 1 mg daily (step 2 of 3)'],
      ['2026-03-16', 'LDN 1.5 mg daily (step 3 of 3)'],
    ]);
  });

  it('prints CSV with --csv', async () => {
    const r = await ldn(['plan', '--protocol', 'slow', '--from', '2026-03-02', '--days', '3', '--csv']);
    expect(r.code).toBe(0);
    expect(r.stdout.split('\r\n').slice(0, 2)).toEqual(['date,day,step,dose_mg,dose_ml,form,note', '2026-03-02,1,1,0.5,,mg,']);
  });

  it.each([
    [['--protocol', 'custom', '--start', '0.5', '--step', '0', '--every', '7', '--target', '3'], 'LDN_PLAN_STEP_ZERO', '--step'],
    [
      ['--protocol', 'custom', '--start', '0.5', '--step', '0.5', '--every', '7', '--target', '6', '--max', '4.5'],
      'LDN_PLAN_TARGET_ABOVE_MAX',
      '--target',
    ],
    [['--protocol', 'custom', '--start', '-1', '--step', '0.5', '--every', '7', '--target', '3'], 'LDN_DOSE_OUT_OF_RANGE', '--start'],
    [['--protocol', 'custom', '--start', '0.5', '--step', '0.5', '--every', 'weekly', '--target', '3'], 'LDN_VALIDATION_FAILED', '--every'],
    [['--protocol', 'start-low', '--start', '1'], 'LDN_VALIDATION_FAILED', '--start'],
    [['--protocol', 'fast'], 'LDN_NOT_FOUND', '--protocol'],
  ])('refuses %j with %s naming %s, exit 2', async (args, code, flag) => {
    const r = await ldn(['plan', ...args, '--from', '2026-03-02', '--json']);
    expect(r.code).toBe(2);
    expect(errorLine(r)).toMatch(new RegExp(`^ldn: .*\\(${flag.replace(/-/g, '\\-')}\\) \\[${code}\\]$`));
    expect(r.stdout).toBe('');
  });

  it('refuses an impossible date', async () => {
    const r = await ldn(['plan', '--protocol', 'start-low', '--from', '2026-02-30']);
    expect(r.code).toBe(2);
    expect(errorLine(r)).toMatch(/\(--from\) \[LDN_DATE_INVALID\]$/);
  });

  it('has --help, and a missing required option is a usage error (exit 2)', async () => {
    const help = await ldn(['plan', '--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('--liquid-mg-per-ml <x>');
    expect(help.stdout).toContain('off-label');
    const missing = await ldn(['plan', '--from', '2026-03-02']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain("required option '--protocol <id>' not specified");
  });
});

describe('ldn compound', () => {
  it('liquid --json: 50 mg in 50 mL is 1 mg/mL, 4.5 mL a dose, 3 tablets for 30 days', async () => {
    const r = await ldn(['compound', 'liquid', '--tablet-mg', '50', '--water-ml', '50', '--dose-mg', '4.5', '--days', '30', '--json']);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout) as {
      concentrationMgPerMl: string;
      perDose: { ml: number };
      supply: { tablets: number };
      storage: { sources: { id: string }[] };
      notice: string;
    };
    expect(out.concentrationMgPerMl).toBe('1');
    expect(out.perDose.ml).toBe(4.5);
    expect(out.supply.tablets).toBe(3);
    expect(out.storage.sources.map((s) => s.id)).toContain('usp-795');
    expect(out.notice).toMatch(/not medical advice/);
  });

  it('capsule --json counts capsules; a dose that is not a whole number of capsules is refused', async () => {
    const ok = await ldn(['compound', 'capsule', '--dose-mg', '4.5', '--capsule-mg', '1.5', '--days', '30', '--json']);
    expect(ok.code).toBe(0);
    expect(JSON.parse(ok.stdout)).toMatchObject({ capsulesPerDose: 3, count: 90 });
    const bad = await ldn(['compound', 'capsule', '--dose-mg', '4.5', '--capsule-mg', '2']);
    expect(bad.code).toBe(2);
    expect(errorLine(bad)).toBe('ldn: --capsule-mg: 4.5 mg is not a whole number of 2 mg capsules. (--capsule-mg) [LDN_VALIDATION_FAILED]');
  });

  it('refuses a negative tablet strength naming the flag', async () => {
    const r = await ldn(['compound', 'liquid', '--tablet-mg', '-50', '--water-ml', '50', '--dose-mg', '4.5']);
    expect(r.code).toBe(2);
    expect(errorLine(r)).toMatch(/^ldn: --tablet-mg .*\(--tablet-mg\) \[LDN_VALIDATION_FAILED\]$/);
  });
});
