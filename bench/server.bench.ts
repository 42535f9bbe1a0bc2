/**
 * Foundation figures: /api/health throughput against a bare JSON handler on the
 * same server and run; the gzipped JS and CSS of the first page load; resident
 * memory of the real server after start-up.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { percentile, report, requestsPerSecond } from './lib.js';
import { startBenchServer } from './spawn.js';
import { startServerProcess } from '../src/server/process.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

async function throughput(): Promise<void> {
  const server = await startBenchServer({ LDN_DATA_DIR: mkdtempSync(path.join(tmpdir(), 'ldn-bench-')) });
  try {
    for (const p of ['/bare', '/api/bench/bare', '/api/health']) await requestsPerSecond(`${server.url}${p}`, { seconds: 1 }); // warm-up
    // Interleaved rounds, so drift on this shared 2-core machine hits every figure alike; medians reported.
    const rounds: Record<string, number[]> = { raw: [], bare: [], health: [] };
    for (let i = 0; i < 3; i++) {
      rounds['raw']?.push(await requestsPerSecond(`${server.url}/bare`, { seconds: 2 }));
      rounds['bare']?.push(await requestsPerSecond(`${server.url}/api/bench/bare`, { seconds: 2 }));
      rounds['health']?.push(await requestsPerSecond(`${server.url}/api/health`, { seconds: 2 }));
    }
    const [raw, bare, health] = ['raw', 'bare', 'health'].map((k) => percentile(rounds[k] ?? [], 50)) as [number, number, number];
    report({ area: 'server', name: 'bare JSON handler, no middleware', value: raw, unit: 'req/s' });
    report({
      area: 'server',
      name: 'bare JSON handler behind the app middleware',
      value: bare,
      unit: 'req/s',
      ratio: { value: bare / raw, baseline: 'no middleware' },
    });
    report({
      area: 'server',
      name: '/api/health',
      value: health,
      unit: 'req/s',
      ratio: { value: health / bare, baseline: 'bare handler behind the same middleware' },
      target: 'ratio >= 0.8',
    });
  } finally {
    await server.stop();
  }
}

function firstLoadBytes(): void {
  const dir = path.join(ROOT, 'dist/web');
  const html = readFileSync(path.join(dir, 'index.html'), 'utf8');
  const assets = [...html.matchAll(/(?:src|href)="\/(assets\/[^"]+\.(?:js|css))"/g)].map((m) => m[1] ?? '');
  const gz = assets.reduce((sum, a) => sum + gzipSync(readFileSync(path.join(dir, a))).length, 0);
  report({ area: 'web', name: 'first-load JS+CSS gzipped', value: gz / 1024, unit: 'KiB', target: '<= 150 KiB' });
}

async function startTimes(): Promise<void> {
  // Cold: no dist/ at all, as right after `npm ci` on a fresh clone.
  rmSync(path.join(ROOT, 'dist'), { recursive: true, force: true });
  const dataDir = mkdtempSync(path.join(tmpdir(), 'ldn-start-'));
  for (const label of ['cold (builds web app and server bundle, creates the database)', 'warm (nothing to build, existing database)']) {
    const t0 = performance.now();
    const p = await startServerProcess({ LDN_DATA_DIR: dataDir }, { via: 'npm-start' });
    const res = await fetch(`${p.baseUrl}/`);
    const ms = performance.now() - t0;
    if (!(await res.text()).includes('<div id="root">')) throw new Error('npm start did not serve the shell');
    p.child.kill('SIGTERM');
    await p.exited;
    report({
      area: 'server',
      name: `npm start to first page, ${label}`,
      value: ms / 1000,
      unit: 's',
      target: label.startsWith('cold') ? '<= 10 s' : '<= 3 s',
    });
  }
}

async function residentMemory(): Promise<void> {
  const p = await startServerProcess({ LDN_DATA_DIR: mkdtempSync(path.join(tmpdir(), 'ldn-rss-')) }, { via: 'npm-start' });
  try {
    await fetch(`${p.baseUrl}/api/health`);
    const status = readFileSync(`/proc/${p.child.pid}/status`, 'utf8');
    const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
    report({ area: 'server', name: 'resident memory after start-up (PGlite)', value: kb / 1024, unit: 'MiB', target: '<= 250 MiB' });
  } finally {
    p.child.kill('SIGTERM');
    await p.exited;
  }
}

await throughput();
await startTimes();
firstLoadBytes();
await residentMemory();
