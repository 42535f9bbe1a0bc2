/**
 * The real app in its own process for load tests, with baselines: a bare JSON
 * handler on the same Hono server outside the app (GET `/bare`, and POST `/bare`,
 * which parses a JSON body and stores nothing), and the GET handler inside the app
 * behind all of its middleware (`/api/bench/bare`).
 */
import { serve } from '@hono/node-server';
import { Hono } from 'hono';
import pino from 'pino';
import { connect } from '../src/db/connect.js';
import { migrate } from '../src/db/migrate.js';
import { buildApp } from '../src/server/app.js';
import { loadTherapyData } from '../src/data/therapy-files.js';
import { loadEvidenceCorpus } from '../src/data/evidence-files.js';
import { buildAtlas } from '../src/core/evidence/atlas.js';

const url = process.env['DATABASE_URL'];
const db = await connect(url ? { kind: 'postgres', url, poolSize: 20 } : { kind: 'pglite', dataDir: process.env['LDN_DATA_DIR'] ?? null });
const { version } = await migrate(db);
// Logs are written for real (to /dev/null) so the figure includes their cost.
const app = buildApp({
  db,
  logger: pino({ level: 'info' }, pino.destination({ dest: '/dev/null', sync: false, minLength: 4096 })),
  clock: { now: () => new Date() },
  migrationVersion: version,
  version: 'bench',
  therapy: loadTherapyData(),
  atlas: buildAtlas(loadEvidenceCorpus()),
});
const root = new Hono();
root.get('/bare', (c) => c.json({ status: 'ok' }));
// Baseline for write benchmarks: reads and parses the JSON body, stores nothing.
root.post('/bare', async (c) => c.json({ received: typeof (await c.req.json()) }, 201));
// The same bare handler inside the app, behind its middleware (request id, security headers, log line).
app.get('/api/bench/bare', (c) => c.json({ status: 'ok' }));
root.route('/', app);
const server = serve({ fetch: root.fetch, port: Number(process.env['PORT'] ?? 0), hostname: '127.0.0.1' }, (info) => {
  process.stdout.write(`listening ${info.port}\n`);
});
process.on('SIGTERM', () => {
  server.close();
  void db.close().then(() => process.exit(0));
});
