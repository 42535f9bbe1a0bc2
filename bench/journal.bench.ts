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

/** One timed round: each connection is one person writing successive days to `path`. */
async function writesPerSecond(base: string, people: Person[], path = '/api/journal/entries'): Promise<number> {
  let next = 0;
  const start = '2000-01-01' as LocalDate;
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
  if (result.non2xx > 0 || result.errors > 0) throw new Error(`journal writes: ${result.non2xx} non-2xx, ${result.errors} errors`);
  return result.requests.average;
}

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

async function run(label: string, env: Record<string, string>, writeTarget: number): Promise<void> {
  const server = await startBenchServer(env);
  try {
    const people = await Promise.all(Array.from({ length: USERS + 1 }, (_, i) => signUp(server.url, i)));
    const writers = people.slice(0, USERS);
    const reader = people[USERS] as Person;
    // Baseline: the same requests to a handler that only parses the JSON body, on the same server.
    const bare = await writesPerSecond(server.url, writers, '/bare');
    const rounds: number[] = [];
    for (let i = 0; i < ROUNDS; i++) rounds.push(await writesPerSecond(server.url, writers));
    const sorted = [...rounds].sort((a, b) => a - b);
    const median = sorted[Math.floor(ROUNDS / 2)] as number;
    report({
      area: 'journal',
      name: `writes through HTTP, ${USERS} concurrent people, ${label} (median of ${ROUNDS} rounds of ${SECONDS} s; ${sorted
        .map((r) => Math.round(r))
        .join(', ')})`,
      value: median,
      unit: 'writes/s',
      target: `>= ${writeTarget}`,
      ratio: { value: median / bare, baseline: `a bare JSON POST handler on the same server (${Math.round(bare)}/s)` },
    });
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
