import { describe, expect, it } from 'vitest';
import { fixtureClaim as claim, fixtureCondition as condition, fixtureCorpus, fixtureStudy as study } from './fixtures.js';
import { buildSearchIndex, searchEdits, searchTokens } from './search.js';

const corpus = fixtureCorpus({
  conditions: [
    condition('multiple-sclerosis', { name: 'Multiple sclerosis', abbreviations: ['MS'], synonyms: ['disseminated sclerosis'] }),
    condition('systemic-sclerosis', { name: 'Systemic sclerosis', synonyms: ['scleroderma'], abbreviations: ['SSc'] }),
    condition('amyotrophic-lateral-sclerosis', { name: 'Amyotrophic lateral sclerosis', abbreviations: ['ALS'] }),
    condition('me-cfs', {
      name: 'Myalgic encephalomyelitis / chronic fatigue syndrome',
      synonyms: ['chronic fatigue syndrome'],
      abbreviations: ['ME/CFS', 'CFS'],
    }),
    condition('fibromyalgia', { name: 'Fibromyalgia', synonyms: ['fibromyalgia syndrome'], abbreviations: ['FMS'] }),
    condition('chronic-pain', { name: 'Chronic pain', synonyms: ['persistent pain'] }),
    condition('crohns-disease', { name: "Crohn's disease", synonyms: ["Crohn's", 'regional enteritis'], abbreviations: ['CD'] }),
    condition('ulcerative-colitis', { name: 'Ulcerative colitis', abbreviations: ['UC'] }),
    condition('rheumatoid-arthritis', { name: 'Rheumatoid arthritis', abbreviations: ['RA'] }),
  ],
  studies: [
    study('cree-2010', {
      conditions: ['multiple-sclerosis'],
      citation: { authors: 'Cree BA', year: 2010, title: 'Multiple sclerosis quality of life in multiple sclerosis patients on LDN' },
    }),
    study('smith-2011', {
      conditions: ['crohns-disease'],
      citation: { authors: 'Smith JP', year: 2011, title: "LDN for active Crohn's disease" },
    }),
    study('younger-2013', {
      conditions: ['fibromyalgia'],
      citation: { authors: 'Younger J', year: 2013, title: 'Fibromyalgia pain and LDN' },
    }),
    study('younger-2014', {
      conditions: ['chronic-pain'],
      citation: { authors: 'Younger J', year: 2014, title: 'LDN as an anti-inflammatory' },
    }),
  ],
  claims: [claim('fixture-claim', { conditions: ['fibromyalgia'], paraphrase: 'LDN is said to cure fibromyalgia and chronic fatigue.' })],
});
const index = buildSearchIndex(corpus);
const first = (q: string): string | undefined => index.search(q, 5)[0]?.id;

describe('searchTokens', () => {
  it('lower-cases, strips accents and apostrophes, splits on punctuation and drops filler words', () => {
    expect(searchTokens("Crohn's Disease")).toEqual(['crohns', 'disease']);
    expect(searchTokens('ME/CFS')).toEqual(['me', 'cfs']);
    expect(searchTokens('Sjögren of the eye')).toEqual(['sjogren', 'eye']);
  });

  it('allows no typo under 4 letters, one up to 5, two from 6', () => {
    expect([2, 3, 4, 5, 6, 11].map(searchEdits)).toEqual([0, 0, 1, 1, 2, 2]);
  });
});

