import ICAL from 'ical.js';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestApp, type TestApp } from '../test-app.js';

let t: TestApp;
beforeAll(async () => {
  t = await openTestApp();
});
afterAll(() => t.dispose());

function post(path: string, body: unknown, contentType = 'application/json'): Promise<Response> {
  return Promise.resolve(
    t.app.request(path, {
      method: 'POST',
      headers: { 'content-type': contentType },
      body: typeof body === 'string' ? body : JSON.stringify(body),
    }),
  );
}

interface Problem {
  code: string;
  field?: string;
  detail: string;
}
async function problem(res: Response): Promise<Problem & { status: number }> {
  expect(res.headers.get('content-type')).toMatch(/^application\/problem\+json/);
  return { status: res.status, ...((await res.json()) as Problem) };
}

const startLow = { protocolId: 'start-low', startDate: '2026-03-02' };
const custom = (over: Record<string, unknown>): unknown => ({
  protocolId: 'custom',
  startDate: '2026-03-02',
  custom: { startMg: 0.5, stepMg: 0.5, intervalDays: 7, targetMg: 4.5, maxMg: 4.5, ...over },
});

describe('POST /api/therapy/screen', () => {
  it('blocks an opioid combination and cites its sources; unrecognised lines say to ask a pharmacist', async () => {
    const res = await post('/api/therapy/screen', { lines: ['Percocet 5/325', '', 'levothyroxine 50 mcg', 'zorblatix'] });
    expect(res.status).toBe(200);
    const body = (await res.json()) as {
      results: { line: number; status: string; action: string; class: string; reasons: string[]; sources: { id: string }[] }[];
      highestAction: string;
      summary: Record<string, number>;
      notice: string;
    };
    expect(body.results.map((r) => [r.line, r.status, r.action])).toEqual([
      [1, 'recognized', 'block'],
      [3, 'recognized', 'info'],
      [4, 'unrecognized', 'caution'],
    ]);
    expect(body.results[0]!.class).toBe('opioid_agonist');
    expect(body.results[0]!.sources.map((s) => s.id)).toContain('fda-naltrexone-label');
    expect(body.results[2]!.reasons.join(' ')).toMatch(/ask a pharmacist/);
    expect(body.highestAction).toBe('block');
    expect(body.summary).toMatchObject({ block: 1, info: 1, caution: 1, unrecognized: 1 });
    expect(body.notice).toMatch(/not medical advice/);
  });

  it('accepts {text} split on any line break', async () => {
    const res = await post('/api/therapy/screen', { text: 'tramadol\r\nibuprofen\rsurgery next week' });
    const body = (await res.json()) as { results: { input: string }[] };
    expect(body.results.map((r) => r.input)).toEqual(['tramadol', 'ibuprofen', 'surgery next week']);
  });

  it('names the field when both or neither of lines and text are given, and when lines is not a list of strings', async () => {
    expect(await problem(await post('/api/therapy/screen', { lines: ['a'], text: 'b' }))).toMatchObject({
      status: 400,
      code: 'LDN_VALIDATION_FAILED',
      field: 'lines',
    });
    expect(await problem(await post('/api/therapy/screen', {}))).toMatchObject({ status: 400, field: 'lines' });
    expect(await problem(await post('/api/therapy/screen', { lines: [1, 2] }))).toMatchObject({ status: 400, field: 'lines.0' });
  });

  it('answers a malformed JSON body with LDN_VALIDATION_FAILED, not a server error', async () => {
    expect(await problem(await post('/api/therapy/screen', '{"lines": ['))).toMatchObject({ status: 400, code: 'LDN_VALIDATION_FAILED' });
  });

  it('reads 10,000 lines and refuses 10,001 with LDN_SCREEN_TOO_MANY_LINES (413)', async () => {
    const names = ['ibuprofen', 'tramadol', 'vitamin d', 'unknownium', 'levothyroxine'];
    const lines = Array.from({ length: 10_000 }, (_, i) => names[i % names.length]!);
    expect(JSON.stringify({ lines }).length).toBeLessThan(1024 * 1024);
    const ok = await post('/api/therapy/screen', { lines });
    expect(ok.status).toBe(200);
    expect(((await ok.json()) as { results: unknown[] }).results).toHaveLength(10_000);

    const tooMany = await problem(await post('/api/therapy/screen', { text: [...lines, 'aspirin'].join('\n') }));
    expect(tooMany).toMatchObject({ status: 413, code: 'LDN_SCREEN_TOO_MANY_LINES', field: 'lines' });
    expect(tooMany.detail).toMatch(/at most 10000 non-empty lines/);
  });
});

