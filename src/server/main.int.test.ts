/**
 * The real server process: bad configuration fails in one short line with a
 * non-zero exit and no stack trace, and SIGTERM shuts down cleanly.
 */
import { chmodSync, mkdtempSync, mkdirSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { freePort, startServerProcess } from './process.js';
import { testDatabaseUrl } from '../db/test-db.js';

const tmp = (): string => mkdtempSync(path.join(tmpdir(), 'ldn-main-'));

function dbEnv(): Record<string, string> {
  const url = testDatabaseUrl();
  return url ? { DATABASE_URL: url } : { LDN_DATA_DIR: tmp() };
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
      await expectCleanFailure({ ...dbEnv(), PORT: String(port) }, /Port \d+ is already in use.*LDN_PORT_IN_USE/);
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
    await expectCleanFailure({ ...dbEnv(), PORT: 'eighty' }, /PORT is invalid.*LDN_CONFIG_INVALID/);
  });

  it('on SIGTERM stops accepting, closes the database and exits 0', async () => {
    const p = await startServerProcess(dbEnv());
    const res = await fetch(`${p.baseUrl}/api/health`);
    expect(res.status).toBe(200);
    p.child.kill('SIGTERM');
    expect(await p.exited).toBe(0);
    expect(p.stdout()).toContain('database closed cleanly');
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
