import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CheckClaimsResponse } from '../../contracts/claims.js';
import { checkArticle, evidenceFromAtlas, htmlToText } from '../../core/claims/index.js';
import { openTestApp, testData, type TestApp } from '../test-app.js';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const ARTICLES = path.join(ROOT, 'src/core/claims/__fixtures__/articles');
const SEEDS = process.env['LDN_SEEDS_DIR'] ?? path.join(ROOT, '..', 'shared', 'seeds');
const seedFiles = existsSync(SEEDS) ? readdirSync(SEEDS).filter((f) => f.endsWith('.txt')) : [];

let t: TestApp;
beforeAll(async () => {
  t = await openTestApp();
});
afterAll(() => t.dispose());

function post(body: BodyInit, contentType?: string): Promise<Response> {
  return Promise.resolve(
    t.app.request('/api/check-claims', { method: 'POST', body, ...(contentType ? { headers: { 'content-type': contentType } } : {}) }),
  );
}
const postJson = (body: unknown): Promise<Response> => post(JSON.stringify(body), 'application/json');

function upload(name: string, content: BlobPart, type = 'application/octet-stream'): Promise<Response> {
  const form = new FormData();
  form.append('file', new File([content], name, { type }));
  return post(form);
}

interface Problem {
  status: number;
  code: string;
  field?: string;
  detail: string;
}
async function problem(res: Response): Promise<Problem> {
  expect(res.headers.get('content-type')).toMatch(/^application\/problem\+json/);
  return { ...((await res.json()) as Omit<Problem, 'status'>), status: res.status };
}
async function ok(res: Response): Promise<CheckClaimsResponse> {
  if (res.status !== 200) throw new Error(`${res.status}: ${await res.text()}`);
  return (await res.json()) as CheckClaimsResponse;
}

const CLAIM_KEYS = [
  'conditions',
  'end',
  'explanation',
  'grade',
  'numbers',
  'sentence',
  'start',
  'strength',
  'studies',
  'text',
  'type',
  'verdict',
];

