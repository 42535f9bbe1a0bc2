import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PNG } from 'pngjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestApp, type TestApp } from '../test-app.js';
import { signUp, type Person } from '../test-client.js';

/**
 * A trial from design to report through the HTTP API, on the real app and a
 * migrated database (PGlite, or PostgreSQL with TEST_DATABASE_URL). The clock is
 * frozen at 2026-03-01; the trial runs 3 pairs of 7-day periods from 2026-03-02.
 */
let t: TestApp;
let pat: Person;
let other: Person;
let trialId = '';
let arms: Record<number, 'A' | 'B'> = {};

const DESIGN = {
  comparison: { kind: 'placebo' },
  pairs: 3,
  periodDays: 7,
  washoutDays: 2,
  start: '2026-03-02',
  primaryOutcome: 'pain',
  mcid: 1,
};
const SEALED_SHAPES = [/"arm"/, /"seed"/, /P\d+-[0-9A-Z]{3}/, /pharmacistCode/];

function day(offset: number): string {
  return new Date(Date.UTC(2026, 2, 2 + offset)).toISOString().slice(0, 10);
}

async function body<T>(res: Response, status: number): Promise<T> {
  const text = await res.text();
  expect(res.status, text).toBe(status);
  return JSON.parse(text) as T;
}

beforeAll(async () => {
  t = await openTestApp();
  pat = await signUp(t.app, 'pat@example.org');
  other = await signUp(t.app, 'other@example.org');
});
afterAll(() => t.dispose());

describe('trial design through the API', () => {
  it('refuses designs that cannot answer the question, naming the field and the LDN_TRIAL_* code', async () => {
    const cases: Array<[Record<string, unknown>, number, string, string]> = [
      [{ pairs: 2 }, 422, 'LDN_TRIAL_TOO_FEW_PAIRS', 'pairs'],
      [{ washoutDays: 7 }, 422, 'LDN_TRIAL_TOO_SHORT', 'washoutDays'],
      [{ periodDays: 4, washoutDays: 2 }, 422, 'LDN_TRIAL_TOO_SHORT', 'periodDays'],
      [{ seed: 'abc' }, 400, 'LDN_TRIAL_BAD_SEED', 'seed'],
      [{ seed: -1 }, 400, 'LDN_TRIAL_BAD_SEED', 'seed'],
      [{ primaryOutcome: 'happiness' }, 400, 'LDN_VALIDATION_FAILED', 'primaryOutcome'],
      [{ mcid: 0 }, 400, 'LDN_VALIDATION_FAILED', 'mcid'],
      [{ start: '2026-02-30' }, 400, 'LDN_DATE_INVALID', 'start'],
      [{ comparison: { kind: 'doses', aMg: 4.5, bMg: 4.5 } }, 400, 'LDN_VALIDATION_FAILED', 'comparison.bMg'],
    ];
    for (const [change, status, code, field] of cases) {
      const p = await body<{ code: string; field: string; detail: string }>(
        await pat.request('POST', '/api/trials', { ...DESIGN, ...change }),
        status,
      );
      expect({ code: p.code, field: p.field }, JSON.stringify(change)).toEqual({ code, field });
      expect(p.detail.length).toBeGreaterThan(20);
    }
    const list = await body<{ trials: unknown[] }>(await pat.request('GET', '/api/trials'), 200);
    expect(list.trials).toEqual([]);
  });

  it('needs a session', async () => {
    const res = await t.app.request('/api/trials');
    expect(res.status).toBe(401);
  });

  it('creates a trial whose blinded view has period numbers and dates only', async () => {
    const res = await pat.request('POST', '/api/trials', DESIGN);
    const text = await res.text();
    expect(res.status, text).toBe(201);
    for (const sealed of SEALED_SHAPES) expect(text).not.toMatch(sealed);
    const created = JSON.parse(text) as {
      trial: { id: string; status: string; end: string; higherIsBetter: boolean; schedule: Array<Record<string, unknown>> };
      warnings: Array<{ code: string }>;
    };
    trialId = created.trial.id;
    expect(created.trial.status).toBe('sealed');
    expect(created.trial.end).toBe('2026-04-12');
    expect(created.trial.higherIsBetter).toBe(false);
    expect(created.trial.schedule).toHaveLength(6);
    expect(Object.keys(created.trial.schedule[0] ?? {}).sort()).toEqual(['analysisStart', 'end', 'period', 'start', 'washoutEnd']);
    expect(created.warnings.map((w) => w.code)).toContain('cannot_reach_significance');

    for (const path of ['/api/trials', `/api/trials/${trialId}`, `/api/trials/${trialId}/status`]) {
      const r = await pat.request('GET', path);
      const blinded = await r.text();
      expect(r.status, path).toBe(200);
      for (const sealed of SEALED_SHAPES) expect(blinded, path).not.toMatch(sealed);
    }
  });

  it('gives the pharmacist sheet only on confirmation, and logs each release', async () => {
    const refused = await body<{ code: string; field: string }>(
      await pat.request('POST', `/api/trials/${trialId}/pharmacist-sheet`, {}),
      400,
    );
    expect(refused.code).toBe('LDN_VALIDATION_FAILED');
    const sheet = await body<{ periods: Array<{ period: number; arm: 'A' | 'B'; code: string; armLabel: string }>; releases: number }>(
      await pat.request('POST', `/api/trials/${trialId}/pharmacist-sheet`, { handingToPharmacist: true }),
      200,
    );
    expect(sheet.releases).toBe(1);
    expect(sheet.periods).toHaveLength(6);
    for (const p of sheet.periods) expect(p.code).toMatch(new RegExp(`^P${p.period}-[0-9A-Z]{3}$`));
    arms = Object.fromEntries(sheet.periods.map((p) => [p.period, p.arm]));
    for (let pair = 1; pair <= 3; pair++) expect(new Set([arms[2 * pair - 1], arms[2 * pair]])).toEqual(new Set(['A', 'B']));
  });
});

