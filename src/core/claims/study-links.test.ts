/**
 * Known answers for the study links that need no bibliographic anchor: a study
 * described by its features (study-description.ts) and the sentences that go on
 * reporting it (study-passage.ts). Each rule is shown linking once and refusing
 * where a second study fits or the text points elsewhere. The atlas is invented.
 */
import { describe, expect, it } from 'vitest';
import { buildAtlas } from '../evidence/atlas.js';
import { fixtureCondition, fixtureCorpus, fixtureStudy } from '../evidence/fixtures.js';
import { evidenceFromAtlas } from './atlas-adapter.js';
import { checkClaims } from './check.js';
import { judgeClaim } from './verdict.js';
import { loadEvidenceCorpus } from '../../data/evidence-files.js';

const evidence = evidenceFromAtlas(
  buildAtlas(
    fixtureCorpus({
      conditions: [
        fixtureCondition('fibromyalgia', { name: 'Fibromyalgia' }),
        fixtureCondition('crohns-disease', { name: "Crohn's disease" }),
        fixtureCondition('cancer', { name: 'Cancer', synonyms: ['tumour', 'tumor'] }),
        fixtureCondition('ovarian-cancer', { name: 'Ovarian cancer', parent: 'cancer' }),
        fixtureCondition('glioma', { name: 'Glioma', parent: 'cancer' }),
        fixtureCondition('hepatitis-c', { name: 'Hepatitis C' }),
        fixtureCondition('lupus', { name: 'Lupus' }),
      ],
      studies: [
        fixtureStudy('alpha-2020-fm-rct', { n: 120, direction: 'null', conditions: ['fibromyalgia'] }),
        fixtureStudy('gamma-2009-fm-pilot', {
          design: 'single-blind-placebo',
          n: 10,
          population: 'Women with fibromyalgia (Stanford pilot)',
          citation: { authors: 'Gamma J, Delta S', year: 2009 },
          conditions: ['fibromyalgia'],
        }),
        fixtureStudy('smith-2007-cd-open', {
          design: 'open-label',
          n: 17,
          comparator: null,
          citation: { authors: 'Smith JP, Other B', year: 2007 },
          conditions: ['crohns-disease'],
        }),
        fixtureStudy('epsilon-2011-ovarian-mice', {
          design: 'animal',
          n: null,
          comparator: null,
          population: 'Ovarian cancer cells in culture and xenografts in mice',
          conditions: ['ovarian-cancer', 'cancer'],
        }),
        fixtureStudy('eta-2012-glioma-mice', { design: 'animal', n: null, comparator: null, conditions: ['glioma'] }),
        fixtureStudy('theta-2014-glioma-rats', { design: 'animal', n: null, comparator: null, conditions: ['glioma'] }),
        fixtureStudy('zeta-2015-hcv-rct', { n: 30, direction: 'null', conditions: ['hepatitis-c'] }),
        ...['iota-2016', 'kappa-2017', 'lambda-2018'].map((id) =>
          fixtureStudy(`${id}-lupus-rct`, { population: 'Adults with lupus (Denmark)', conditions: ['lupus'] }),
        ),
      ],
    }),
  ),
);

/** The study ids linked to each claim, keyed by the claim's first words. */
function links(text: string): Record<string, readonly string[]> {
  return Object.fromEntries(checkClaims(text, evidence).claims.map((c) => [c.text.split(/\s+/).slice(0, 3).join(' '), c.studies]));
}

