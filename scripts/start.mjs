#!/usr/bin/env node
// `npm start`: build the web app and bundle the server when their sources changed
// since the last build, then run the server in this same process (so signals reach
// it directly). The bundle runs on plain Node: no TypeScript loader thread, less memory.
// package.json starts Node with --v8-pool-size=1: one V8 worker thread instead of four. Resident memory after start-up
// was 212-267 MiB across runs with four, 183-187 MiB with one, and journal writes/s were the same either way. The
// likely cause, not proven: the extra memory sat in per-thread malloc arenas, filled while threads compiled PGlite's
// 9 MB WebAssembly module at start-up.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const outDir = path.join(root, 'dist/web');
const stampFile = path.join(outDir, '.build-stamp');
const inputs = ['src/web', 'src/contracts', 'src/core', 'package-lock.json'];

function fingerprint(inputs) {
  const hash = createHash('sha256');
  const walk = (p) => {
    const full = path.join(root, p);
    if (!existsSync(full)) return;
    const st = statSync(full);
    if (st.isDirectory()) {
      for (const name of readdirSync(full).sort())
        if (name !== 'e2e' && name !== 'node_modules' && !name.includes('.test.')) walk(path.join(p, name));
    } else hash.update(`${p}:${st.size}:${st.mtimeMs}\n`);
  };
  inputs.forEach(walk);
  return hash.digest('hex');
}

const want = fingerprint(inputs);
const have = existsSync(stampFile) ? readFileSync(stampFile, 'utf8') : '';
if (want !== have || !existsSync(path.join(outDir, 'index.html'))) {
  process.stderr.write('ldn-atlas: building the web app...\n');
  const vite = path.join(root, 'node_modules/vite/bin/vite.js');
  const r = spawnSync(process.execPath, [vite, 'build', '--config', 'src/web/vite.config.ts', '--logLevel', 'warn'], {
    cwd: root,
    stdio: 'inherit',
  });
  if (r.status !== 0) {
    process.stderr.write('ldn-atlas: the web build failed; see the messages above.\n');
    process.exit(1);
  }
  writeFileSync(stampFile, want);
}

const serverOut = path.join(root, 'dist/server/main.mjs');
const serverStamp = path.join(root, 'dist/server/.build-stamp');
const serverWant = fingerprint(['src', 'package-lock.json']);
if (!existsSync(serverOut) || !existsSync(serverStamp) || readFileSync(serverStamp, 'utf8') !== serverWant) {
  const { build } = await import('esbuild');
  await build({
    entryPoints: [path.join(root, 'src/server/main.ts')],
    outfile: serverOut,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    sourcemap: true,
    logLevel: 'warning',
  });
  writeFileSync(serverStamp, serverWant);
}
await import(pathToFileURL(serverOut).href);
