/**
 * Fresh, migrated databases for `*.int.test.ts`. With TEST_DATABASE_URL set the
 * tests run against that PostgreSQL server, each in a schema of its own so test
 * files can run in parallel; otherwise each gets an in-memory PGlite.
 */
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { connect } from './connect.js';
import { migrate } from './migrate.js';
import type { Db } from './db.js';

export interface TestDb {
  readonly db: Db;
  /** Closes the database and drops the test schema. */
  dispose(): Promise<void>;
}

export const testDatabaseUrl = (): string | undefined => process.env['TEST_DATABASE_URL'] || undefined;

export async function openTestDb({ migrated = true }: { migrated?: boolean } = {}): Promise<TestDb> {
  const url = testDatabaseUrl();
  if (!url) {
    const db = await connect({ kind: 'pglite', dataDir: null });
    if (migrated) await migrate(db);
    return { db, dispose: () => db.close() };
  }
  const schema = `t_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`CREATE SCHEMA ${schema}`);
  await admin.end();
  const db = await connect({ kind: 'postgres', url, schema, poolSize: 4 });
  if (migrated) await migrate(db);
  return {
    db,
    async dispose() {
      await db.close();
      const c = new pg.Client({ connectionString: url });
      await c.connect();
      await c.query(`DROP SCHEMA ${schema} CASCADE`);
      await c.end();
    },
  };
}

/**
 * For tests that start the real server process: a DATABASE_URL (or a PGlite
 * data directory) of its own. On PostgreSQL a fresh schema is chosen through the
 * connection string's `options`, so the run leaves the shared database's public schema alone.
 */
export async function isolatedServerEnv(makeDir: () => string): Promise<{ env: Record<string, string>; dispose(): Promise<void> }> {
  const url = testDatabaseUrl();
  if (!url) return { env: { LDN_DATA_DIR: makeDir() }, dispose: async () => {} };
  const schema = `t_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`CREATE SCHEMA ${schema}`);
  await admin.end();
  const withSchema = new URL(url);
  withSchema.searchParams.set('options', `-c search_path=${schema}`);
  return {
    env: { DATABASE_URL: withSchema.toString() },
    async dispose() {
      const c = new pg.Client({ connectionString: url });
      await c.connect();
      await c.query(`DROP SCHEMA ${schema} CASCADE`);
      await c.end();
    },
  };
}
