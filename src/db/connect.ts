import { closeSync, existsSync, mkdirSync, openSync, readFileSync, rmSync, accessSync, constants, writeSync } from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import { DomainError } from '../core/shared/errors.js';
import type { Db, Queryable, QueryOptions, QueryResult } from './db.js';

export type ConnectOptions =
  | { readonly kind: 'pglite'; readonly dataDir: string | null }
  | { readonly kind: 'postgres'; readonly url: string; readonly schema?: string; readonly poolSize?: number };

// DATE stays a plain YYYY-MM-DD string: a person's day must not shift with the server's time zone.
const DATE_OID = 1082;
const INT8_OID = 20;

/** Opens PGlite (embedded, default) or a PostgreSQL server; fails with a short, coded message. */
export async function connect(options: ConnectOptions): Promise<Db> {
  return options.kind === 'pglite' ? openPglite(options.dataDir) : openPostgres(options);
}

async function openPglite(dataDir: string | null): Promise<Db> {
  let release = (): void => {};
  if (dataDir !== null) {
    ensureWritableDir(dataDir);
    release = takeDirLock(dataDir);
  }
  let db: PGlite;
  try {
    if (dataDir !== null) initializeInChild(path.join(dataDir, 'pgdata'));
    db = await PGlite.create({
      ...(dataDir === null ? {} : { dataDir: path.join(dataDir, 'pgdata') }),
      parsers: { [DATE_OID]: (v: string) => v, [INT8_OID]: (v: string) => Number(v) },
      startParams: PGLITE_START_PARAMS,
    });
  } catch (cause) {
    release();
    throw new DomainError('LDN_DB_UNAVAILABLE', `Could not open the embedded database in ${dataDir ?? 'memory'}: ${String(cause)}`, {
      field: 'LDN_DATA_DIR',
      cause,
    });
  }
  const wrap = (q: Pick<PGlite, 'query'>): Queryable => ({
    async query<T>(sql: string, params: readonly unknown[] = []): Promise<QueryResult<T>> {
      const r = await q.query<T>(sql, params as unknown[]);
      return { rows: r.rows, rowCount: r.affectedRows ?? r.rows.length };
    },
  });
  return {
    kind: 'pglite',
    ...wrap(db),
    transaction: (fn) => db.transaction((tx) => fn(wrap(tx))),
    exec: async (sql) => {
      await db.exec(sql);
    },
    close: async () => {
      try {
        await db.close();
      } finally {
        release();
      }
    },
  };
}

/**
 * PGlite's own defaults (from its source), plus smaller buffers: 128 MB of shared
 * buffers would make the server's resident memory about 300 MB. 8 MB (measured: about
 * 185 MB resident for PGlite alone) holds a year of one person's journal many times over;
 * larger installations belong on a PostgreSQL server.
 */
const PGLITE_START_PARAMS = [
  '--single',
  '-F',
  '-O',
  '-j',
  ...['search_path=public', 'exit_on_error=false', 'log_checkpoints=false', 'max_worker_processes=0', 'max_parallel_workers=0'],
  ...['max_parallel_workers_per_gather=0', 'io_method=sync', 'max_parallel_maintenance_workers=0', 'shared_buffers=8MB'],
].flatMap((p) => (p.startsWith('-') ? [p] : ['-c', p]));

/**
 * Creating a new PGlite cluster runs initdb, whose WebAssembly memory (about
 * 500 MB) is never returned to the system. Doing it in a short-lived child
 * process keeps the server's own memory small.
 */
function initializeInChild(pgdata: string): void {
  if (existsSync(path.join(pgdata, 'PG_VERSION'))) return;
  const moduleUrl = pathToFileURL(createRequire(import.meta.url).resolve('@electric-sql/pglite')).href;
  const script = `const { PGlite } = await import(${JSON.stringify(moduleUrl)}); const db = await PGlite.create({ dataDir: ${JSON.stringify(pgdata)} }); await db.close();`;
  const r = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`initdb failed: ${r.stderr.trim().split('\n').slice(-1)[0] ?? ''}`);
}

pg.types.setTypeParser(DATE_OID, (v: string) => v);
pg.types.setTypeParser(INT8_OID, (v: string) => Number(v));

async function openPostgres(options: { url: string; schema?: string; poolSize?: number }): Promise<Db> {
  let parsed: URL;
  try {
    parsed = new URL(options.url);
    if (parsed.protocol !== 'postgres:' && parsed.protocol !== 'postgresql:') throw new Error('protocol');
  } catch {
    throw new DomainError('LDN_CONFIG_INVALID', 'DATABASE_URL must look like postgres://user@host:5432/database.', {
      field: 'DATABASE_URL',
    });
  }
  const pool = new pg.Pool({
    connectionString: options.url,
    max: options.poolSize ?? 10,
    connectionTimeoutMillis: 5000,
    ...(options.schema ? { options: `-c search_path=${options.schema}` } : {}),
  });
  // A broken idle connection must not crash the process; the next query reports it.
  pool.on('error', () => {});
  try {
    await pool.query('SELECT 1');
  } catch (cause) {
    await pool.end().catch(() => {});
    const where = `${parsed.hostname}:${parsed.port || '5432'}${parsed.pathname}`;
    throw new DomainError('LDN_DB_UNAVAILABLE', `Cannot reach PostgreSQL at ${where}: ${(cause as Error).message}`, {
      field: 'DATABASE_URL',
      cause,
    });
  }
  const wrap = (q: pg.Pool | pg.PoolClient): Queryable => ({
    async query<T>(sql: string, params: readonly unknown[] = [], options?: QueryOptions): Promise<QueryResult<T>> {
      const r = await q.query(
        options?.name ? { name: options.name, text: sql, values: params as unknown[] } : { text: sql, values: params as unknown[] },
      );
      return { rows: r.rows as T[], rowCount: r.rowCount ?? r.rows.length };
    },
  });
  return {
    kind: 'postgres',
    ...wrap(pool),
    async transaction(fn) {
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        const result = await fn(wrap(client));
        await client.query('COMMIT');
        return result;
      } catch (error) {
        await client.query('ROLLBACK').catch(() => {});
        throw error;
      } finally {
        client.release();
      }
    },
    exec: async (sql) => {
      await pool.query(sql);
    },
    close: () => pool.end(),
  };
}

function ensureWritableDir(dir: string): void {
  try {
    mkdirSync(dir, { recursive: true });
    accessSync(dir, constants.W_OK);
  } catch {
    throw new DomainError(
      'LDN_CONFIG_INVALID',
      `The data directory ${dir} cannot be created or written. Set LDN_DATA_DIR to a writable folder.`,
      {
        field: 'LDN_DATA_DIR',
      },
    );
  }
}

/**
 * PGlite is single-process: two servers on one data directory would corrupt it.
 * A lock file with our pid guards it; a lock left by a killed process is stale and taken over.
 */
function takeDirLock(dir: string): () => void {
  const lockPath = path.join(dir, 'ldn.lock');
  if (existsSync(lockPath)) {
    const pid = Number(readFileSync(lockPath, 'utf8').trim());
    if (Number.isInteger(pid) && pid !== process.pid && isAlive(pid)) {
      throw new DomainError('LDN_DB_UNAVAILABLE', `The data directory ${dir} is in use by another LDN Atlas process (pid ${pid}).`, {
        field: 'LDN_DATA_DIR',
      });
    }
    rmSync(lockPath, { force: true });
  }
  const fd = openSync(lockPath, 'wx');
  writeSync(fd, String(process.pid));
  closeSync(fd);
  return () => rmSync(lockPath, { force: true });
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
