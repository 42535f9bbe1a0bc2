import { describe, expect, it } from 'vitest';
import { buildAtlas } from '../evidence/atlas.js';
import { fixtureCondition, fixtureCorpus, fixtureStudy } from '../evidence/fixtures.js';
import { evidenceFromAtlas } from './atlas-adapter.js';
import { checkArticle, checkClaims } from './check.js';

// An invented atlas: one condition with null placebo-controlled trials, one with only
// open-label data, one with animal work only, one with nothing at all.
const evidence = evidenceFromAtlas(
  buildAtlas(
    fixtureCorpus({
      conditions: [
        fixtureCondition('fibromyalgia', { name: 'Fibromyalgia', synonyms: ['fibro'], abbreviations: ['FM'] }),
        fixtureCondition('crohns-disease', { name: "Crohn's disease", abbreviations: ['CD'] }),
        fixtureCondition('ovarian-cancer', { name: 'Ovarian cancer', parent: 'cancer' }),
        fixtureCondition('cancer', { name: 'Cancer', synonyms: ['tumour', 'tumor'] }),
        fixtureCondition('hepatitis-c', { name: 'Hepatitis C', abbreviations: ['HCV'] }),
      ],
      studies: [
        fixtureStudy('alpha-2020-fm-rct', { n: 120, direction: 'null', conditions: ['fibromyalgia'] }),
        fixtureStudy('beta-2021-fm-rct', { n: 100, direction: 'null', conditions: ['fibromyalgia'] }),
        fixtureStudy('gamma-2009-fm-pilot', {
          design: 'single-blind-placebo',
          n: 10,
          population: 'Women with fibromyalgia (Stanford pilot)',
          citation: { authors: 'Gamma J, Delta S', year: 2009, journal: 'Pain Medicine' },
          conditions: ['fibromyalgia'],
        }),
        fixtureStudy('smith-2007-cd-open', {
          design: 'open-label',
          n: 17,
          comparator: null,
          citation: { authors: 'Smith JP, et al.', year: 2007, journal: 'American Journal of Gastroenterology' },
          outcomes: [{ measure: 'CDAI', primary: true, result: 'Response in 89% and remission in 67%', direction: 'positive' }],
          conditions: ['crohns-disease'],
        }),
        fixtureStudy('epsilon-2011-ovarian-mice', { design: 'animal', n: null, comparator: null, conditions: ['ovarian-cancer'] }),
      ],
    }),
  ),
);

const claimFor = (text: string, sentence: string): ReturnType<typeof checkClaims>['claims'][number] => {
  const r = checkClaims(text, evidence);
  const c = r.claims.find((x) => x.text.includes(sentence));
  if (!c) throw new Error(`no claim found for "${sentence}" among ${r.claims.map((x) => x.text).join(' | ')}`);
  return c;
};

