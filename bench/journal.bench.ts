/**
 * Journal figures on PGlite and on PostgreSQL: writes per second through the
 * HTTP API with 20 people writing at once, and the p95 latency of loading a
 * year of entries with its charts' data (/api/journal/insights).
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import pg from 'pg';
import { addDays, type LocalDate } from '../src/core/shared/dates.js';
import { cpuSecondsOf, cpuSecondsOfCommand } from './cpu.js';
import { percentile, report } from './lib.js';
import { startBenchServer } from './spawn.js';

const USERS = 20;
// The machine's two cores are shared by the load generator, the server and PostgreSQL,
// and single rounds vary by ±20% here; the median of several rounds is reported, with the range.
const ROUNDS = 3;
const SECONDS = 6;
const PG_URL = process.env['BENCH_DATABASE_URL'] ?? process.env['TEST_DATABASE_URL'] ?? 'postgres://postgres@127.0.0.1:5432/test';

interface Person {
  cookie: string;
  csrf: string;
}

async function signUp(base: string, i: number): Promise<Person> {
  const res = await fetch(`${base}/api/auth/signup`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: `bench-${i}-${Date.now()}@example.org`, password: 'bench password 123' }),
  });
  if (res.status !== 201) throw new Error(`sign-up failed: ${res.status}`);
  const body = (await res.json()) as { csrfToken: string };
  return { cookie: (res.headers.get('set-cookie') ?? '').split(';')[0] ?? '', csrf: body.csrfToken };
}

/** What one round cost each process, in CPU microseconds per request (undefined where /proc cannot tell). */
interface Round {
  perSecond: number;
  serverUs: number | undefined;
  databaseUs: number | undefined;
  loadUs: number;
}

/** CPU counters of the server process, the PostgreSQL processes when the server uses them, and this (load) process. */
function cpuNow(serverPid: number | undefined, onPostgres: boolean): { server?: number; database?: number; load: number } {
  const server = serverPid === undefined ? undefined : cpuSecondsOf(serverPid);
  const database = onPostgres ? cpuSecondsOfCommand('postgres') : undefined;
  const { user, system } = process.cpuUsage();
  return { ...(server === undefined ? {} : { server }), ...(database === undefined ? {} : { database }), load: (user + system) / 1e6 };
}

const perRequestUs = (after: number | undefined, before: number | undefined, n: number): number | undefined =>
  after === undefined || before === undefined ? undefined : ((after - before) * 1e6) / n;

/** One timed round: each connection is one person writing successive days to `path`. */
async function writesPerSecond(server: BenchServer, people: Person[], path = '/api/journal/entries'): Promise<Round> {
  const base = server.url;
  let next = 0;
  const start = '2000-01-01' as LocalDate;
  const before = cpuNow(server.child.pid, server.onPostgres);
  const result = await autocannon({
    url: base,
    connections: USERS,
    duration: SECONDS,
    requests: [
      {
        method: 'POST',
        path,
        setupRequest: (req, context) => {
          // One person per connection, each writing successive days.
          const ctx = context as { person?: Person; day?: number };
          ctx.person ??= people[next++ % people.length] as Person;
          ctx.day = (ctx.day ?? 0) + 1;
          const person = ctx.person as Person;
          return {
            ...req,
            headers: { 'content-type': 'application/json', cookie: person.cookie, 'x-csrf-token': person.csrf },
            body: JSON.stringify({
              day: addDays(start, ctx.day),
              dose: { mg: 4.5, time: '22:00' },
              scores: { pain: ctx.day % 11, fatigue: 5 },
            }),
          };
        },
      },
    ],
  });
  const after = cpuNow(server.child.pid, server.onPostgres);
  if (result.non2xx > 0 || result.errors > 0) throw new Error(`journal writes: ${result.non2xx} non-2xx, ${result.errors} errors`);
  const n = result.requests.total;
  return {
    perSecond: result.requests.average,
    serverUs: perRequestUs(after.server, before.server, n),
    databaseUs: perRequestUs(after.database, before.database, n),
    loadUs: ((after.load - before.load) * 1e6) / n,
  };
}

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;
const medianOf = (rounds: Round[], pick: (r: Round) => number | undefined): number | undefined => {
  const xs = rounds.map(pick).filter((x): x is number => x !== undefined);
  return xs.length === rounds.length ? median(xs) : undefined;
};