describe('search', () => {
  it.each([
    ['MS', 'multiple-sclerosis'],
    ['ms', 'multiple-sclerosis'],
    ['multiple sclerosis', 'multiple-sclerosis'],
    ['multiple sclerosys', 'multiple-sclerosis'],
    ['ME/CFS', 'me-cfs'],
    ['me cfs', 'me-cfs'],
    ['chronic fatigue', 'me-cfs'],
    ['fibro', 'fibromyalgia'],
    ['fibromyalga', 'fibromyalgia'],
    ['fibromialgia', 'fibromyalgia'],
    ['crohns', 'crohns-disease'],
    ["Crohn's", 'crohns-disease'],
    ['chrons', 'crohns-disease'],
    ['UC', 'ulcerative-colitis'],
    ['RA', 'rheumatoid-arthritis'],
    ['rheumatoid artritis', 'rheumatoid-arthritis'],
    ['scleroderma', 'systemic-sclerosis'],
  ])('%j ranks %s first', (query, id) => {
    const hits = index.search(query, 5);
    expect(hits[0]).toMatchObject({ type: 'condition', id });
  });

  it('puts the condition above studies whose titles repeat its name', () => {
    const hits = index.search('multiple sclerosis', 5);
    expect(hits.map((h) => `${h.type}:${h.id}`).slice(0, 2)).toEqual(['condition:multiple-sclerosis', 'study:cree-2010']);
    expect(hits[0]!.score).toBeGreaterThan(hits[1]!.score);
  });

  it('finds studies and claims too, best first, with titles', () => {
    expect(index.search('younger 2013', 3)[0]).toMatchObject({ type: 'study', id: 'younger-2013', title: 'Fibromyalgia pain and LDN' });
    expect(index.search('cure', 3)[0]).toMatchObject({ type: 'claim', id: 'fixture-claim' });
  });

  it('matches a year exactly, never as a typo of another year', () => {
    expect(index.search('2014', 5).map((h) => h.id)).toEqual(['younger-2014']);
  });

  it('ranks "sclerosys" on its own to a sclerosis condition', () => {
    expect(first('sclerosys')).toMatch(/sclerosis$/);
  });

  it('returns [] for an empty or blank query, or a zero limit', () => {
    expect(index.search('')).toEqual([]);
    expect(index.search('   \t ')).toEqual([]);
    expect(index.search('ms', 0)).toEqual([]);
  });

  it('respects the limit and sorts by score', () => {
    const hits = index.search('ldn', 3);
    expect(hits).toHaveLength(3);
    expect(hits.map((h) => h.score)).toEqual([...hits.map((h) => h.score)].sort((a, b) => b - a));
  });

  it('returns nothing for a word far from every word in the corpus', () => {
    expect(index.search('xylophone')).toEqual([]);
  });
});

describe('typo ranking', () => {
  it('treats the same letters in another order as one slip: "chrons" is crohns, not chronic', () => {
    const small = buildSearchIndex(
      fixtureCorpus({ conditions: [condition('chronic-x', { name: 'Chronic' }), condition('crohns-x', { name: 'Crohns' })] }),
    );
    expect(small.resolveCondition('chrons')).toBe('crohns-x');
    expect(small.search('chrons').map((h) => h.id)).toEqual(['crohns-x', 'chronic-x']);
  });
});

describe('resolveCondition', () => {
  it.each([
    ['multiple-sclerosis', 'multiple-sclerosis'],
    ['Multiple Sclerosis', 'multiple-sclerosis'],
    ['MS', 'multiple-sclerosis'],
    ['disseminated sclerosis', 'multiple-sclerosis'],
    ['ME/CFS', 'me-cfs'],
    ['mecfs', 'me-cfs'],
    ['fibromyalga', 'fibromyalgia'],
    ['chrons disease', 'crohns-disease'],
    ['crohns', 'crohns-disease'],
    ['UC', 'ulcerative-colitis'],
  ])('%j -> %s', (text, id) => {
    expect(index.resolveCondition(text)).toBe(id);
  });

  it('returns undefined for unknown, blank or ambiguous text', () => {
    expect(index.resolveCondition('xylophone')).toBeUndefined();
    expect(index.resolveCondition('  ')).toBeUndefined();
    // Three conditions have "sclerosis" in their names.
    expect(index.resolveCondition('sclerosis')).toBeUndefined();
    // Words from summaries or studies do not resolve a condition.
    expect(index.resolveCondition('invented')).toBeUndefined();
  });
});
