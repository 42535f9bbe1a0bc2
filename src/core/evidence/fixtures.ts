/**
 * Small valid records for tests: each builder returns a record that passes its
 * schema, and `overrides` change only what a test is about. Invented studies;
 * the ids look real but point at nothing.
 */
import type { Corpus } from './corpus.js';
import type { Claim, Condition, Source, Study } from './schema.js';

export function fixtureCondition(id: string, overrides: Partial<Condition> = {}): Condition {
  return {
    schemaVersion: 1,
    id,
    name: id
      .split('-')
      .map((w) => w[0]!.toUpperCase() + w.slice(1))
      .join(' '),
    synonyms: [],
    abbreviations: [],
    category: 'other',
    codes: {},
    summary: 'An invented condition used only by the unit tests of the evidence core.',
    dosesStudied: [],
    outcomeMeasures: [],
    ...overrides,
  };
}

let pmidCounter = 10_000_000;

export function fixtureStudy(id: string, overrides: Partial<Study> = {}): Study {
  pmidCounter += 1;
  return {
    schemaVersion: 1,
    id,
    citation: { authors: `${id.split('-')[0]!.replace(/^./, (c) => c.toUpperCase())} A, Other B`, year: Number(id.split('-')[1]) || 2020 },
    ids: { pmid: String(pmidCounter) },
    design: 'rct',
    n: 60,
    population: 'Invented adults',
    dose: { regimen: 'LDN 4.5 mg at night', minMg: 4.5, maxMg: 4.5 },
    duration: '12 weeks',
    comparator: 'Placebo',
    outcomes: [],
    direction: 'positive',
    adverseEvents: 'Vivid dreams',
    conditions: ['fixture-condition'],
    sourceUrls: ['https://example.org/study'],
    ...overrides,
  };
}

export function fixtureSource(id: string, overrides: Partial<Source> = {}): Source {
  return {
    schemaVersion: 1,
    id,
    title: 'An invented article',
    publisher: 'Example Press',
    date: '2020-01',
    summary: 'An invented source used only by tests.',
    ...overrides,
  };
}

export function fixtureClaim(id: string, overrides: Partial<Claim> = {}): Claim {
  return {
    schemaVersion: 1,
    id,
    sourceId: 'fixture-source',
    paraphrase: 'LDN is said to help with the invented condition.',
    conditions: ['fixture-condition'],
    type: 'efficacy',
    strength: 'strong',
    studies: [],
    verdict: 'overstated',
    reason: 'Only invented evidence exists for this.',
    ...overrides,
  };
}

export function fixtureCorpus(parts: Partial<Corpus>): Corpus {
  return { conditions: [], studies: [], sources: [], claims: [], ...parts };
}
