/**
 * The architecture, enforced by scanning imports (the lint rule says the same;
 * this test cannot be switched off by a disable comment):
 * - src/core is pure: no I/O, database, HTTP, filesystem or React, and nothing else from src;
 * - src/web talks to the server over HTTP only: no db, server, cli or data imports.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

function sourceFiles(dir: string): string[] {
  const full = path.join(ROOT, dir);
  return readdirSync(full).flatMap((name) => {
    const p = path.join(dir, name);
    if (statSync(path.join(ROOT, p)).isDirectory()) return name === 'node_modules' ? [] : sourceFiles(p);
    return /\.(ts|tsx)$/.test(name) ? [p] : [];
  });
}

const IMPORT =
  /(?:^|\n)\s*(?:import|export)\s[^'"]*?from\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)|^\s*import\s*['"]([^'"]+)['"]/g;

export function importsOf(file: string): string[] {
  const text = readFileSync(path.join(ROOT, file), 'utf8');
  return [...text.matchAll(IMPORT)].map((m) => m[1] ?? m[2] ?? m[3] ?? '');
}

const IO =
  /^(node:|fs$|fs\/|path$|http$|https$|net$|child_process$|os$|crypto$|pg$|@electric-sql\/|hono|@hono\/|react|wouter|pino|commander)/;

function resolvedTop(file: string, spec: string): string | undefined {
  if (!spec.startsWith('.')) return undefined;
  const abs = path.normalize(path.join(path.dirname(file), spec));
  return abs.split(path.sep).slice(0, 2).join('/');
}

describe('architecture', () => {
  // Tests may read fixtures from disk; the rule is about the domain code itself.
  const core = sourceFiles('src/core').filter((f) => !/\.test\.ts$/.test(f) && !f.includes('__vectors__'));

  it('finds the core files it guards', () => {
    expect(core.length).toBeGreaterThan(3);
  });

  it('keeps src/core free of I/O and of every other layer', () => {
    const breaches = core.flatMap((file) =>
      importsOf(file)
        .filter((spec) => IO.test(spec) || (resolvedTop(file, spec) ?? 'src/core') !== 'src/core')
        .map((spec) => `${file} imports ${spec}`),
    );
    expect(breaches).toEqual([]);
  });

  it('keeps the web app away from the database, server and CLI', () => {
    const web = sourceFiles('src/web/src');
    const breaches = web.flatMap((file) =>
      importsOf(file)
        .filter(
          (spec) =>
            /^(pg$|@electric-sql\/)/.test(spec) || ['src/db', 'src/server', 'src/cli', 'src/data'].includes(resolvedTop(file, spec) ?? ''),
        )
        .map((spec) => `${file} imports ${spec}`),
    );
    expect(breaches).toEqual([]);
  });

  it('would catch a breach (the scanner itself works)', () => {
    expect(IO.test('node:fs')).toBe(true);
    expect(IO.test('zod')).toBe(false);
    expect(resolvedTop('src/core/evidence/x.ts', '../../db/db.js')).toBe('src/db');
  });
});
