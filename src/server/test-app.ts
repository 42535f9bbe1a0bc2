/** Builds the real app on a fresh migrated test database, for in-process HTTP tests. */
import { Writable } from 'node:stream';
import pino from 'pino';
import { fixedClock, type Clock } from '../core/shared/clock.js';
import { openTestDb } from '../db/test-db.js';
import { loadMigrations } from '../db/migrate.js';
import { buildApp, type App, type AppDeps } from './app.js';
import type { Db } from '../db/db.js';
import type { TherapyData } from '../core/therapy/schema.js';
import { loadTherapyData } from '../data/therapy-files.js';
import { loadEvidenceCorpus } from '../data/evidence-files.js';
import { buildAtlas, type Atlas } from '../core/evidence/atlas.js';

export interface TestApp {
  readonly app: App;
  readonly db: Db;
  /** Structured log lines written while the app ran. */
  readonly logs: Record<string, unknown>[];
  dispose(): Promise<void>;
}

let cached: { therapy: TherapyData; atlas: Atlas } | undefined;
/** Data files are read once per test process. */
export function testData(): { therapy: TherapyData; atlas: Atlas } {
  cached ??= { therapy: loadTherapyData(), atlas: buildAtlas(loadEvidenceCorpus()) };
  return cached;
}

export async function openTestApp(overrides: Partial<AppDeps> & { clock?: Clock } = {}): Promise<TestApp> {
  const handle = await openTestDb();
  const logs: Record<string, unknown>[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _enc, done) {
      for (const line of chunk.toString('utf8').split('\n')) if (line.trim()) logs.push(JSON.parse(line) as Record<string, unknown>);
      done();
    },
  });
  const app = buildApp({
    db: handle.db,
    logger: pino({ level: 'info' }, sink),
    clock: overrides.clock ?? fixedClock('2026-03-01T09:00:00Z'),
    migrationVersion: loadMigrations().length,
    version: 'test',
    therapy: testData().therapy,
    atlas: testData().atlas,
    ...overrides,
  });
  return { app, db: handle.db, logs, dispose: handle.dispose };
}