async function yearLoadP95(base: string, person: Person): Promise<number> {
  const start = '2024-01-01' as LocalDate;
  for (let i = 0; i < 365; i++) {
    const res = await fetch(`${base}/api/journal/entries`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie: person.cookie, 'x-csrf-token': person.csrf },
      body: JSON.stringify({
        day: addDays(start, i),
        dose: { mg: i < 120 ? 1.5 : i < 240 ? 3 : 4.5 },
        scores: { pain: i % 11, fatigue: (i * 3) % 11, mood: 5 },
        sideEffects: i % 9 === 0 ? [{ key: 'vivid_dreams', severity: 'mild' }] : [],
      }),
    });
    if (!res.ok) throw new Error(`seed failed: ${res.status}`);
  }
  const samples: number[] = [];
  for (let i = 0; i < 220; i++) {
    const t0 = performance.now();
    const res = await fetch(`${base}/api/journal/insights?from=2024-01-01&to=2024-12-31`, { headers: { cookie: person.cookie } });
    const body = (await res.json()) as { series: Array<{ points: unknown[] }> };
    if (i >= 20) samples.push(performance.now() - t0); // first 20 warm up
    if ((body.series[0]?.points.length ?? 0) !== 365) throw new Error('year not loaded');
  }
  return percentile(samples, 95);
}

type BenchServer = Awaited<ReturnType<typeof startBenchServer>> & { onPostgres: boolean };

async function run(label: string, env: Record<string, string>, writeTarget: number): Promise<void> {
  const server: BenchServer = { ...(await startBenchServer(env)), onPostgres: 'DATABASE_URL' in env };
  try {
    const people = await Promise.all(Array.from({ length: USERS + 1 }, (_, i) => signUp(server.url, i)));
    const writers = people.slice(0, USERS);
    const reader = people[USERS] as Person;
    // Baseline: the same requests to a handler that only parses the JSON body, on the same server.
    const bare = await writesPerSecond(server, writers, '/bare');
    const rounds: Round[] = [];
    for (let i = 0; i < ROUNDS; i++) rounds.push(await writesPerSecond(server, writers));
    const rates = rounds.map((r) => r.perSecond).sort((a, b) => a - b);
    const writes = median(rates);
    report({
      area: 'journal',
      name: `writes through HTTP, ${USERS} concurrent people, ${label} (median of ${ROUNDS} rounds of ${SECONDS} s; ${rates
        .map((r) => Math.round(r))
        .join(', ')})`,
      value: writes,
      unit: 'writes/s',
      target: `>= ${writeTarget}`,
      ratio: { value: writes / bare.perSecond, baseline: `a bare JSON POST handler on the same server (${Math.round(bare.perSecond)}/s)` },
    });
    const serverUs = medianOf(rounds, (r) => r.serverUs);
    if (serverUs !== undefined && bare.serverUs !== undefined)
      report({
        area: 'journal',
        name: `server CPU per write, ${label}${label === 'PGlite' ? ' (the database runs inside the server)' : ''}`,
        value: serverUs,
        unit: 'µs',
        ratio: { value: serverUs / bare.serverUs, baseline: `the bare JSON POST handler (${Math.round(bare.serverUs)} µs)` },
      });
    const databaseUs = medianOf(rounds, (r) => r.databaseUs);
    if (databaseUs !== undefined)
      report({ area: 'journal', name: `PostgreSQL CPU per write (all its processes on this machine)`, value: databaseUs, unit: 'µs' });
    const loadUs = medianOf(rounds, (r) => r.loadUs);
    if (loadUs !== undefined) report({ area: 'journal', name: `load generator CPU per write, ${label}`, value: loadUs, unit: 'µs' });
    const p95 = await yearLoadP95(server.url, reader);
    report({ area: 'journal', name: `p95 load of a year with chart data, ${label}`, value: p95, unit: 'ms', target: '<= 30 ms' });
  } finally {
    await server.stop();
  }
}

await run('PGlite', { LDN_DATA_DIR: mkdtempSync(path.join(tmpdir(), 'ldn-bench-journal-')) }, 1000);

const schema = `bench_${Date.now()}`;
const admin = new pg.Client({ connectionString: PG_URL });
try {
  await admin.connect();
} catch {
  process.stdout.write(`journal: PostgreSQL figures skipped (cannot reach ${PG_URL}; set BENCH_DATABASE_URL)\n`);
  process.exit(0);
}
await admin.query(`CREATE SCHEMA ${schema}`);
try {
  const url = new URL(PG_URL);
  url.searchParams.set('options', `-c search_path=${schema}`);
  await run('PostgreSQL', { DATABASE_URL: url.toString() }, 3000);
} finally {
  await admin.query(`DROP SCHEMA ${schema} CASCADE`);
  await admin.end();
}
