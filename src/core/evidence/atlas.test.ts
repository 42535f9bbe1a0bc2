import { describe, expect, it } from 'vitest';
import { buildAtlas } from './atlas.js';
import {
  fixtureClaim as claim,
  fixtureCondition as condition,
  fixtureCorpus,
  fixtureSource as source,
  fixtureStudy as study,
} from './fixtures.js';

const atlas = buildAtlas(
  fixtureCorpus({
    conditions: [
      condition('cancer', { name: 'Cancer' }),
      condition('glioblastoma', { name: 'Glioblastoma', parent: 'cancer', abbreviations: ['GBM'] }),
      condition('fibromyalgia', { name: 'Fibromyalgia' }),
    ],
    studies: [
      study('peters-2022', { conditions: ['glioblastoma'], n: 110, direction: 'null' }),
      study('zagon-1983', { conditions: ['cancer'], design: 'animal', n: null, direction: 'positive' }),
      study('younger-2013', { conditions: ['fibromyalgia'], design: 'rct-crossover', n: 31, direction: 'positive' }),
    ],
    sources: [source('seed-b'), source('seed-a')],
    claims: [
      claim('c2', { sourceId: 'seed-a', conditions: ['glioblastoma'] }),
      claim('c1', { sourceId: 'seed-a', conditions: ['cancer'] }),
      claim('c3', { sourceId: 'seed-b', conditions: ['fibromyalgia'] }),
    ],
  }),
);

describe('buildAtlas', () => {
  it('lists conditions by name and finds one by id', () => {
    expect(atlas.conditions().map((c) => c.id)).toEqual(['cancer', 'fibromyalgia', 'glioblastoma']);
    expect(atlas.condition('glioblastoma')?.name).toBe('Glioblastoma');
    expect(atlas.condition('nope')).toBeUndefined();
  });

  it('filters studies by condition (with subtypes), design and direction, newest first', () => {
    expect(atlas.studies().map((s) => s.id)).toEqual(['peters-2022', 'younger-2013', 'zagon-1983']);
    expect(atlas.studies({ condition: 'cancer' }).map((s) => s.id)).toEqual(['peters-2022', 'zagon-1983']);
    expect(atlas.studies({ condition: 'glioblastoma' }).map((s) => s.id)).toEqual(['peters-2022']);
    expect(atlas.studies({ condition: 'cancer', design: 'animal' }).map((s) => s.id)).toEqual(['zagon-1983']);
    expect(atlas.studies({ direction: 'positive' }).map((s) => s.id)).toEqual(['younger-2013', 'zagon-1983']);
    expect(atlas.studies({ condition: 'unknown' })).toEqual([]);
    expect(atlas.study('peters-2022')?.n).toBe(110);
  });

  it('returns a source with its claims, and claims per condition including subtypes', () => {
    expect(atlas.sources().map((s) => s.id)).toEqual(['seed-a', 'seed-b']);
    expect(atlas.source('seed-a')?.claims.map((c) => c.id)).toEqual(['c1', 'c2']);
    expect(atlas.source('nope')).toBeUndefined();
    expect(atlas.claimsFor('cancer').map((c) => c.id)).toEqual(['c1', 'c2']);
    expect(atlas.claimsFor('glioblastoma').map((c) => c.id)).toEqual(['c2']);
    expect(atlas.claimsFor('unknown')).toEqual([]);
  });

  it('serves precomputed grades', () => {
    expect(atlas.grade('cancer')).toMatchObject({ grade: 'B', direction: 'null', flags: ['includes-subtypes'] });
    expect(atlas.grade('fibromyalgia')).toMatchObject({ grade: 'B', direction: 'positive', flags: ['small-trials-only'] });
    expect(atlas.grade('nope')).toBeUndefined();
  });

  it('searches and resolves condition names', () => {
    expect(atlas.search('GBM', 1)).toEqual([expect.objectContaining({ type: 'condition', id: 'glioblastoma' })]);
    expect(atlas.search('fibromyalga')[0]?.id).toBe('fibromyalgia');
    expect(atlas.search(' ')).toEqual([]);
    expect(atlas.resolveCondition('glioblastma')).toBe('glioblastoma');
    expect(atlas.resolveCondition('heart failure')).toBeUndefined();
  });
});
