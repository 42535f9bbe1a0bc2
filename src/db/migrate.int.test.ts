import { mkdtempSync, writeFileSync, readFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { connect } from './connect.js';
import { currentVersion, loadMigrations, migrate, splitSql } from './migrate.js';
import { describeSchema } from './schema-snapshot.js';
import { openTestDb, testDatabaseUrl } from './test-db.js';

const SNAPSHOT = fileURLToPath(new URL('./schema.snapshot.txt', import.meta.url));

describe('migrations', () => {
  it('apply to a fresh database, and applying them twice is harmless', async () => {
    const { db, dispose } = await openTestDb({ migrated: false });
    try {
      const first = await migrate(db);
      expect(first.version).toBe(loadMigrations().length);
      const schemaAfterFirst = await describeSchema(db);
      const second = await migrate(db);
      expect(second).toEqual(first);
      expect(await describeSchema(db)).toBe(schemaAfterFirst);
      const { rows } = await db.query<{ n: number }>('SELECT count(*)::int AS n FROM schema_migrations');
      expect(rows[0]?.n).toBe(first.version);
    } finally {
      await dispose();
    }
  });

  it('produce the committed schema snapshot', async () => {
    const { db, dispose } = await openTestDb();
    try {
      const schema = await describeSchema(db);
      if (process.env['UPDATE_SNAPSHOT'] === '1' || !existsSync(SNAPSHOT)) writeFileSync(SNAPSHOT, schema);
      expect(schema).toBe(readFileSync(SNAPSHOT, 'utf8'));
    } finally {
      await dispose();
    }
  });

  it.skipIf(!testDatabaseUrl())('produce the same schema on PostgreSQL as on PGlite', async () => {
    const server = await openTestDb();
    const embedded = await connect({ kind: 'pglite', dataDir: null });
    try {
      await migrate(embedded);
      expect(server.db.kind).toBe('postgres');
      expect(await describeSchema(server.db)).toBe(await describeSchema(embedded));
    } finally {
      await embedded.close();
      await server.dispose();
    }
  });

  it('refuse a database migrated by newer code, changing nothing', async () => {
    const { db, dispose } = await openTestDb();
    try {
      const known = loadMigrations().length;
      await db.query("INSERT INTO schema_migrations (version, name, checksum) VALUES ($1, 'from_the_future', 'x')", [known + 1]);
      const before = await describeSchema(db);
      await expect(migrate(db)).rejects.toMatchObject({ code: 'LDN_DB_VERSION_TOO_NEW' });
      await expect(migrate(db)).rejects.toThrow(/newer|only knows migrations up to/);
      expect(await describeSchema(db)).toBe(before);
      expect(await currentVersion(db)).toBe(known + 1);
    } finally {
      await dispose();
    }
  });

  it('roll back entirely when one statement fails', async () => {
    const { db, dispose } = await openTestDb({ migrated: false });
    const dir = mkdtempSync(path.join(tmpdir(), 'ldn-mig-'));
    writeFileSync(path.join(dir, '0001_ok.sql'), 'CREATE TABLE a (id int);\n');
    writeFileSync(path.join(dir, '0002_bad.sql'), 'CREATE TABLE b (id int);\nCREATE TABLE b (id int);\n');
    try {
      await expect(migrate(db, loadMigrations(dir))).rejects.toThrow();
      const { rows } = await db.query<{ t: string | null }>("SELECT to_regclass('a')::text AS t");
      expect(rows[0]?.t).toBeNull();
    } finally {
      await dispose();
    }
  });

  it('persist on disk in PGlite under the data directory', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'ldn-data-'));
    const a = await connect({ kind: 'pglite', dataDir: dir });
    await migrate(a);
    await a.close();
    const b = await connect({ kind: 'pglite', dataDir: dir });
    expect(await currentVersion(b)).toBe(loadMigrations().length);
    await b.close();
  });
});

describe('splitSql', () => {
  it('splits on statement ends and keeps dollar-quoted bodies whole', () => {
    const sql = 'CREATE TABLE a (id int); -- note;\nCREATE FUNCTION f() RETURNS int AS $$\nSELECT 1;\n$$ LANGUAGE sql;\n';
    expect(splitSql(sql)).toHaveLength(2);
  });
});
