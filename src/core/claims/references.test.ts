/**
 * Condition linking and study-reference resolution against the real evidence
 * corpus (data/evidence/), with the examples the feature was specified with.
 */
import { describe, expect, it } from 'vitest';
import { loadEvidenceCorpus } from '../../data/evidence-files.js';
import { buildAtlas } from '../evidence/atlas.js';
import { evidenceFromAtlas } from './atlas-adapter.js';
import { conditionIndexFor } from './condition-index.js';
import { extractNumbers } from './numbers.js';
import { studyResolverFor } from './study-refs.js';

const evidence = evidenceFromAtlas(buildAtlas(loadEvidenceCorpus()));
const ids = (text: string): string[] =>
  conditionIndexFor(evidence)
    .find(text)
    .map((m) => m.conditionId);

describe('condition mentions', () => {
  it('links names, synonyms, abbreviations and possessive short forms', () => {
    expect(ids('People with MS, UC or IBS')).toEqual(['multiple-sclerosis', 'ulcerative-colitis', 'irritable-bowel-syndrome']);
    expect(ids("Chronic fatigue (ME/CFS), Crohn's and Crohn’s disease")).toEqual(['me-cfs', 'me-cfs', 'crohns-disease', 'crohns-disease']);
    expect(ids("Lou Gehrig's and Parkinson's")).toEqual(['amyotrophic-lateral-sclerosis', 'parkinsons-disease']);
    expect(ids('diabetic neuropathies and auto-immune diseases')).toEqual(['diabetic-neuropathy', 'autoimmune-disease']);
  });

  it('prefers the longest match and ignores capitals used for shouting', () => {
    expect(ids('pancreatic cancer')).toEqual(['pancreatic-cancer']);
    expect(ids('ulcerative colitis')).toEqual(['ulcerative-colitis']);
    expect(ids('ALL PATIENTS IMPROVED')).toEqual([]);
    expect(ids('Ms Jones said')).toEqual([]);
  });

  it('gives exact offsets', () => {
    const text = 'Helps fibromyalgia.';
    const [m] = conditionIndexFor(evidence).find(text);
    expect(text.slice(m!.start, m!.end)).toBe('fibromyalgia');
  });
});

describe('study references', () => {
  const resolve = (text: string, conditions: string[]): string[] =>
    studyResolverFor(evidence)
      .resolve(text, conditions)
      .map((m) => m.studyId);

  it('finds the Stanford pilot in ten women (Younger 2009, PMID 19453963)', () => {
    const found = resolve('A Stanford pilot in ten women found that LDN reduced fibromyalgia symptoms.', ['fibromyalgia']);
    expect(found[0]).toBe('younger-2009-fibromyalgia-pilot');
    expect(evidence.studies().find((s) => s.id === found[0])?.ids.pmid).toBe('19453963');
  });

  it('finds Smith 2007 from the journal and the year', () => {
    expect(resolve('Her article appeared in the American Journal of Gastroenterology in 2007.', [])).toEqual([
      'smith-2007-crohns-open-label-pilot',
    ]);
    expect(
      resolve("A study in the American Journal of Gastroenterology found 89% of Crohn's patients improved.", ['crohns-disease']),
    ).toEqual(['smith-2007-crohns-open-label-pilot']);
  });

  it('finds a study by author and journal named as such, not by a disease of the same name', () => {
    expect(
      resolve('Gironi treated 40 patients; the results were published in the journal Multiple Sclerosis in 2008.', ['multiple-sclerosis']),
    ).toEqual(['gironi-2008-ppms-pilot']);
    expect(resolve('Multiple sclerosis patients often feel tired.', ['multiple-sclerosis'])).toEqual([]);
  });

  it('links nothing on a shared condition alone', () => {
    expect(resolve('Studies show LDN helps fibromyalgia.', ['fibromyalgia'])).toEqual([]);
  });
});

describe('numbers', () => {
  it('reads percentages, doses, people, durations, money and fractions', () => {
    const got = extractNumbers('89% of 17 patients on 4.5 mg for 12 weeks; two-thirds remitted; $15 a month; P=0.011').map((n) => [
      n.value,
      n.unit,
    ]);
    expect(got).toEqual([
      [89, 'percent'],
      [17, 'people'],
      [4.5, 'mg'],
      [12, 'weeks'],
      [66.7, 'percent'],
      [15, 'usd'],
      [0.011, 'p-value'],
    ]);
    expect(extractNumbers('ten women').map((n) => [n.value, n.unit])).toEqual([[10, 'people']]);
  });
});