describe('a running trial', () => {
  it('places journal days into periods by date and counts too-unwell and missing days', async () => {
    // Pain 3-4 on A (LDN) and 5-6 on placebo; day 10 (period 2) too unwell; day 20 (period 3) not logged.
    for (let i = 0; i < 42; i++) {
      if (i === 20) continue;
      const period = Math.floor(i / 7) + 1;
      const entry =
        i === 10
          ? { day: day(i), status: 'too_unwell' }
          : { day: day(i), scores: { pain: (arms[period] === 'A' ? 3 : 5) + (i % 2), mood: 5 } };
      const r = await pat.request('POST', '/api/journal/entries', entry);
      expect(r.status).toBe(201);
    }
    const status = await body<{
      phase: string;
      currentPeriod: number | null;
      periods: Array<{ period: number; logged: number; tooUnwell: number; missing: number; elapsedAnalysableDays: number; state: string }>;
      totals: { logged: number; tooUnwell: number; missing: number };
      warnings: Array<{ code: string }>;
      sheetReleases: number;
    }>(await pat.request('GET', `/api/trials/${trialId}/status?today=2026-03-25`), 200);
    expect(status.phase).toBe('running');
    expect(status.currentPeriod).toBe(4);
    expect(status.periods[1]).toMatchObject({ period: 2, logged: 4, tooUnwell: 1, missing: 0, state: 'done' });
    expect(status.periods[2]).toMatchObject({ period: 3, logged: 4, tooUnwell: 0, missing: 1 });
    // Period 4 runs 2026-03-23..29; analysable from the 25th: one day so far.
    expect(status.periods[3]).toMatchObject({ elapsedAnalysableDays: 1, logged: 1, state: 'current' });
    expect(status.totals).toMatchObject({ tooUnwell: 1, missing: 1 });
    expect(status.warnings.map((w) => w.code)).toContain('too_unwell_days');
    expect(status.sheetReleases).toBe(1);
  });

  it('refuses analysis and report while sealed', async () => {
    for (const p of ['analysis', 'report.html', 'report.pdf']) {
      const problem = await body<{ code: string }>(await pat.request('GET', `/api/trials/${trialId}/${p}`), 409);
      expect(problem.code).toBe('LDN_TRIAL_SEALED');
    }
  });

  it('requires a reason to unblind, then logs who, why and when', async () => {
    const noReason = await body<{ code: string; field: string }>(
      await pat.request('POST', `/api/trials/${trialId}/unblind`, { who: 'patient', kind: 'end', reason: '   ' }),
      400,
    );
    expect(noReason).toMatchObject({ code: 'LDN_VALIDATION_FAILED', field: 'reason' });
    const done = await body<{ trial: { status: string }; unblindings: Array<Record<string, string>> }>(
      await pat.request('POST', `/api/trials/${trialId}/unblind`, { who: 'clinician', kind: 'end', reason: 'Trial finished as planned.' }),
      200,
    );
    expect(done.trial.status).toBe('unblinded');
    expect(done.unblindings).toEqual([
      { who: 'clinician', kind: 'end', reason: 'Trial finished as planned.', at: '2026-03-01T09:00:00.000Z' },
    ]);
    await expect(t.db.query('UPDATE trial_unblindings SET reason = $1', ['rewritten'])).rejects.toThrow(/append-only/);
  });

  it('analyses the journal by period after unblinding', async () => {
    const a = await body<{
      meanDifference: number;
      ci95: [number, number];
      randomizationP: number;
      pairsAnalysed: number;
      periods: Array<{ period: number; arm: string; tooUnwell: number }>;
      headline: string;
      clearDifference: boolean;
      warnings: Array<{ code: string }>;
    }>(await pat.request('GET', `/api/trials/${trialId}/analysis`), 200);
    expect(a.pairsAnalysed).toBe(3);
    expect(a.meanDifference).toBeLessThan(-1);
    expect(a.periods.map((p) => p.arm)).toEqual([1, 2, 3, 4, 5, 6].map((p) => arms[p]));
    expect(a.periods[1]?.tooUnwell).toBe(1);
    // Three pairs can never give p < 0.05 (smallest p 0.25), so the result is not called clear.
    expect(a.randomizationP).toBeCloseTo(0.25, 10);
    expect(a.clearDifference).toBe(false);
    expect(a.headline).toMatch(/^No clear difference between LDN and placebo on Pain/);
    expect(a.warnings.map((w) => w.code)).toEqual(expect.arrayContaining(['too_unwell_days', 'cannot_reach_significance']));
  });

  it('renders the report as HTML with an inline SVG chart and the off-label notice', async () => {
    const res = await pat.request('GET', `/api/trials/${trialId}/report.html`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/text\/html/);
    const html = await res.text();
    expect(html).toContain('<svg');
    expect((html.match(/<rect /g) ?? []).length).toBe(6);
    expect(html).toContain('No clear difference between LDN and placebo on Pain');
    expect(html).toContain('off-label');
    expect(html).toContain('not medical advice');
    expect(html).toContain('Unblinded (end) by the clinician on 2026-03-01: Trial finished as planned.');
    expect(html).toContain('The pharmacist sheet was released 1 time(s) while the trial was sealed.');
  });

  it('renders the same report as a PDF that pdftoppm draws as a non-blank page', async () => {
    const res = await pat.request('GET', `/api/trials/${trialId}/report.pdf`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/pdf');
    const pdf = Buffer.from(await res.arrayBuffer());
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const dir = mkdtempSync(path.join(tmpdir(), 'ldn-trial-pdf-'));
    try {
      const file = path.join(dir, 'report.pdf');
      writeFileSync(file, pdf);
      const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
      expect(text).toContain('No clear difference between LDN and placebo on Pain');
      expect(text).toContain('off-label');
      expect(text).toContain('not medical advice');
      execFileSync('pdftoppm', ['-png', '-r', '50', '-f', '1', '-l', '1', '-singlefile', file, path.join(dir, 'page')]);
      const png = PNG.sync.read(readFileSync(path.join(dir, 'page.png')));
      // A4 at 50 dpi is about 413 x 585 px.
      expect(png.width).toBeGreaterThan(400);
      expect(png.height).toBeGreaterThan(570);
      let ink = 0;
      let blue = 0;
      for (let i = 0; i < png.data.length; i += 4) {
        const [r, g, b] = [png.data[i] ?? 255, png.data[i + 1] ?? 255, png.data[i + 2] ?? 255];
        if (r < 200 || g < 200 || b < 200) ink++;
        if (b > 120 && r < 80) blue++; // the A bars of the chart
      }
      expect(ink / (png.width * png.height)).toBeGreaterThan(0.02);
      expect(blue).toBeGreaterThan(50);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe("another person's trial", () => {
  it('is a 404 on every trial endpoint, and their list is empty', async () => {
    const calls: Array<[string, string, unknown?]> = [
      ['GET', `/api/trials/${trialId}`],
      ['GET', `/api/trials/${trialId}/status`],
      ['GET', `/api/trials/${trialId}/analysis`],
      ['GET', `/api/trials/${trialId}/report.html`],
      ['GET', `/api/trials/${trialId}/report.pdf`],
      ['POST', `/api/trials/${trialId}/pharmacist-sheet`, { handingToPharmacist: true }],
      ['POST', `/api/trials/${trialId}/unblind`, { who: 'patient', kind: 'emergency', reason: 'not mine' }],
    ];
    for (const [method, url, payload] of calls) {
      const p = await body<{ code: string }>(await other.request(method, url, payload), 404);
      expect(p.code, `${method} ${url}`).toBe('LDN_NOT_FOUND');
    }
    expect((await body<{ trials: unknown[] }>(await other.request('GET', '/api/trials'), 200)).trials).toEqual([]);
    const { rows } = await t.db.query<{ n: number }>('SELECT count(*)::int AS n FROM trial_unblindings WHERE trial_id = $1', [trialId]);
    expect(rows[0]?.n).toBe(1);
  });

  it('goes with the account: deleting the owner removes the trial and its logs', async () => {
    await t.db.query('DELETE FROM users WHERE id = $1', [pat.id]);
    for (const table of ['trials', 'trial_allocations', 'trial_unblindings', 'trial_sheet_releases']) {
      const { rows } = await t.db.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${table}`);
      expect(rows[0]?.n, table).toBe(0);
    }
  });
});

describe('POST /api/trials/analyze', () => {
  const csv = readFileSync(new URL('../../core/trials/__vectors__/three_pairs.csv', import.meta.url), 'utf8');

  it('analyses CSV text without storing anything', async () => {
    const someone = await signUp(t.app, 'csv@example.org');
    const a = await body<{ pairsAnalysed: number; ci95: number[]; headline: string }>(
      await someone.request('POST', '/api/trials/analyze', { csv, mcid: 1, washoutDays: 3 }),
      200,
    );
    expect(a.pairsAnalysed).toBe(3);
    expect(a.ci95).toHaveLength(2);
    expect(a.headline.length).toBeGreaterThan(20);
    const bad = await body<{ code: string; field: string }>(
      await someone.request('POST', '/api/trials/analyze', { csv: 'date,period,arm,outcome\n2026-01-01,1,,5\n', mcid: 1 }),
      422,
    );
    expect(bad).toMatchObject({ code: 'LDN_TRIAL_MISSING_ARM', field: 'line 2 arm' });
  });
});
