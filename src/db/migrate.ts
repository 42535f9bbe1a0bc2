import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { createHash } from 'node:crypto';
import { DomainError } from '../core/shared/errors.js';
import type { Db } from './db.js';

export interface Migration {
  readonly version: number;
  readonly name: string;
  readonly sql: string;
  readonly checksum: string;
}

// Resolved from the repository root so the same path works from src/ and from the bundled dist/server/.
const MIGRATIONS_DIR = fileURLToPath(new URL('../../src/db/migrations/', import.meta.url));
const FILE_PATTERN = /^(\d{4})_([a-z0-9_]+)\.sql$/;

/** Reads the committed, numbered migration files in order; numbers must run 1, 2, 3... */
export function loadMigrations(dir: string = MIGRATIONS_DIR): Migration[] {
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.sql'))
    .sort();
  return files.map((file, index) => {
    const m = FILE_PATTERN.exec(file);
    if (!m || Number(m[1]) !== index + 1) {
      throw new Error(`Migration file ${file} must be named NNNN_name.sql and numbered ${String(index + 1).padStart(4, '0')}.`);
    }
    const sql = readFileSync(path.join(dir, file), 'utf8');
    return { version: index + 1, name: m[2] ?? file, sql, checksum: createHash('sha256').update(sql).digest('hex') };
  });
}

export interface MigrationStatus {
  readonly version: number;
  readonly applied: readonly number[];
}

/**
 * Applies pending migrations in one transaction, under an advisory lock so that
 * several servers starting against one PostgreSQL do not race. Re-running is a no-op.
 * A database stamped with a version newer than this code is refused.
 */
export async function migrate(db: Db, migrations: readonly Migration[] = loadMigrations()): Promise<MigrationStatus> {
  const latest = migrations.length;
  return db.transaction(async (tx) => {
    await tx.query("SELECT pg_advisory_xact_lock(hashtext('ldn-atlas-migrations'))");
    await tx.query(`CREATE TABLE IF NOT EXISTS schema_migrations (
      version integer PRIMARY KEY,
      name text NOT NULL,
      checksum text NOT NULL,
      applied_at timestamptz NOT NULL DEFAULT now()
    )`);
    const { rows } = await tx.query<{ version: number }>('SELECT version FROM schema_migrations ORDER BY version');
    const applied = new Set(rows.map((r) => r.version));
    const newest = Math.max(0, ...applied);
    if (newest > latest) {
      throw new DomainError(
        'LDN_DB_VERSION_TOO_NEW',
        `The database is at migration ${newest}, but this LDN Atlas only knows migrations up to ${latest}. Upgrade LDN Atlas, or point it at another database; nothing was changed.`,
        { details: { databaseVersion: newest, codeVersion: latest } },
      );
    }
    for (const migration of migrations) {
      if (applied.has(migration.version)) continue;
      // Statements run one by one through the transaction's own connection.
      for (const statement of splitSql(migration.sql)) await tx.query(statement);
      await tx.query('INSERT INTO schema_migrations (version, name, checksum) VALUES ($1, $2, $3)', [
        migration.version,
        migration.name,
        migration.checksum,
      ]);
      applied.add(migration.version);
    }
    return { version: Math.max(0, ...applied), applied: [...applied].sort((a, b) => a - b) };
  });
}

/** The migration version a database is at (0 when never migrated). */
export async function currentVersion(db: Db): Promise<number> {
  const { rows } = await db.query<{ v: number | null }>("SELECT CASE WHEN to_regclass('schema_migrations') IS NULL THEN 0 END AS v");
  if (rows[0]?.v === 0) return 0;
  const r = await db.query<{ v: number | null }>('SELECT max(version) AS v FROM schema_migrations');
  return r.rows[0]?.v ?? 0;
}

/**
 * Splits a migration into statements on semicolons at line ends. Migrations are
 * plain DDL; dollar-quoted bodies are kept whole.
 */
export function splitSql(sql: string): string[] {
  const out: string[] = [];
  let current = '';
  let inDollar = false;
  for (const line of sql.split('\n')) {
    const trimmed = line.replace(/--.*$/, '');
    if ((trimmed.match(/\$\$/g) ?? []).length % 2 === 1) inDollar = !inDollar;
    current += line + '\n';
    if (!inDollar && trimmed.trimEnd().endsWith(';')) {
      if (current.replace(/--.*$/gm, '').trim()) out.push(current.trim());
      current = '';
    }
  }
  if (current.replace(/--.*$/gm, '').trim()) out.push(current.trim());
  return out;
}
