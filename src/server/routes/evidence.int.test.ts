import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type {
  ConditionDetailResponse,
  ConditionListResponse,
  SearchResultResponse,
  SourceDetailResponse,
  SourceListResponse,
  StudyDetailResponse,
  StudyListResponse,
} from '../../contracts/evidence.js';
import { openTestApp, type TestApp } from '../test-app.js';

let t: TestApp;
beforeAll(async () => {
  t = await openTestApp();
});
afterAll(() => t.dispose());

async function get<T>(path: string): Promise<{ status: number; body: T }> {
  const res = await t.app.request(path);
  return { status: res.status, body: (await res.json()) as T };
}

interface Problem {
  status: number;
  code: string;
  field?: string;
  detail: string;
}

const NOTICE = /off-label.*not medical advice/;

describe('GET /api/conditions', () => {
  it('lists every condition with grade, controlled-trial count and direction, sorted by name, with the notice', async () => {
    const { status, body } = await get<ConditionListResponse>('/api/conditions');
    expect(status).toBe(200);
    expect(body.notice).toMatch(NOTICE);
    expect(body.conditions.length).toBeGreaterThan(40);
    const names = body.conditions.map((c) => c.name);
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'en')));
    const fibro = body.conditions.find((c) => c.id === 'fibromyalgia')!;
    expect(fibro).toMatchObject({ grade: 'B', direction: 'null', controlledTrials: 4, overridden: false, category: 'pain' });
    expect(fibro.flags).toContain('open-label-positive-controlled-null');
    expect(fibro.studyCount).toBeGreaterThanOrEqual(5);
    expect(body.conditions.find((c) => c.id === 'autism')?.overridden).toBe(true);
    // Allow-list: the file's bookkeeping field does not leak.
    expect(Object.keys(fibro)).not.toContain('schemaVersion');
    expect(Object.keys(fibro)).not.toContain('summary');
  });
});

describe('GET /api/conditions/{id}', () => {
  it('gives the grade with its rationale, flags, outcome grades, studies (including FINAL) and the claims with verdicts', async () => {
    const { status, body } = await get<ConditionDetailResponse>('/api/conditions/fibromyalgia');
    expect(status).toBe(200);
    expect(body.notice).toMatch(NOTICE);
    expect(body.condition).toMatchObject({ id: 'fibromyalgia', name: 'Fibromyalgia', category: 'pain' });
    expect(body.condition.synonyms).toContain('fibro');
    expect(body.grade).toMatchObject({ grade: 'B', derivedGrade: 'B', direction: 'null' });
    expect(body.grade.override).toBeUndefined();
    expect(body.grade.rationale).toMatch(/Bruun 2024 \(randomised trial, n=99\) found no difference/);
    expect(body.grade.outcomes.length).toBe(body.condition.outcomeMeasures.length);
    const final = body.studies.find((s) => s.id === 'bruun-2024-final-trial')!;
    expect(final).toMatchObject({ label: 'Bruun 2024', design: 'rct', n: 99, direction: 'null' });
    expect(final.ids).toMatchObject({ doi: '10.1016/S2665-9913(23)00278-3', nct: 'NCT04270877' });
    expect(final.outcomes[0]!.effect).toMatchObject({ value: -0.34, ciLow: -0.95, ciHigh: 0.27 });
    expect(Object.keys(final)).not.toContain('schemaVersion');
    expect(body.claims.length).toBeGreaterThan(0);
    for (const claim of body.claims) {
      expect(claim.sourceTitle.length).toBeGreaterThan(1);
      expect(claim.reason.length).toBeGreaterThan(10);
    }
    expect(body.claims.some((c) => c.id === 'seed-000-c02' && c.verdict === 'partly-supported')).toBe(true);
  });

  it('shows the derived grade and the written reason when the editors overrode it', async () => {
    const { body } = await get<ConditionDetailResponse>('/api/conditions/autism');
    expect(body.grade.override).toBeDefined();
    expect(body.grade.override!.grade).toBe(body.grade.grade);
    expect(body.grade.override!.reason.length).toBeGreaterThanOrEqual(20);
    expect(body.grade.rationale).toContain(`instead of the derived grade ${body.grade.derivedGrade}`);
  });

  it('names the parent and children of a condition family', async () => {
    const { body } = await get<ConditionDetailResponse>('/api/conditions/pancreatic-cancer');
    expect(body.condition.parent).toEqual({ id: 'cancer', name: expect.any(String) as string });
    const cancer = await get<ConditionDetailResponse>('/api/conditions/cancer');
    expect(cancer.body.condition.children.map((c) => c.id)).toContain('pancreatic-cancer');
  });

  it('answers an unknown id with 404 LDN_NOT_FOUND', async () => {
    const { status, body } = await get<Problem>('/api/conditions/no-such-thing');
    expect(status).toBe(404);
    expect(body).toMatchObject({ code: 'LDN_NOT_FOUND', field: 'id' });
  });
});