describe('a study described without an anchor', () => {
  it('is linked when the condition and the design fit exactly one study', () => {
    expect(links('A study of ovarian cancer in mice showed that LDN slowed tumour growth.')).toEqual({
      'A study of': ['epsilon-2011-ovarian-mice'],
    });
  });

  it('is linked by a place the record names, and not by the condition alone', () => {
    expect(links('Studies of fibromyalgia at Stanford showed that LDN reduced pain.')).toEqual({
      'Studies of fibromyalgia': ['gamma-2009-fm-pilot'],
    });
    expect(links('A study of fibromyalgia showed that LDN reduced pain.')).toEqual({ 'A study of': [] });
  });

  it('is not linked when two studies fit', () => {
    expect(links('A study of glioma in mice showed that LDN slowed tumour growth.')).toEqual({ 'A study of': [] });
  });

  it('is not linked when a number, year, researcher or design in the text contradicts the record', () => {
    expect(links('A study of 40 women with fibromyalgia at Stanford found that LDN reduced pain.')).toEqual({ 'A study of': [] });
    expect(links('A 2015 study of fibromyalgia at Stanford found that LDN reduced pain.')).toEqual({ 'A 2015 study': [] });
    expect(links('A study of fibromyalgia at Stanford by Dr. Jones found that LDN reduced pain.')).toEqual({ 'A study of': [] });
    expect(links('A study of ovarian cancer in 20 patients showed that LDN slowed tumour growth.')).toEqual({ 'A study of': [] });
    expect(links('A placebo-controlled trial in ovarian cancer showed that LDN slowed tumour growth.')).toEqual({
      'A placebo-controlled trial': [],
    });
  });

  it('needs two agreeing features before linking a study with a null result', () => {
    expect(links('A randomised trial in hepatitis C found that LDN lowered the viral load.')).toEqual({ 'A randomised trial': [] });
    expect(links('A randomised trial of 30 people with hepatitis C found that LDN lowered the viral load.')).toEqual({
      'A randomised trial': ['zeta-2015-hcv-rct'],
    });
  });
});

describe('a place shared by more studies than can be linked', () => {
  it('links none of them rather than an arbitrary two', () => {
    expect(links('Randomised trials of lupus in Denmark found that LDN reduced fatigue.')).toEqual({ 'Randomised trials of': [] });
  });
});

describe('sentences that go on reporting one study', () => {
  const intro = "In a study of 17 patients with Crohn's disease, LDN was given for twelve weeks.";
  const remission = 'Most of the patients went into remission.';

  it('carry the study while they report its findings', () => {
    expect(links(`${intro} ${remission} There were no serious side effects.`)).toEqual({
      'Most of the': ['smith-2007-cd-open'],
      'There were no': ['smith-2007-cd-open'],
    });
  });

  it('do not carry it past a general statement, another study, another condition, a named researcher or a paragraph break', () => {
    expect(links(`${intro} LDN is a safe treatment for Crohn's disease.`)).toEqual({ 'LDN is a': [] });
    expect(links(`${intro} Another study found that most of the patients went into remission.`)).toEqual({ 'Another study found': [] });
    expect(links(`${intro} Patients with fibromyalgia also went into remission.`)).toEqual({ 'Patients with fibromyalgia': [] });
    expect(links(`${intro} Dr. Jones reported that most of the patients went into remission.`)).toEqual({ 'Dr. Jones reported': [] });
    expect(links(`${intro}\n\n${remission}`)).toEqual({ 'Most of the': [] });
  });

  it('may repeat a name the naming sentence introduced, and speak of an arm of the study', () => {
    const named = "In a study of 17 patients with Crohn's disease, LDN (given as LDNX) was compared with no treatment.";
    expect(links(`${named} Patients on LDNX went into remission.`)).toEqual({ 'Patients on LDNX': ['smith-2007-cd-open'] });
    expect(links(`${intro} Patients on LDNX went into remission.`)).toEqual({ 'Patients on LDNX': [] });
    expect(links(`${intro} The group taking LDN went into remission.`)).toEqual({ 'The group taking': ['smith-2007-cd-open'] });
    expect(links(`${intro} The group at the clinic went into remission.`)).toEqual({ 'The group at': [] });
  });

  it('stop at a flattened heading', () => {
    expect(links(`${intro} LDN helps with fatigue in Crohn's disease ${remission}`)).toEqual({ 'LDN helps with': [], 'Most of the': [] });
  });
});