describe('GET /api/therapy/protocols', () => {
  it('lists every protocol with its sources and says which can be scheduled', async () => {
    const res = await t.app.request('/api/therapy/protocols');
    const body = (await res.json()) as {
      protocols: { id: string; schedulable: boolean; startMg?: number; sources: { id: string; citation: string }[] }[];
    };
    const byId = new Map(body.protocols.map((p) => [p.id, p]));
    expect([...byId.keys()].sort()).toEqual(['custom', 'final-6mg', 'slow', 'start-low', 'ultra-low', 'very-low']);
    expect(byId.get('start-low')).toMatchObject({ schedulable: true, startMg: 1.5 });
    expect(byId.get('ultra-low')?.schedulable).toBe(false);
    for (const p of body.protocols) expect(p.sources.length).toBeGreaterThan(0);
  });
});

describe('POST /api/therapy/plan', () => {
  it('builds a dated schedule in mg and mL, with advice and sources', async () => {
    const res = await post('/api/therapy/plan', { ...startLow, form: { kind: 'liquid', concentrationMgPerMl: 1 } });
    expect(res.status).toBe(200);
    const plan = (await res.json()) as {
      steps: { from: string; to: string; doseMg: number; doseMl: number; doseMcg?: number }[];
      parameters: Record<string, number>;
      days: unknown[];
      timing: { sources: unknown[] }[];
      sideEffectRules: unknown[];
      notices: string[];
    };
    expect(plan.steps.map((s) => [s.from, s.to, s.doseMg, s.doseMl])).toEqual([
      ['2026-03-02', '2026-03-15', 1.5, 1.5],
      ['2026-03-16', '2026-03-29', 3, 3],
      ['2026-03-30', '2026-04-26', 4.5, 4.5],
    ]);
    // The API speaks mg; micrograms stay inside.
    expect(plan.steps[0]!.doseMcg).toBeUndefined();
    expect(plan.parameters).toEqual({ startMg: 1.5, stepMg: 1.5, intervalDays: 14, targetMg: 4.5, maxMg: 4.5 });
    expect(plan.days).toHaveLength(56);
    expect(plan.timing[0]!.sources.length).toBeGreaterThan(0);
    expect(plan.sideEffectRules.length).toBeGreaterThan(0);
    expect(plan.notices[0]).toMatch(/off-label/);
  });

  it.each([
    ['a negative dose', custom({ startMg: -1 }), 'LDN_DOSE_OUT_OF_RANGE', 'custom.startMg'],
    ['an absurd dose', custom({ targetMg: 500, maxMg: 500 }), 'LDN_DOSE_OUT_OF_RANGE', 'custom.targetMg'],
    ['a target above the maximum', custom({ targetMg: 4.5, maxMg: 3 }), 'LDN_PLAN_TARGET_ABOVE_MAX', 'custom.targetMg'],
    ['a step of zero', custom({ stepMg: 0 }), 'LDN_PLAN_STEP_ZERO', 'custom.stepMg'],
    ['zero days between steps', custom({ intervalDays: 0 }), 'LDN_VALIDATION_FAILED', 'custom.intervalDays'],
    ['an impossible date', { ...startLow, startDate: '2026-02-30' }, 'LDN_DATE_INVALID', 'startDate'],
    ['a date in the wrong form', { ...startLow, startDate: '02/03/2026' }, 'LDN_DATE_INVALID', 'startDate'],
    ['an unknown protocol', { ...startLow, protocolId: 'fast' }, 'LDN_NOT_FOUND', 'protocolId'],
    ['a reference-only protocol', { ...startLow, protocolId: 'ultra-low' }, 'LDN_VALIDATION_FAILED', 'protocolId'],
    ['a custom plan without numbers', { protocolId: 'custom', startDate: '2026-03-02' }, 'LDN_VALIDATION_FAILED', 'custom'],
    ['an unknown form', { ...startLow, form: { kind: 'patch' } }, 'LDN_VALIDATION_FAILED', 'form.kind'],
    [
      'a zero concentration',
      { ...startLow, form: { kind: 'liquid', concentrationMgPerMl: 0 } },
      'LDN_VALIDATION_FAILED',
      'form.concentrationMgPerMl',
    ],
    ['a plan of ten years and more', { ...startLow, durationDays: 4000 }, 'LDN_VALIDATION_FAILED', 'durationDays'],
  ])('refuses %s, naming the field', async (_what, body, code, field) => {
    const p = await problem(await post('/api/therapy/plan', body));
    expect(p).toMatchObject({ code, field });
    expect(p.status).toBe(code === 'LDN_NOT_FOUND' ? 404 : 400);
  });
});