describe('checkClaims', () => {
  it('keeps exact offsets into the text', () => {
    const text = 'Intro line.\n\nLDN cures fibromyalgia in every patient. It is cheap at $30 a month.';
    const r = checkClaims(text, evidence);
    expect(r.claims.length).toBeGreaterThan(0);
    for (const c of r.claims) expect(text.slice(c.start, c.end)).toBe(c.text);
  });

  it('calls a strong efficacy claim against null controlled trials contradicted', () => {
    const c = claimFor('LDN is a proven, effective treatment for fibromyalgia.', 'proven');
    expect(c).toMatchObject({ conditions: ['fibromyalgia'], type: 'efficacy', strength: 'strong', verdict: 'contradicted' });
    expect(c.explanation).toMatch(/^The better-controlled evidence points the other way\. Fibromyalgia: grade [AB] \(null\)/);
    expect(c.explanation).toContain('Best controlled trial: Alpha 2020');
  });

  it('calls sweeping wording overstated even where some evidence exists', () => {
    const c = claimFor("LDN cures Crohn's disease in all patients.", 'cures');
    expect(c).toMatchObject({ strength: 'absolute', verdict: 'overstated', conditions: ['crohns-disease'] });
  });

  it('calls a claim about a condition with no studies unsupported', () => {
    expect(claimFor('LDN can treat hepatitis C.', 'hepatitis')).toMatchObject({ verdict: 'unsupported', conditions: ['hepatitis-c'] });
  });

  it('does not assess a mechanism claim without preclinical support', () => {
    expect(claimFor('LDN works by boosting your immune system through endorphins.', 'endorphins')).toMatchObject({
      type: 'mechanism',
      verdict: 'not-assessable',
    });
  });

  it('accepts an animal finding reported as such where the atlas holds animal work', () => {
    const c = claimFor('In mice with ovarian tumors, LDN slowed tumor growth.', 'mice');
    expect(c.conditions).toEqual(['ovarian-cancer']);
    expect(c.verdict).toBe('consistent');
  });

  it('reads a hedge as hedged', () => {
    expect(claimFor('LDN may help some people with FM.', 'may help').strength).toBe('hedged');
  });

  it('accepts a report that the drug did no better than placebo where trials were null', () => {
    expect(claimFor('In fibromyalgia, large placebo-controlled trials found LDN was no better than placebo.', 'no better').verdict).toBe(
      'consistent',
    );
  });

  it('resolves a study described by journal and year, and quotes its figures', () => {
    const c = claimFor(
      "A pilot published in the American Journal of Gastroenterology in 2007 found that 89% of patients with Crohn's disease improved on LDN.",
      'American Journal',
    );
    expect(c.studies).toEqual(['smith-2007-cd-open']);
    expect(c.type).toBe('study-result');
    expect(c.numbers).toContainEqual({ value: 89, unit: 'percent', text: '89%' });
    expect(c.verdict).toBe('consistent');
  });

  it('resolves "a Stanford pilot in ten women" by place, design and size', () => {
    const c = claimFor('A Stanford pilot in ten women with fibromyalgia found that LDN reduced symptoms.', 'Stanford');
    expect(c.studies).toEqual(['gamma-2009-fm-pilot']);
  });

  it('carries the drug and the condition from the sentence before', () => {
    const text = "Doctors tried LDN in patients with Crohn's disease. Most patients went into remission within weeks.";
    const c = claimFor(text, 'Most patients');
    expect(c.conditions).toEqual(['crohns-disease']);
  });

  it('attaches the conditions of a list to the sentence that introduces it', () => {
    const text = "LDN has shown promise for the following diseases:\nFibromyalgia\nHepatitis C\nCrohn's disease\n";
    const c = claimFor(text, 'following');
    expect([...c.conditions].sort()).toEqual(['crohns-disease', 'fibromyalgia', 'hepatitis-c']);
    expect(checkClaims(text, evidence).claims).toHaveLength(1);
  });

  it('does not take headings without a verb, questions, advice or disclaimers for claims', () => {
    const text = [
      'Low-Dose Naltrexone for Fibromyalgia',
      '',
      'Does LDN help fibromyalgia?',
      '',
      'Ask your doctor before taking LDN.',
      '',
      'This article is not intended as medical advice.',
    ].join('\n');
    expect(checkClaims(text, evidence).claims).toEqual([]);
  });

  it('summarises verdicts, types and conditions', () => {
    const r = checkClaims("LDN cures Crohn's disease. LDN can treat hepatitis C. It costs about $30 a month.", evidence);
    expect(r.summary.total).toBe(3);
    expect(r.summary.byVerdict.overstated).toBe(1);
    expect(r.summary.byVerdict.unsupported).toBe(1);
    expect(r.summary.byType.cost).toBe(1);
    expect(r.summary.conditions).toEqual(['crohns-disease', 'hepatitis-c']);
  });

  it('checks an HTML article without letting its scripts through', () => {
    const { text, result } = checkArticle('<p>LDN can treat hepatitis C.</p><script>LDN cures fibromyalgia</script>', 'html', evidence);
    expect(text).toBe('LDN can treat hepatitis C.');
    expect(result.claims.map((c) => c.conditions)).toEqual([['hepatitis-c']]);
  });

  it('stays linear on pathological input (no catastrophic backtracking)', () => {
    const inputs = [
      'LDN'.repeat(100_000),
      'LDN helps. '.repeat(20_000),
      'LDN may help patients with fibromyalgia and reduce pain '.repeat(5_000),
      'no not relapse from 7 to a MS Dr. In the '.repeat(4_000),
    ];
    for (const text of inputs) {
      const t0 = performance.now();
      checkClaims(text, evidence);
      // Measured at 10-100 ms; quadratic behaviour took 10-100 s.
      expect(performance.now() - t0).toBeLessThan(3_000);
    }
  });
});
