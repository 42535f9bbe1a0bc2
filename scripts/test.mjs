#!/usr/bin/env node
// `npm test`: every tier, in order, stopping at the first failure.
//   1. format, lint, type check (tests included)
//   2. unit tier                      (*.test.ts)
//   3. integration tier on PGlite     (*.int.test.ts)
//   4. integration tier on PostgreSQL (TEST_DATABASE_URL; required when CI is set)
//   5. web build + browser tier in Chromium (*.e2e.test.ts; required when CI is set)
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const bin = (name) => path.join(root, 'node_modules/.bin', name);
const ci = Boolean(process.env.CI);
const reportDir = mkdtempSync(path.join(tmpdir(), 'ldn-test-'));
const totals = { passed: 0, failed: 0, skipped: 0 };
const started = Date.now();

function step(title, cmd, args, env = {}, afterwards = () => {}) {
  process.stdout.write(`\n== ${title}\n`);
  const t0 = Date.now();
  const r = spawnSync(cmd, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } });
  afterwards();
  process.stdout.write(`== ${title}: ${r.status === 0 ? 'ok' : 'FAILED'} in ${((Date.now() - t0) / 1000).toFixed(1)} s\n`);
  if (r.status !== 0) finish(1);
}

function vitest(title, project, env = {}) {
  const out = path.join(reportDir, `${title.replace(/\W+/g, '-')}.json`);
  const count = () => {
    if (!existsSync(out)) return;
    const r = JSON.parse(readFileSync(out, 'utf8'));
    totals.passed += r.numPassedTests;
    totals.failed += r.numFailedTests;
    totals.skipped += r.numPendingTests + r.numTodoTests;
  };
  step(
    title,
    bin('vitest'),
    ['run', '--project', project, '--reporter=default', '--reporter=json', `--outputFile.json=${out}`],
    env,
    count,
  );
}

function finish(code) {
  process.stdout.write(`\nnpm test finished in ${((Date.now() - started) / 1000).toFixed(0)} s\n`);
  process.stdout.write(`${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped\n`);
  process.exit(code);
}

step('format', bin('prettier'), ['--check', '--log-level', 'warn', '.']);
step('lint', bin('eslint'), ['--max-warnings=0', '.']);
step('typecheck', bin('tsc'), ['-p', 'tsconfig.json', '--noEmit']);
vitest('unit tier', 'unit');
vitest('integration tier on PGlite', 'int', { TEST_DATABASE_URL: '' });

const pgUrl = process.env.TEST_DATABASE_URL;
if (pgUrl) {
  vitest('integration tier on PostgreSQL', 'int', { TEST_DATABASE_URL: pgUrl });
} else if (ci) {
  process.stderr.write('\nCI requires the PostgreSQL leg: set TEST_DATABASE_URL=postgres://postgres@127.0.0.1:5432/test\n');
  finish(1);
} else {
  process.stdout.write('\n== integration tier on PostgreSQL: SKIPPED (set TEST_DATABASE_URL=postgres://user@host:5432/db to run it)\n');
}

const chromium = process.env.LDN_CHROMIUM ?? '/usr/bin/chromium';
step('web build', process.execPath, [
  path.join(root, 'node_modules/vite/bin/vite.js'),
  'build',
  '--config',
  'src/web/vite.config.ts',
  '--logLevel',
  'warn',
]);
if (existsSync(chromium)) {
  vitest('browser tier in Chromium', 'e2e', { LDN_CHROMIUM: chromium });
} else if (ci) {
  process.stderr.write(`\nCI requires the browser tier, but ${chromium} is missing (apt-get install -y chromium).\n`);
  finish(1);
} else {
  process.stdout.write(`\n== browser tier: SKIPPED (${chromium} not found; apt-get install -y chromium)\n`);
}
finish(0);
