import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestApp, type TestApp } from './test-app.js';

let t: TestApp;
beforeAll(async () => {
  t = await openTestApp({ bodyLimitBytes: 2048 });
});
afterAll(() => t.dispose());

describe('the app factory, in-process', () => {
  it('reports the database kind and migration version at /api/health', async () => {
    const res = await t.app.request('/api/health');
    expect(res.status).toBe(200);
    const body = (await res.json()) as { database: { kind: string; migrationVersion: number } };
    expect(body.database.kind).toBe(process.env['TEST_DATABASE_URL'] ? 'postgres' : 'pglite');
    expect(body.database.migrationVersion).toBeGreaterThanOrEqual(1);
  });

  it('serves an OpenAPI 3.1 document generated from the route schemas, and browsable docs', async () => {
    const doc = (await (await t.app.request('/api/openapi.json')).json()) as { openapi: string; paths: Record<string, unknown> };
    expect(doc.openapi).toBe('3.1.0');
    expect(Object.keys(doc.paths)).toContain('/api/health');
    const docs = await t.app.request('/api/docs');
    expect(docs.status).toBe(200);
    const html = await docs.text();
    expect(html).toContain('swagger-ui-bundle.js');
    expect(html).toContain('<link rel="stylesheet" href="/api/docs/style.css">');
    expect(html).toContain('Off-label and not medical advice.');
    // Inline style attributes (Swagger UI sets them) but still no inline script and nothing from elsewhere.
    const csp = docs.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("script-src 'self';");
    expect(csp).toContain("style-src 'self' 'unsafe-inline';");
    const css = await t.app.request('/api/docs/style.css');
    expect(css.headers.get('content-type')).toBe('text/css; charset=utf-8');
    expect(await css.text()).toContain('.opblock-summary-method');
    expect(await (await t.app.request('/api/docs/init.js')).text()).toContain('/api/openapi.json');
    const asset = await t.app.request('/api/docs/assets/swagger-ui-bundle.js');
    expect(asset.status).toBe(200);
  });

  it('sets a strict Content-Security-Policy and other security headers', async () => {
    const res = await t.app.request('/api/health');
    const csp = res.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain('unsafe-inline');
    expect(csp).toContain("frame-ancestors 'none'");
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('x-frame-options')).toBe('DENY');
  });

  it('answers unknown API routes with problem+json and a stable code', async () => {
    const res = await t.app.request('/api/nope');
    expect(res.status).toBe(404);
    expect(res.headers.get('content-type')).toContain('application/problem+json');
    const body = (await res.json()) as { code: string; requestId: string };
    expect(body.code).toBe('LDN_NOT_FOUND');
    expect(body.requestId).toBe(res.headers.get('x-request-id'));
  });

  it('refuses bodies over the size limit with 413', async () => {
    const res = await t.app.request('/api/health', {
      method: 'POST',
      body: 'x'.repeat(4096),
      headers: { 'content-type': 'text/plain' },
    });
    expect(res.status).toBe(413);
    expect(((await res.json()) as { code: string }).code).toBe('LDN_PAYLOAD_TOO_LARGE');
  });

  it('refuses a body whose declared Content-Length is over the limit before reading it, and passes one under it', async () => {
    const send = async (bytes: number): Promise<Response> =>
      t.app.request('/api/health', {
        method: 'POST',
        body: 'x'.repeat(bytes),
        headers: { 'content-type': 'text/plain', 'content-length': String(bytes) },
      });
    const over = await send(4096);
    expect(over.status).toBe(413);
    expect(await over.json()).toMatchObject({ code: 'LDN_PAYLOAD_TOO_LARGE', field: 'body' });
    // Under the limit the body reaches routing: /api/health has no POST, so 404, not 413.
    expect((await send(100)).status).toBe(404);
  });

  it('writes structured JSON logs that carry the request id', async () => {
    const res = await t.app.request('/api/health', { headers: { 'x-request-id': 'trace-abc-123' } });
    expect(res.headers.get('x-request-id')).toBe('trace-abc-123');
    const line = t.logs.find((l) => l['reqId'] === 'trace-abc-123');
    expect(line).toMatchObject({ method: 'GET', path: '/api/health', status: 200, msg: 'request' });
  });
});
