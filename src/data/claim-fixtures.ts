/**
 * Loads the claim checker's annotated fixture articles for the quality test and
 * the benchmark: the five seed articles (read from shared/seeds/, outside the
 * repository, and checked against the SHA-256 recorded with the annotations)
 * and the articles in src/core/claims/__fixtures__/articles/.
 * Set LDN_SEEDS_DIR to read the seeds from elsewhere.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { prepareArticle } from '../core/claims/input.js';
import type { AnnotatedClaim } from '../core/claims/metrics.js';
import { CHECK_VERDICTS } from '../core/claims/verdict.js';
import { CLAIM_TYPES } from '../core/evidence/schema.js';
import { DomainError } from '../core/shared/errors.js';

const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));
const FIXTURES = path.join(REPO_ROOT, 'src', 'core', 'claims', '__fixtures__');
export const DEFAULT_SEEDS_DIR = process.env['LDN_SEEDS_DIR'] ?? path.join(REPO_ROOT, '..', 'shared', 'seeds');

const claimSchema = z.strictObject({
  start: z.number().int().nonnegative(),
  end: z.number().int().positive(),
  hint: z.string(),
  conditions: z.array(z.string()),
  type: z.enum(CLAIM_TYPES),
  verdict: z.enum(CHECK_VERDICTS),
  studies: z.array(z.string()),
});
const fileSchema = z.strictObject({
  file: z.string(),
  format: z.enum(['text', 'markdown', 'html']).optional(),
  /** Written and annotated after the rules were frozen; measured, never tuned on. */
  heldOut: z.boolean().optional(),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  chars: z.number().int().positive(),
  claims: z.array(claimSchema),
});
const annotationsSchema = z.strictObject({ description: z.string(), files: z.array(fileSchema) });

export interface AnnotatedArticle {
  readonly name: string;
  /** The text the spans point into (HTML already reduced). */
  readonly text: string;
  readonly gold: readonly AnnotatedClaim[];
  readonly heldOut: boolean;
}

function readAnnotations(file: string): z.infer<typeof annotationsSchema> {
  const parsed = annotationsSchema.safeParse(JSON.parse(readFileSync(path.join(FIXTURES, file), 'utf8')));
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new DomainError('LDN_CORPUS_INVALID', `${file}: ${issue.path.join('.')}: ${issue.message}`, { field: file });
  }
  return parsed.data;
}

function load(annotationFile: string, dir: string): AnnotatedArticle[] {
  return readAnnotations(annotationFile).files.map((f) => {
    const raw = readFileSync(path.join(dir, f.file), 'utf8');
    const sha = createHash('sha256').update(raw, 'utf8').digest('hex');
    if (sha !== f.sha256) {
      throw new DomainError('LDN_CORPUS_INVALID', `${f.file} differs from the annotated version (SHA-256 ${sha}).`, { field: f.file });
    }
    const text = prepareArticle(raw, f.format ?? 'text');
    if (text.length !== f.chars) {
      throw new DomainError(
        'LDN_CORPUS_INVALID',
        `${f.file}: prepared text has ${text.length} characters, annotations expect ${f.chars}.`,
        {
          field: f.file,
        },
      );
    }
    for (const c of f.claims) {
      const got = text.slice(c.start, c.end).split(/\s+/).slice(0, 5).join(' ');
      if (got !== c.hint)
        throw new DomainError('LDN_CORPUS_INVALID', `${f.file}: span ${c.start}-${c.end} reads "${got}", not "${c.hint}".`);
    }
    return { name: f.file, text, gold: f.claims, heldOut: f.heldOut ?? false };
  });
}

export function seedsAvailable(dir: string = DEFAULT_SEEDS_DIR): boolean {
  return existsSync(dir);
}

/** The five seed articles with their annotations. */
export function loadSeedAnnotations(dir: string = DEFAULT_SEEDS_DIR): AnnotatedArticle[] {
  return load('seed-annotations.json', dir);
}

/** The extra articles written for the fixture set, in other styles. */
export function loadExtraAnnotations(): AnnotatedArticle[] {
  return load('extra-annotations.json', path.join(FIXTURES, 'articles'));
}