describe('GET /api/studies', () => {
  it('filters by condition (including more specific forms), design and direction together', async () => {
    const all = await get<StudyListResponse>('/api/studies');
    expect(all.status).toBe(200);
    expect(all.body.notice).toMatch(NOTICE);
    expect(all.body.studies.length).toBeGreaterThan(100);

    const rcts = await get<StudyListResponse>('/api/studies?condition=fibromyalgia&design=rct');
    expect(rcts.body.studies.map((s) => s.id).sort()).toEqual(['bruun-2024-final-trial', 'colomer-carbonell-2022-innova-trial']);

    const positives = await get<StudyListResponse>('/api/studies?condition=fibromyalgia&direction=positive');
    expect(positives.body.studies.length).toBeGreaterThan(0);
    for (const s of positives.body.studies) expect(s.direction).toBe('positive');
    expect(positives.body.studies.map((s) => s.id)).not.toContain('bruun-2024-final-trial');

    // Newest first.
    const years = all.body.studies.map((s) => s.citation.year);
    expect(years).toEqual([...years].sort((a, b) => b - a));

    const cancer = await get<StudyListResponse>('/api/studies?condition=cancer');
    const pancreatic = await get<StudyListResponse>('/api/studies?condition=pancreatic-cancer');
    const cancerIds = new Set(cancer.body.studies.map((s) => s.id));
    for (const s of pancreatic.body.studies) expect(cancerIds.has(s.id)).toBe(true);
  });

  it('refuses a bad filter value with 400 naming the field', async () => {
    for (const [query, field] of [
      ['design=rtc', 'query.design'],
      ['direction=great', 'query.direction'],
      ['condition=not-a-condition', 'query.condition'],
    ] as const) {
      const { status, body } = await get<Problem>(`/api/studies?${query}`);
      expect(status, query).toBe(400);
      expect(body, query).toMatchObject({ code: 'LDN_VALIDATION_FAILED', field });
    }
  });
});

describe('GET /api/studies/{id}', () => {
  it('gives the whole study record and names its conditions', async () => {
    const { status, body } = await get<StudyDetailResponse>('/api/studies/bruun-2024-final-trial');
    expect(status).toBe(200);
    expect(body.notice).toMatch(NOTICE);
    expect(body.study).toMatchObject({ id: 'bruun-2024-final-trial', n: 99, duration: '12 weeks', comparator: 'placebo' });
    expect(body.study.adverseEvents).toMatch(/84%/);
    expect(body.study.sourceUrls.length).toBeGreaterThan(0);
    expect(body.conditions).toEqual([{ id: 'fibromyalgia', name: 'Fibromyalgia' }]);
  });

  it('answers an unknown id with 404', async () => {
    expect((await get<Problem>('/api/studies/nope')).body).toMatchObject({ status: 404, code: 'LDN_NOT_FOUND' });
  });
});

describe('GET /api/sources', () => {
  it('lists the five seed articles and gives each with its claims, verdicts and reasons', async () => {
    const list = await get<SourceListResponse>('/api/sources');
    expect(list.body.sources.map((s) => s.id)).toContain('seed-000-mercola-prohealth-2011');
    expect(list.body.sources).toHaveLength(5);
    for (const s of list.body.sources) expect(s.claimCount).toBeGreaterThan(0);

    const { status, body } = await get<SourceDetailResponse>('/api/sources/seed-000-mercola-prohealth-2011');
    expect(status).toBe(200);
    expect(body.notice).toMatch(NOTICE);
    expect(body.claims).toHaveLength(body.source.claimCount);
    expect(body.claims.map((c) => c.id)).toContain('seed-000-c02');
    for (const c of body.claims) expect(c.sourceId).toBe('seed-000-mercola-prohealth-2011');
    expect((await get<Problem>('/api/sources/nope')).status).toBe(404);
  });
});

describe('GET /api/search', () => {
  const first = async (q: string): Promise<SearchResultResponse['results'][number] | undefined> =>
    (await get<SearchResultResponse>(`/api/search?q=${encodeURIComponent(q)}`)).body.results[0];

  it.each([
    ['MS', 'multiple-sclerosis'],
    ['fibro', 'fibromyalgia'],
    ['crohns', 'crohns-disease'],
    ['chrons', 'crohns-disease'],
    ['ME/CFS', 'me-cfs'],
  ])('"%s" puts the condition %s first', async (q, id) => {
    expect(await first(q)).toMatchObject({ type: 'condition', id });
  });

  it('returns best first, mixes types, links claims to their article, and honours limit', async () => {
    const { body } = await get<SearchResultResponse>('/api/search?q=fibromyalgia%20pain&limit=50');
    expect(body.notice).toMatch(NOTICE);
    const scores = body.results.map((r) => r.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    expect(new Set(body.results.map((r) => r.type)).size).toBeGreaterThan(1);
    const claim = body.results.find((r) => r.type === 'claim');
    expect(claim?.sourceId).toMatch(/^seed-/);
    expect((await get<SearchResultResponse>('/api/search?q=fibro&limit=2')).body.results).toHaveLength(2);
  });

  it('gives no results for a blank query and 400 for a missing one or a bad limit', async () => {
    expect((await get<SearchResultResponse>('/api/search?q=%20')).body.results).toEqual([]);
    expect((await get<Problem>('/api/search')).body).toMatchObject({ status: 400, field: 'query.q' });
    expect((await get<Problem>('/api/search?q=ms&limit=0')).body).toMatchObject({ status: 400, field: 'query.limit' });
  });
});

describe('OpenAPI', () => {
  it('documents every evidence route', async () => {
    const doc = (await (await t.app.request('/api/openapi.json')).json()) as { paths: Record<string, unknown> };
    for (const p of [
      '/api/conditions',
      '/api/conditions/{id}',
      '/api/studies',
      '/api/studies/{id}',
      '/api/sources',
      '/api/sources/{id}',
      '/api/search',
    ]) {
      expect(Object.keys(doc.paths), p).toContain(p);
    }
  });
});