describe('POST /api/check-claims', () => {
  it('checks JSON text: each claim with offsets into the returned text, a verdict, an explanation and lookups for links', async () => {
    const text =
      'Low-dose naltrexone for fibromyalgia\n\nLow-dose naltrexone cures fibromyalgia in every patient. It costs about $40 a month.';
    const body = await ok(await postJson({ text }));
    expect(Object.keys(body).sort()).toEqual(['claims', 'conditions', 'format', 'notice', 'studies', 'summary', 'text']);
    expect(body.text).toBe(text);
    expect(body.format).toBe('txt');
    expect(body.notice).toMatch(/not medical advice/);
    const cure = body.claims.find((c) => c.text.startsWith('Low-dose naltrexone cures'));
    expect(cure).toBeDefined();
    expect(Object.keys(cure!).sort()).toEqual(CLAIM_KEYS);
    expect(body.text.slice(cure!.start, cure!.end)).toBe(cure!.text);
    expect(cure!.conditions).toEqual(['fibromyalgia']);
    expect(cure!.type).toBe('efficacy');
    expect(cure!.strength).toBe('absolute');
    expect(cure!.verdict).toBe('contradicted');
    expect(cure!.explanation).toMatch(/Best controlled trial/);
    const cost = body.claims.find((c) => c.type === 'cost');
    expect(cost?.verdict).toBe('not-assessable');
    expect(cost?.numbers).toEqual([{ value: 40, unit: 'usd', text: '$40' }]);
    expect(body.summary.total).toBe(body.claims.length);
    expect(body.summary.conditions).toContain('fibromyalgia');
    const fm = body.conditions.find((c) => c.id === 'fibromyalgia');
    expect(fm?.name).toMatch(/fibromyalgia/i);
    expect(fm?.bestControlledTrial).not.toBeNull();
    expect(['rct', 'rct-crossover', 'meta-analysis', 'systematic-review', 'controlled-trial', 'single-blind-placebo']).toContain(
      fm?.bestControlledTrial?.design,
    );
  });

  it.skipIf(seedFiles.length === 0)(
    'round-trips a seed article sent as text/plain: the same claims as the core, offsets into the article',
    async () => {
      const raw = readFileSync(path.join(SEEDS, seedFiles[0]!), 'utf8');
      const body = await ok(await post(raw, 'text/plain; charset=utf-8'));
      const core = checkArticle(raw, 'text', evidenceFromAtlas(testData().atlas));
      expect(body.text).toBe(core.text);
      expect(body.claims.length).toBeGreaterThan(5);
      expect(body.claims).toEqual(JSON.parse(JSON.stringify(core.result.claims)));
      for (const c of body.claims) expect(body.text.slice(c.start, c.end)).toBe(c.text);
      const ids = new Set(body.conditions.map((c) => c.id));
      for (const id of body.summary.conditions) expect(ids.has(id)).toBe(true);
      for (const id of body.claims.flatMap((c) => c.studies)) expect(body.studies.map((s) => s.id)).toContain(id);
    },
  );

  it('reads an uploaded .html file (reduced to text, scripts dropped) and an uploaded .md file as given', async () => {
    const html = readFileSync(path.join(ARTICLES, 'news-item.html'), 'utf8');
    const fromHtml = await ok(await upload('news-item.html', html, 'text/html'));
    expect(fromHtml.format).toBe('html');
    expect(fromHtml.text).toBe(htmlToText(html));
    expect(fromHtml.claims.length).toBeGreaterThan(0);
    for (const c of fromHtml.claims) expect(fromHtml.text.slice(c.start, c.end)).toBe(c.text);

    const md = readFileSync(path.join(ARTICLES, 'clinic-faq.md'), 'utf8');
    const fromMd = await ok(await upload('clinic-faq.md', md));
    expect(fromMd.format).toBe('md');
    expect(fromMd.text).toBe(md);
    expect(fromMd.claims.length).toBeGreaterThan(0);

    const raw = await ok(await post('<p>LDN <script>alert(1)</script>cures fibromyalgia in all patients.</p>', 'text/html'));
    expect(raw.text).toBe('LDN cures fibromyalgia in all patients.');
    expect(raw.claims[0]?.verdict).toBe('contradicted');
  });

  it('JSON with format "html" reduces the markup; an unknown format is a validation error naming the field', async () => {
    const body = await ok(await postJson({ text: '<h1>LDN</h1><p>LDN cures Crohn&#39;s disease in all patients.</p>', format: 'html' }));
    expect(body.text).toContain("Crohn's disease");
    expect(body.claims[0]?.conditions).toEqual(['crohns-disease']);
    const bad = await problem(await postJson({ text: 'LDN helps.', format: 'docx' }));
    expect(bad).toMatchObject({ status: 400, code: 'LDN_VALIDATION_FAILED', field: 'format' });
  });

  it('refuses empty text with LDN_CHECK_EMPTY_TEXT (JSON, blank, raw body, no body, empty file)', async () => {
    for (const res of [
      await postJson({ text: '' }),
      await postJson({ text: ' \n\t ' }),
      await post('', 'text/plain'),
      await t.app.request('/api/check-claims', { method: 'POST' }),
      await upload('empty.txt', ''),
      await postJson({ text: '<p>  </p><script>LDN cures all</script>', format: 'html' }),
    ]) {
      expect(await problem(res)).toMatchObject({ status: 400, code: 'LDN_CHECK_EMPTY_TEXT', field: 'text' });
    }
  });

  it('refuses binary data with LDN_CHECK_BINARY (415): NUL bytes, random bytes in a .txt upload', async () => {
    const nul = await problem(await post('LDN helps\u0000\u0000 pain', 'text/plain'));
    expect(nul).toMatchObject({ status: 415, code: 'LDN_CHECK_BINARY', field: 'text' });
    // Deterministic pseudo-random bytes: a PNG-like header, then noise.
    const bytes = new Uint8Array(4096);
    let x = 2463534242;
    for (let i = 0; i < bytes.length; i++) {
      x ^= x << 13;
      x ^= x >>> 17;
      x ^= x << 5;
      bytes[i] = x & 0xff;
    }
    bytes.set([0x89, 0x50, 0x4e, 0x47], 0);
    const noise = await problem(await upload('photo.txt', bytes));
    expect(noise).toMatchObject({ status: 415, code: 'LDN_CHECK_BINARY' });
    const json = await problem(await postJson({ text: `LDN ${'\u0001'.repeat(50)} helps pain.` }));
    expect(json).toMatchObject({ status: 415, code: 'LDN_CHECK_BINARY' });
  });

  it('refuses a file that is not .txt/.md/.html and a content type it does not read (415 LDN_UNSUPPORTED_MEDIA)', async () => {
    expect(await problem(await upload('article.pdf', '%PDF-1.4'))).toMatchObject({
      status: 415,
      code: 'LDN_UNSUPPORTED_MEDIA',
      field: 'file',
    });
    expect(await problem(await post('LDN helps.', 'application/pdf'))).toMatchObject({ status: 415, code: 'LDN_UNSUPPORTED_MEDIA' });
    const form = new FormData();
    form.append('other', 'x');
    expect(await problem(await post(form))).toMatchObject({ status: 400, code: 'LDN_VALIDATION_FAILED', field: 'file' });
  });

  it('refuses malformed JSON and a JSON text that is not a string (400 LDN_VALIDATION_FAILED)', async () => {
    expect(await problem(await post('{"text": "LDN helps', 'application/json'))).toMatchObject({
      status: 400,
      code: 'LDN_VALIDATION_FAILED',
      field: 'body',
    });
    expect(await problem(await postJson({ text: 42 }))).toMatchObject({ status: 400, code: 'LDN_VALIDATION_FAILED', field: 'text' });
    expect(await problem(await postJson({}))).toMatchObject({ status: 400, code: 'LDN_VALIDATION_FAILED', field: 'text' });
    expect(await problem(await postJson(['LDN helps.']))).toMatchObject({ status: 400, code: 'LDN_VALIDATION_FAILED' });
  });

  it('has its own 4 MiB body limit: over 50,000 words is LDN_CHECK_TOO_LARGE, over 4 MiB LDN_PAYLOAD_TOO_LARGE; other routes keep 1 MiB', async () => {
    const words = 'LDN may help fibromyalgia pain. '.repeat(10_001); // 50,005 words, about 320 kB
    expect(await problem(await post(words, 'text/plain'))).toMatchObject({ status: 413, code: 'LDN_CHECK_TOO_LARGE', field: 'text' });
    const huge = 'x'.repeat(4 * 1024 * 1024 + 10);
    expect(await problem(await post(huge, 'text/plain'))).toMatchObject({ status: 413, code: 'LDN_PAYLOAD_TOO_LARGE', field: 'body' });
    expect(await problem(await postJson({ text: huge }))).toMatchObject({ status: 413, code: 'LDN_PAYLOAD_TOO_LARGE' });

    // A 1.5 MB page (mostly markup) is over the default limit but checked here...
    const page = `<p>LDN cures fibromyalgia in all patients.</p>${'<span></span>'.repeat(90_000)}`;
    expect(page.length).toBeGreaterThan(1024 * 1024);
    const checked = await ok(await post(page, 'text/html'));
    expect(checked.claims[0]?.conditions).toEqual(['fibromyalgia']);
    // ...while the same size is still refused by another route.
    const screen = await problem(
      await t.app.request('/api/therapy/screen', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ text: 'a'.repeat(1024 * 1024 + 10) }),
      }),
    );
    expect(screen).toMatchObject({ status: 413, code: 'LDN_PAYLOAD_TOO_LARGE' });
  });

  it('refuses HTML bombs with LDN_CHECK_HTML_TOO_COMPLEX (422): deep nesting, huge element counts, entity floods', async () => {
    const deep = `${'<div>'.repeat(5000)}LDN cures fibromyalgia.${'</div>'.repeat(5000)}`;
    expect(await problem(await post(deep, 'text/html'))).toMatchObject({ status: 422, code: 'LDN_CHECK_HTML_TOO_COMPLEX', field: 'text' });
    const many = `<p>LDN helps pain.</p>${'<b></b>'.repeat(250_000)}`;
    expect(await problem(await upload('many.html', many))).toMatchObject({ status: 422, code: 'LDN_CHECK_HTML_TOO_COMPLEX' });
    const entities = `<p>LDN helps pain. ${'&amp;'.repeat(250_000)}</p>`;
    expect(await problem(await postJson({ text: entities, format: 'html' }))).toMatchObject({
      status: 422,
      code: 'LDN_CHECK_HTML_TOO_COMPLEX',
    });
    // The server is still fine afterwards.
    expect((await ok(await postJson({ text: 'LDN may reduce fibromyalgia pain.' }))).claims).toHaveLength(1);
  });

  it('is documented in the OpenAPI document with its four ways in', async () => {
    const doc = (await (await t.app.request('/api/openapi.json')).json()) as {
      paths: Record<string, { post?: { requestBody?: { content: Record<string, unknown> } } }>;
    };
    expect(Object.keys(doc.paths['/api/check-claims']?.post?.requestBody?.content ?? {}).sort()).toEqual([
      'application/json',
      'multipart/form-data',
      'text/html',
      'text/markdown',
      'text/plain',
    ]);
  });

  it('refuses a cross-site POST (403 LDN_CSRF_FAILED)', async () => {
    const res = await t.app.request('/api/check-claims', {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: 'https://evil.example', host: 'localhost' },
      body: JSON.stringify({ text: 'LDN helps.' }),
    });
    expect(await problem(res)).toMatchObject({ status: 403, code: 'LDN_CSRF_FAILED' });
  });
});
