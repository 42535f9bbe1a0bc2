/** Every error code is documented in docs/errors.md, and every documented code exists (Fastify's pattern). */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ERROR_CODES } from '../src/core/shared/errors.js';

const doc = readFileSync(new URL('../docs/errors.md', import.meta.url), 'utf8');
const documented = new Set([...doc.matchAll(/`(LDN_[A-Z0-9_]+)`/g)].map((m) => m[1] ?? ''));

describe('error catalogue', () => {
  it('documents every code', () => {
    expect(Object.keys(ERROR_CODES).filter((c) => !documented.has(c))).toEqual([]);
  });
  it('documents no code that does not exist', () => {
    expect([...documented].filter((c) => !(c in ERROR_CODES))).toEqual([]);
  });
});
