/**
 * The real server process: bad configuration fails in one short line with a
 * non-zero exit and no stack trace, and SIGTERM shuts down cleanly.
 */
import { chmodSync, mkdtempSync, mkdirSync } from 'node:fs';
import { request } from 'node:http';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { freePort, startServerProcess } from './process.js';
import { isolatedServerEnv } from '../db/test-db.js';

const tmp = (): string => mkdtempSync(path.join(tmpdir(), 'ldn-main-'));

async function dbEnv(): Promise<Record<string, string>> {
  return (await isolatedServerEnv(tmp)).env;
}

async function expectCleanFailure(env: Record<string, string>, pattern: RegExp): Promise<void> {
  const p = await startServerProcess(env, { waitForListen: false });
  const code = await p.exited;
  expect(code).not.toBe(0);
  expect(p.stderr()).toMatch(pattern);
  expect(p.stderr()).not.toMatch(/\n\s+at /); // no stack trace
  expect(p.stderr().trim().split('\n')).toHaveLength(1);
}

describe('server start-up and shutdown', () => {
  it('fails clearly when the port is already in use', async () => {
    const port = await freePort();
    const blocker: Server = createServer();
    await new Promise<void>((r) => blocker.listen(port, '0.0.0.0', () => r()));
    try {
      await expectCleanFailure({ ...(await dbEnv()), PORT: String(port) }, /Port \d+ is already in use.*LDN_PORT_IN_USE/);
    } finally {
      blocker.close();
    }
  });

  it('fails clearly when the data directory cannot be written', async () => {
    if (process.getuid?.() === 0) {
      // root ignores permission bits, so use a path under a regular file instead.
      await expectCleanFailure({ LDN_DATA_DIR: '/dev/null/ldn' }, /data directory .* cannot be created or written.*LDN_CONFIG_INVALID/);
    } else {
      const dir = tmp();
      mkdirSync(path.join(dir, 'ro'));
      chmodSync(path.join(dir, 'ro'), 0o500);
      await expectCleanFailure({ LDN_DATA_DIR: path.join(dir, 'ro', 'x') }, /LDN_CONFIG_INVALID/);
    }
  });

  it('fails clearly on a malformed DATABASE_URL', async () => {
    await expectCleanFailure({ DATABASE_URL: 'mysql://nope' }, /DATABASE_URL must look like postgres:.*LDN_CONFIG_INVALID/);
  });

  it('fails clearly on an unreachable DATABASE_URL', async () => {
    const port = await freePort();
    await expectCleanFailure({ DATABASE_URL: `postgres://postgres@127.0.0.1:${port}/none` }, /Cannot reach PostgreSQL.*LDN_DB_UNAVAILABLE/);
  });

  it('fails clearly on a malformed PORT', async () => {
    await expectCleanFailure({ ...(await dbEnv()), PORT: 'eighty' }, /PORT is invalid.*LDN_CONFIG_INVALID/);
  });

  it('on SIGTERM finishes the request in flight, closes the database and exits 0', async () => {
    const isolated = await isolatedServerEnv(tmp);
    const p = await startServerProcess(isolated.env);
    try {
      const signup = await fetch(`${p.baseUrl}/api/auth/signup`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email: 'term@example.org', password: 'a long password' }),
      });
      const { csrfToken } = (await signup.json()) as { csrfToken: string };
      const cookie = (signup.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
      // An upload still arriving when SIGTERM lands: the server must wait for it, answer it, then stop.
      const rows = Array.from({ length: 200 }, (_, i) => `${new Date(Date.UTC(2001, 0, 1 + i)).toISOString().slice(0, 10)},${i % 11}`);
      const body = Buffer.from(['day,score_pain', ...rows].join('\n'));
      const half = body.subarray(0, body.length / 2);
      const rest = body.subarray(body.length / 2);
      const { port } = new URL(p.baseUrl);
      const response = new Promise<{ status: number; text: string }>((resolve, reject) => {
        const req = request(
          {
            host: '127.0.0.1',
            port,
            path: '/api/journal/import',
            method: 'POST',
            headers: { 'content-type': 'text/csv', 'content-length': body.length, cookie, 'x-csrf-token': csrfToken },
          },
          (res) => {
            let text = '';
            res.on('data', (d: Buffer) => (text += d.toString()));
            res.on('end', () => resolve({ status: res.statusCode ?? 0, text }));
          },
        );
        req.on('error', reject);
        req.write(half);
        setTimeout(() => {
          p.child.kill('SIGTERM');
          setTimeout(() => req.end(rest), 300);
        }, 200);
      });
      const res = await response;
      expect(res.status).toBe(200);
      expect((JSON.parse(res.text) as { imported: number }).imported).toBe(200);
      expect(await p.exited).toBe(0);
      expect(p.stdout()).toContain('database closed cleanly');
      // The import really was in flight: its log line comes after the shutdown began.
      expect(p.stdout().indexOf('shutting down')).toBeLessThan(p.stdout().indexOf('"path":"/api/journal/import"'));
    } finally {
      await isolated.dispose();
    }
  });

  it('refuses a second server on the same PGlite data directory', async () => {
    const dir = tmp();
    const first = await startServerProcess({ LDN_DATA_DIR: dir });
    try {
      await expectCleanFailure({ LDN_DATA_DIR: dir }, /in use by another LDN Atlas process/);
    } finally {
      first.child.kill('SIGINT');
      expect(await first.exited).toBe(0);
    }
  });
});
