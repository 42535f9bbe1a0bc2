import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { fixtureClaim, fixtureCondition, fixtureSource, fixtureStudy } from '../core/evidence/fixtures.js';
import { DomainError } from '../core/shared/errors.js';
import { DEFAULT_EVIDENCE_DIR, loadEvidenceCorpus } from './evidence-files.js';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

function tempCorpus(records: Record<string, readonly { id: string }[]>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'ldn-evidence-'));
  dirs.push(dir);
  for (const kind of ['conditions', 'studies', 'sources', 'claims']) {
    mkdirSync(path.join(dir, kind));
    for (const r of records[kind] ?? []) writeFileSync(path.join(dir, kind, `${r.id}.json`), JSON.stringify(r, null, 2));
  }
  return dir;
}

const valid = {
  conditions: [fixtureCondition('fixture-condition')],
  studies: [fixtureStudy('alpha-2019', { ids: { pmid: '31111111' } })],
  sources: [fixtureSource('fixture-source')],
  claims: [fixtureClaim('fixture-claim', { studies: ['alpha-2019'] })],
};

function loadError(dir: string): DomainError {
  try {
    loadEvidenceCorpus(dir);
  } catch (e) {
    if (e instanceof DomainError) return e;
    throw e;
  }
  throw new Error('expected LDN_CORPUS_INVALID');
}

describe('loadEvidenceCorpus', () => {
  it('loads a valid folder', () => {
    const corpus = loadEvidenceCorpus(tempCorpus(valid));
    expect(corpus.studies.map((s) => s.id)).toEqual(['alpha-2019']);
    expect(corpus.claims.map((c) => c.sourceId)).toEqual(['fixture-source']);
  });

  it('throws LDN_CORPUS_INVALID naming every file, field and problem', () => {
    const dir = tempCorpus({
      ...valid,
      studies: [
        ...valid.studies,
        fixtureStudy('beta-2020', { ids: { pmid: '31111111' } }),
        fixtureStudy('gamma-2021', { ids: { doi: 'not-a-doi' } }),
        fixtureStudy('delta-2022', { conditions: ['unknown-thing'] }),
      ],
      claims: [...valid.claims, fixtureClaim('orphan-claim', { sourceId: 'missing-source' })],
    });
    const error = loadError(dir);
    expect(error.code).toBe('LDN_CORPUS_INVALID');
    const problems = error.details?.problems as { file: string; field: string; problem: string }[];
    expect(problems.map((p) => `${path.basename(p.file)}#${p.field}`)).toEqual([
      'gamma-2021.json#ids.doi',
      'beta-2020.json#ids.pmid',
      'delta-2022.json#conditions.0',
      'orphan-claim.json#sourceId',
    ]);
    expect(error.message).toContain('The evidence corpus has 4 problems');
    expect(error.message).toContain(`${path.join(dir, 'studies', 'gamma-2021.json')}: ids.doi: a DOI looks like 10.1234/suffix`);
    expect(error.message).toContain('orphan-claim.json: sourceId: unknown source id "missing-source"');
  });

  it('reports a missing folder', () => {
    const dir = tempCorpus(valid);
    rmSync(path.join(dir, 'claims'), { recursive: true });
    expect(loadError(dir).message).toMatch(/claims\/: the folder cannot be read/);
  });

  it('names files relative to the repository for the real data folder', () => {
    const error = (() => {
      try {
        loadEvidenceCorpus(path.join(DEFAULT_EVIDENCE_DIR, 'no-such-subfolder'));
      } catch (e) {
        return e as DomainError;
      }
      throw new Error('expected a failure');
    })();
    expect(error.message).toContain('data/evidence/no-such-subfolder/conditions/: the folder cannot be read');
  });

  // Passes once the corpus being written in data/evidence is complete and consistent.
  it('loads the real corpus cleanly, in well under 300 ms', () => {
    loadEvidenceCorpus(); // warm the zod schemas and the file cache
    const t0 = performance.now();
    const corpus = loadEvidenceCorpus();
    const ms = performance.now() - t0;
    expect(corpus.conditions.length).toBeGreaterThan(10);
    expect(corpus.studies.length).toBeGreaterThan(50);
    expect(ms).toBeLessThan(300);
  });
});
