import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixedClock } from '../../core/shared/clock.js';
import { connect } from '../../db/connect.js';
import { loadMigrations } from '../../db/migrate.js';
import { testDatabaseUrl } from '../../db/test-db.js';
import { buildApp } from '../app.js';
import { openTestApp, testData, type TestApp } from '../test-app.js';
import { personFrom, signUp, type Person } from '../test-client.js';

let t: TestApp;
beforeAll(async () => {
  t = await openTestApp();
});
afterAll(() => t.dispose());

const post = (path: string, body: unknown, headers: Record<string, string> = {}) =>
  t.app.request(path, { method: 'POST', body: JSON.stringify(body), headers: { 'content-type': 'application/json', ...headers } });

describe('accounts', () => {
  it('asks for the first account on a fresh instance, then not any more', async () => {
    const before = (await (await t.app.request('/api/auth/session')).json()) as { setupRequired: boolean; user: null };
    expect(before).toMatchObject({ setupRequired: true, user: null });
    await signUp(t.app, 'first@example.org');
    const after = (await (await t.app.request('/api/auth/session')).json()) as { setupRequired: boolean };
    expect(after.setupRequired).toBe(false);
  });

  it('stores an argon2id hash, never the password', async () => {
    await signUp(t.app, 'hash@example.org', 'a long secret phrase');
    const { rows } = await t.db.query<{ password_hash: string }>(
      "SELECT password_hash FROM users WHERE email_normalized = 'hash@example.org'",
    );
    expect(rows[0]?.password_hash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(rows[0]?.password_hash).not.toContain('a long secret phrase');
  });

  it('sets an httpOnly, SameSite session cookie and keeps only a hash of the token', async () => {
    const res = await post('/api/auth/signup', { email: 'cookie@example.org', password: 'another long secret' });
    const setCookie = res.headers.get('set-cookie') ?? '';
    expect(setCookie).toMatch(/ldn_session=/);
    expect(setCookie).toMatch(/HttpOnly/);
    expect(setCookie).toMatch(/SameSite=Strict/);
    const token = setCookie.split(';')[0]?.split('=')[1] ?? '';
    const { rows } = await t.db.query<{ token_hash: string }>('SELECT token_hash FROM sessions');
    expect(rows.some((r) => r.token_hash === token)).toBe(false);
    expect(rows.length).toBeGreaterThan(0);
  });

  it('refuses a duplicate email and a short password, naming the field', async () => {
    const dup = await post('/api/auth/signup', { email: 'FIRST@example.org', password: 'long enough pass' });
    expect(dup.status).toBe(409);
    const short = await post('/api/auth/signup', { email: 'short@example.org', password: 'short' });
    expect(short.status).toBe(400);
    expect(((await short.json()) as { field: string }).field).toBe('password');
  });

  it('gives the same answer for a wrong password and an unknown account', async () => {
    const wrong = await post('/api/auth/signin', { email: 'first@example.org', password: 'not the password' });
    const unknown = await post('/api/auth/signin', { email: 'nobody@example.org', password: 'not the password' });
    expect(wrong.status).toBe(401);
    expect(unknown.status).toBe(401);
    const a = (await wrong.json()) as { detail: string; code: string };
    const b = (await unknown.json()) as { detail: string; code: string };
    expect([a.code, a.detail]).toEqual([b.code, b.detail]);
  });

  it('rate-limits repeated failed sign-ins per account, even with the right password afterwards', async () => {
    await signUp(t.app, 'target@example.org', 'the right password');
    for (let i = 0; i < 5; i++)
      expect((await post('/api/auth/signin', { email: 'target@example.org', password: `guess ${i}` })).status).toBe(401);
    const limited = await post('/api/auth/signin', { email: 'target@example.org', password: 'the right password' });
    expect(limited.status).toBe(429);
    expect(((await limited.json()) as { code: string }).code).toBe('LDN_AUTH_RATE_LIMITED');
  });

  it('requires the CSRF token on unsafe requests and refuses cross-site origins', async () => {
    const p = await signUp(t.app, 'csrf@example.org');
    const noToken = await p.request('POST', '/api/journal/entries', { day: '2026-01-01' }, { 'x-csrf-token': '' });
    expect(noToken.status).toBe(403);
    const crossSite = await p.request(
      'POST',
      '/api/journal/entries',
      { day: '2026-01-01' },
      { origin: 'https://evil.example', host: 'localhost' },
    );
    expect(crossSite.status).toBe(403);
    const fine = await p.request('POST', '/api/journal/entries', { day: '2026-01-01' });
    expect(fine.status).toBe(201);
  });

  it('changes the password, signs out, and signs in with the new one', async () => {
    const p = await signUp(t.app, 'change@example.org', 'old password here');
    expect(
      (await p.request('POST', '/api/auth/password', { currentPassword: 'old password here', newPassword: 'new password here' })).status,
    ).toBe(204);
    expect((await p.request('POST', '/api/auth/signout')).status).toBe(204);
    expect((await p.request('GET', '/api/journal/entries')).status).toBe(401);
    expect((await post('/api/auth/signin', { email: 'change@example.org', password: 'old password here' })).status).toBe(401);
    const res = await post('/api/auth/signin', { email: 'change@example.org', password: 'new password here' });
    expect(res.status).toBe(200);
    const again = await personFrom(t.app, 'change@example.org', res);
    expect((await again.request('GET', '/api/journal/entries')).status).toBe(200);
  });

  it('signs out every other session when the password changes, and all of them when the account is deleted', async () => {
    const laptop = await signUp(t.app, 'two@example.org', 'first password here');
    const phone = await personFrom(
      t.app,
      'two@example.org',
      await post('/api/auth/signin', { email: 'two@example.org', password: 'first password here' }),
    );
    expect((await phone.request('GET', '/api/journal/entries')).status).toBe(200);
    expect(
      (await laptop.request('POST', '/api/auth/password', { currentPassword: 'first password here', newPassword: 'second password here' }))
        .status,
    ).toBe(204);
    expect((await phone.request('GET', '/api/journal/entries')).status).toBe(401);
    expect((await laptop.request('GET', '/api/journal/entries')).status).toBe(200);
    expect((await laptop.request('DELETE', '/api/auth/account', { password: 'second password here' })).status).toBe(204);
    expect((await laptop.request('GET', '/api/journal/entries')).status).toBe(401);
  });

  // Only a PostgreSQL server can be shared by several instances; PGlite belongs to one process (see session-store.ts).
  it.runIf(testDatabaseUrl() !== undefined)(
    'shares sessions between two instances on one PostgreSQL: a sign-in works on both; a sign-out or password change on one ends sessions on the other at once',
    async () => {
      // The second instance has its own connection pool on the same schema, as a second server process would.
      const { rows } = await t.db.query<{ schema: string }>('SELECT current_schema() AS schema');
      const db = await connect({ kind: 'postgres', url: testDatabaseUrl() ?? '', schema: rows[0]?.schema ?? '', poolSize: 2 });
      try {
        const other = buildApp({
          db,
          logger: pino({ level: 'silent' }),
          clock: fixedClock('2026-03-01T09:00:00Z'),
          migrationVersion: loadMigrations().length,
          version: 'test',
          ...testData(),
        });
        const signIn = async (app: typeof other): Promise<Person> =>
          personFrom(
            app,
            'shared@example.org',
            await app.request('/api/auth/signin', {
              method: 'POST',
              body: JSON.stringify({ email: 'shared@example.org', password: 'shared password here' }),
              headers: { 'content-type': 'application/json' },
            }),
          );
        // Each session is used on the instance that did not create it.
        const onOther = (p: Person) => ({ headers: { cookie: p.cookie } });
        const here = await signUp(t.app, 'shared@example.org', 'shared password here');
        const laptop = await signIn(t.app);
        const there = await signIn(other);
        expect((await other.request('/api/journal/entries', onOther(here))).status).toBe(200);
        expect((await t.app.request('/api/journal/entries', onOther(there))).status).toBe(200);

        // Signing out on the first instance ends that session on the second.
        expect((await here.request('POST', '/api/auth/signout')).status).toBe(204);
        expect((await other.request('/api/journal/entries', onOther(here))).status).toBe(401);

        // A password change on the second instance signs the laptop out on the first, and keeps its own session.
        expect((await t.app.request('/api/journal/entries', onOther(laptop))).status).toBe(200);
        expect(
          (
            await there.request('POST', '/api/auth/password', {
              currentPassword: 'shared password here',
              newPassword: 'new shared password',
            })
          ).status,
        ).toBe(204);
        expect((await t.app.request('/api/journal/entries', onOther(laptop))).status).toBe(401);
        expect((await t.app.request('/api/journal/entries', onOther(there))).status).toBe(200);
      } finally {
        await db.close();
      }
    },
  );

  it('deletes the account and erases every row of its data', async () => {
    const p = await signUp(t.app, 'leaving@example.org', 'goodbye password');
    await p.request('POST', '/api/journal/entries', { day: '2026-01-01', scores: { pain: 4 } });
    const saved = (await (await p.request('POST', '/api/journal/entries', { day: '2026-01-01', scores: { pain: 5 } })).json()) as {
      entry: { id: string };
    };
    await p.request('PUT', '/api/journal/scales', { scales: [{ key: 'pain', label: 'Pain' }] });
    expect((await p.request('DELETE', '/api/auth/account', { password: 'wrong one' })).status).toBe(401);
    expect((await p.request('DELETE', '/api/auth/account', { password: 'goodbye password' })).status).toBe(204);
    for (const table of ['users', 'sessions', 'journal_entries', 'journal_entry_revisions', 'symptom_scales']) {
      const column = table === 'users' ? 'id' : 'user_id';
      const { rows } = await t.db.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${table} WHERE ${column} = $1`, [p.id]);
      expect(rows[0]?.n, table).toBe(0);
    }
    expect(saved.entry.id).toBeTruthy();
  });
});