describe('plan exports', () => {
  it('serves an iCalendar file that ical.js reads, as an attachment', async () => {
    const res = await post('/api/therapy/plan.ics', startLow);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
    expect(res.headers.get('content-disposition')).toBe('attachment; filename="ldn-plan.ics"');
    const cal = new ICAL.Component(ICAL.parse(await res.text()));
    const events = cal.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
    expect(events.map((e) => e.startDate.toString())).toEqual(['2026-03-02', '2026-03-16', '2026-03-30']);
    expect(events[0]!.description).toMatch(/off-label/);
  });

  it('serves CSV, one row per day, also through ?format=csv', async () => {
    for (const res of [await post('/api/therapy/plan.csv', startLow), await post('/api/therapy/plan?format=csv', startLow)]) {
      expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
      expect(res.headers.get('content-disposition')).toBe('attachment; filename="ldn-plan.csv"');
      const rows = parse(await res.text(), { columns: true }) as Record<string, string>[];
      expect(rows).toHaveLength(56);
      expect(rows[0]).toMatchObject({ date: '2026-03-02', dose_mg: '1.5' });
    }
  });

  it('serves the printable page under the strict CSP, with its styles linked, not inline, and the notice', async () => {
    const res = await post('/api/therapy/plan.html', startLow);
    expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(res.headers.get('content-disposition')).toBe('attachment; filename="ldn-plan.html"');
    expect(res.headers.get('content-security-policy')).toContain("style-src 'self';");
    const html = await res.text();
    expect(html).not.toMatch(/<style|<script|style=/);
    expect(html).toContain('<link rel="stylesheet" href="/api/therapy/plan.css">');
    expect(html).toMatch(/Not medical advice\..*off-label/);
    const css = await t.app.request('/api/therapy/plan.css');
    expect(css.headers.get('content-type')).toBe('text/css; charset=utf-8');
    expect(await css.text()).toContain('.notice{');
  });

  it('also answers a plain GET link (?plan=<JSON>), and can show the page inline', async () => {
    const q = `plan=${encodeURIComponent(JSON.stringify(startLow))}`;
    const page = await t.app.request(`/api/therapy/plan.html?${q}&disposition=inline`);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-disposition')).toBe('inline; filename="ldn-plan.html"');
    expect(await page.text()).toContain('2026-03-30');
    const ics = await t.app.request(`/api/therapy/plan.ics?${q}`);
    expect(ics.headers.get('content-disposition')).toBe('attachment; filename="ldn-plan.ics"');
    expect(await ics.text()).toMatch(/^BEGIN:VCALENDAR\r\n/);
    expect(await problem(await t.app.request('/api/therapy/plan.csv?plan=%7Bnope'))).toMatchObject({
      status: 400,
      code: 'LDN_VALIDATION_FAILED',
      field: 'plan',
    });
    const zero = encodeURIComponent(JSON.stringify(custom({ stepMg: 0 })));
    expect(await problem(await t.app.request(`/api/therapy/plan.csv?plan=${zero}`))).toMatchObject({
      code: 'LDN_PLAN_STEP_ZERO',
      field: 'custom.stepMg',
    });
    expect(await problem(await t.app.request('/api/therapy/plan.csv'))).toMatchObject({ status: 400, field: 'query.plan' });
  });

  it('reports bad plan input in exports like the JSON route, and refuses other content types', async () => {
    expect(await problem(await post('/api/therapy/plan.ics', custom({ stepMg: 0 })))).toMatchObject({ code: 'LDN_PLAN_STEP_ZERO' });
    expect(await problem(await post('/api/therapy/plan.csv', 'hello', 'text/plain'))).toMatchObject({
      status: 415,
      code: 'LDN_UNSUPPORTED_MEDIA',
    });
  });

  it.each(['https://evil.example', 'null'])('refuses a POST from origin %s as cross-site (403), never a crash', async (origin) => {
    const res = await t.app.request('/api/therapy/plan.ics', {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin, host: 'localhost' },
      body: JSON.stringify(startLow),
    });
    expect(await problem(res)).toMatchObject({ status: 403, code: 'LDN_CSRF_FAILED' });
  });
});

