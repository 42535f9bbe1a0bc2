#!/usr/bin/env node
// `npm start`: build the web app when its sources changed since the last build,
// then run the server in this same process (so signals reach it directly).
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const outDir = path.join(root, 'dist/web');
const stampFile = path.join(outDir, '.build-stamp');
const inputs = ['src/web', 'src/contracts', 'src/core', 'package-lock.json'];

function fingerprint() {
  const hash = createHash('sha256');
  const walk = (p) => {
    const full = path.join(root, p);
    if (!existsSync(full)) return;
    const st = statSync(full);
    if (st.isDirectory()) {
      for (const name of readdirSync(full).sort()) if (name !== 'e2e' && !name.includes('.test.')) walk(path.join(p, name));
    } else hash.update(`${p}:${st.size}:${st.mtimeMs}\n`);
  };
  inputs.forEach(walk);
  return hash.digest('hex');
}

const want = fingerprint();
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

const { register } = await import('tsx/esm/api');
register();
await import(path.join(root, 'src/server/main.ts'));