describe('findings listed under a study', () => {
  it('are each linked to the study the list introduces', () => {
    const text =
      'A recent study in mice exemplifies LDN’s effect on ovarian cancer. The study found:\n' +
      'LDN reduced cell replication in tissue culture.\n' +
      'In mice, LDN slowed the growth of tumours.\n';
    expect(links(text)).toEqual({ 'LDN reduced cell': ['epsilon-2011-ovarian-mice'], 'In mice, LDN': ['epsilon-2011-ovarian-mice'] });
  });
});

/** Reviewer's repros against the real corpus: each once linked the wrong study, most turning the verdict to "contradicted". */
describe('wrong links found in review (real corpus)', () => {
  const real = evidenceFromAtlas(buildAtlas(loadEvidenceCorpus()));
  const check = (text: string): [readonly string[], string][] => checkClaims(text, real).claims.map((c) => [c.studies, c.verdict]);
  const last = (text: string): [readonly string[], string] => check(text).at(-1)!;
  const pilot = 'In a 2009 pilot at Stanford, Younger gave LDN to 10 women with fibromyalgia.';

  it('links at most two studies, and no review unless the text says review', () => {
    expect(check('Studies by Younger in women with fibromyalgia showed that LDN reduced pain.')[0]![0]).toEqual([
      'younger-2009-fibromyalgia-pilot',
      'younger-2013-fibromyalgia-crossover',
    ]);
  });

  it('ends a passage at another team, nationality, place or "the <word> trial"', () => {
    expect(last(`${pilot} The Danish trial found that LDN did not reduce pain.`)[0]).toEqual([]);
    expect(last(`${pilot} Researchers in Denmark later found that LDN did not reduce pain.`)[0]).toEqual([]);
    expect(
      last(
        'In 2024 Bruun tested LDN in 99 women with fibromyalgia in Denmark. The results were disappointing. Patients at Stanford reported that their pain dropped markedly on LDN.',
      ),
    ).toEqual([[], 'unsupported']);
  });

  it('takes a listed study only from a singular definite intro, never from the items', () => {
    expect(
      check('Fibromyalgia studies found:\nLDN reduced pain scores in women.\nThe 2024 trial of 99 women saw no benefit.\n')[0],
    ).toEqual([[], 'unsupported']);
  });

  it('does not take condition stems, numbers or title words for places', () => {
    expect(check('A new controlled trial of LDN in Alzheimer disease showed better memory.')[0]).toEqual([[], 'unsupported']);
    expect(check('A placebo-controlled study in Parkinson disease found that LDN improved tremor.')[0]).toEqual([[], 'unsupported']);
    expect(check('Three studies of pancreatic cancer found that LDN extended survival.')[0]![0]).toEqual([]);
  });

  it('reads a negated design word as ruling that design out', () => {
    expect(check('A non-randomised 2020 study of lichen planopilaris found that LDN reduced symptoms.')[0]).toEqual([[], 'unsupported']);
  });
});

describe('safety net: a described or carried link never makes a claim contradicted on its own', () => {
  const byId = new Map(evidence.studies().map((st) => [st.id, st]));
  const judge = (tentativeStudies: boolean): ReturnType<typeof judgeClaim> =>
    judgeClaim(
      {
        type: 'study-result',
        strength: 'moderate',
        conditions: ['hepatitis-c'],
        studies: ['zeta-2015-hcv-rct'],
        tentativeStudies,
        numbers: [],
        preclinicalWording: false,
        negated: false,
      },
      evidence,
      byId,
      new Map(),
    );

  it('keeps the link for display and falls back to the verdict without it', () => {
    // zeta-2015-hcv-rct is null: anchored, a positive report of it is "contradicted"; only described or carried, it is not.
    expect(judge(false).verdict).toBe('contradicted');
    const tentative = judge(true);
    expect(tentative.verdict).toBe('unsupported');
    expect(tentative.explanation).toContain('Zeta 2015');
    expect(tentative.explanation).toContain('does not decide the verdict');
  });
});