describe('compounding', () => {
  it('works out a liquid from a 50 mg tablet in 50 mL', async () => {
    const res = await post('/api/therapy/compound/liquid', { tabletMg: 50, waterMl: 50, doseMg: 4.5, days: 30 });
    expect(res.status).toBe(200);
    const body = (await res.json()) as {
      concentrationMgPerMl: string;
      perDose: { ml: number; errorPercent: string };
      supply: { totalMl: number };
      storage: { sources: unknown[] };
      cost: { perMonth: { min: string } };
      notice: string;
    };
    expect(body.concentrationMgPerMl).toBe('1');
    expect(body.perDose).toMatchObject({ ml: 4.5, errorPercent: '0.0' });
    expect(body.supply.totalMl).toBe(135);
    expect(body.storage.sources.length).toBeGreaterThan(0);
    expect(body.cost.perMonth.min).toMatch(/^\d+\.\d\d$/);
    expect(body.notice).toMatch(/not medical advice/);
  });

  it('counts capsules and lists fillers with sources', async () => {
    const res = await post('/api/therapy/compound/capsule', { doseMg: 4.5, capsuleMg: 1.5, days: 30 });
    const body = (await res.json()) as { capsulesPerDose: number; count: number; fillers: { verdict: string; sources: unknown[] }[] };
    expect(body).toMatchObject({ capsulesPerDose: 3, count: 90 });
    expect(body.fillers.some((f) => f.verdict === 'avoid')).toBe(true);
  });

  it.each([
    ['/api/therapy/compound/liquid', { tabletMg: -50, waterMl: 50, doseMg: 4.5 }, 'tabletMg'],
    ['/api/therapy/compound/liquid', { tabletMg: 50, doseMg: 4.5 }, 'waterMl'],
    ['/api/therapy/compound/liquid', { tabletMg: 50, waterMl: 50, doseMg: 4.5, days: 0 }, 'days'],
    ['/api/therapy/compound/liquid', { tabletMg: 50, waterMl: 50, doseMg: 4000 }, 'doseMg'],
    ['/api/therapy/compound/capsule', { doseMg: 4.5, capsuleMg: 2 }, 'capsuleMg'],
    ['/api/therapy/compound/capsule', { doseMg: '4,5' }, 'doseMg'],
    ['/api/therapy/compound/capsule', { days: 30 }, 'doseMg'],
  ])('%s refuses %j, naming %s', async (path, body, field) => {
    const p = await problem(await post(path, body));
    expect(p.status).toBe(400);
    expect(p.field).toBe(field);
  });
});

describe('OpenAPI', () => {
  it('lists every therapy route', async () => {
    const doc = (await (await t.app.request('/api/openapi.json')).json()) as { paths: Record<string, Record<string, unknown>> };
    const therapy = Object.entries(doc.paths)
      .filter(([p]) => p.startsWith('/api/therapy/'))
      .flatMap(([p, ops]) => Object.keys(ops).map((m) => `${m.toUpperCase()} ${p}`))
      .sort();
    expect(therapy).toEqual([
      'GET /api/therapy/plan.css',
      'GET /api/therapy/plan.csv',
      'GET /api/therapy/plan.html',
      'GET /api/therapy/plan.ics',
      'GET /api/therapy/protocols',
      'POST /api/therapy/compound/capsule',
      'POST /api/therapy/compound/liquid',
      'POST /api/therapy/plan',
      'POST /api/therapy/plan.csv',
      'POST /api/therapy/plan.html',
      'POST /api/therapy/plan.ics',
      'POST /api/therapy/screen',
    ]);
    expect(JSON.stringify(doc)).toContain('"ScreenResult"');
  });
});
