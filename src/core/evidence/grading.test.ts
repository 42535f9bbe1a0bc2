import { describe, expect, it } from 'vitest';
import { fixtureCondition as condition, fixtureCorpus, fixtureStudy as study } from './fixtures.js';
import { directionOf, gradeAll, gradeCondition, outcomeMatches, studyLabel, type ConditionGrade } from './grading.js';
import type { Condition, Study } from './schema.js';

/** Grades condition `id` in a corpus of the given conditions and studies. */
function grade(id: string, studies: Study[], conditions: Condition[] = [condition(id)]): ConditionGrade {
  return gradeAll(fixtureCorpus({ conditions, studies })).get(id)!;
}

const on = (c: string) => ({ conditions: [c] });

describe('gradeCondition: the rule on small invented corpora', () => {
  it('fibromyalgia pattern: positive pilots, larger placebo-controlled trials null -> B, null, flagged', () => {
    const g = grade('fibro', [
      study('younger-2009', { ...on('fibro'), design: 'single-blind-placebo', n: 10, direction: 'positive' }),
      study('younger-2013', { ...on('fibro'), design: 'rct-crossover', n: 31, direction: 'positive' }),
      study('bested-2023', { ...on('fibro'), design: 'rct-crossover', n: 58, direction: 'null' }),
      study('bruun-2024', { ...on('fibro'), design: 'rct', n: 99, direction: 'null' }),
      study('colomer-2022', { ...on('fibro'), design: 'rct', n: 98, direction: 'null' }),
      study('vatvani-2024', { ...on('fibro'), design: 'meta-analysis', n: 222, direction: 'positive' }),
    ]);
    expect(g).toMatchObject({ grade: 'B', derivedGrade: 'B', direction: 'null', controlledTrials: 4 });
    expect(g.flags).toEqual(['open-label-positive-controlled-null', 'controlled-trials-inconsistent']);
    expect(g.rationale).toContain('The best evidence points to no benefit over the comparator.');
    expect(g.rationale).toContain('Bruun 2024 (randomised trial, n=99) found no difference');
    expect(g.rationale).toContain('Younger 2013 (crossover randomised trial, n=31) favoured the treatment');
    expect(g.rationale).toContain('Less rigorous studies (uncontrolled or single-blind) were positive (Younger 2009, n=10)');
    expect(g.rationale).toContain('Pooled analyses: Vatvani 2024 (meta-analysis, n=222) favoured the treatment.');
    expect(g.decidingStudies.map((s) => s.id)).toEqual(['bruun-2024', 'colomer-2022', 'bested-2023', 'younger-2013']);
  });

  it('two consistent positive RCTs with 100+ participants -> A, positive', () => {
    const g = grade('alpha', [
      study('kim-2020', { ...on('alpha'), n: 60, direction: 'positive' }),
      study('lee-2022', { ...on('alpha'), design: 'rct-crossover', n: 50, direction: 'positive' }),
    ]);
    expect(g).toMatchObject({ grade: 'A', direction: 'positive', flags: [] });
    expect(g.rationale).toMatch(/^Grade A: several consistent randomised trials/);
    expect(g.rationale).toContain('The best evidence points towards a benefit.');
    expect(g.rationale).not.toContain('Grade A or B means');
  });

  it('consistent null RCTs also earn A: a grade measures the evidence, not its direction', () => {
    const g = grade('beta', [
      study('ng-2020', { ...on('beta'), n: 70, direction: 'null' }),
      study('ode-2021', { ...on('beta'), n: 70, direction: 'mixed' }),
    ]);
    expect(g).toMatchObject({ grade: 'A', direction: 'null' });
    expect(g.rationale).toContain('Grade A or B means the question has been tested in controlled trials, not that LDN works.');
    expect(g.rationale).toContain(
      'Ode 2021 (randomised trial, n=70) gave mixed results (main outcome not clearly met, some others favourable)',
    );
  });

  it('consistent but small RCTs (under 100 in all) -> B, small-trials-only', () => {
    const g = grade('crohn', [
      study('smith-2011', { ...on('crohn'), n: 40, direction: 'positive' }),
      study('smith-2013', { ...on('crohn'), n: 14, direction: 'positive' }),
      study('smith-2007', { ...on('crohn'), design: 'open-label', n: 17, direction: 'positive' }),
    ]);
    expect(g).toMatchObject({ grade: 'B', direction: 'positive', flags: ['small-trials-only'] });
    expect(g.rationale).toContain('fewer than 50 participants, so chance alone could explain the results');
  });

  it('a meta-analysis that disagrees with the RCTs blocks grade A', () => {
    const g = grade('gamma', [
      study('one-2020', { ...on('gamma'), n: 80, direction: 'positive' }),
      study('two-2021', { ...on('gamma'), n: 80, direction: 'positive' }),
      study('pool-2022', { ...on('gamma'), design: 'meta-analysis', n: 160, direction: 'mixed' }),
    ]);
    expect(g.grade).toBe('B');
  });

  it('a meta-analysis alone -> B, and says its trials are not filed', () => {
    const g = grade('delta', [study('pool-2022', { ...on('delta'), design: 'meta-analysis', n: 154, direction: 'positive' })]);
    expect(g).toMatchObject({ grade: 'B', direction: 'positive', controlledTrials: 0 });
    expect(g.rationale).toContain('the trials they pool are not filed here');
  });

  it('inconsistent RCTs without a weaker positive study -> B, mixed or by size', () => {
    const g = grade('opioid', [
      study('mannelli-2009', { ...on('opioid'), n: 174, direction: 'positive' }),
      study('rea-2004', { ...on('opioid'), n: 66, direction: 'null' }),
    ]);
    expect(g).toMatchObject({ grade: 'B', direction: 'positive', flags: ['controlled-trials-inconsistent'] });
    expect(g.rationale).toContain('The randomised trials disagree with each other');
  });

  it('a trial finding LDN worse is flagged', () => {
    const g = grade('eps', [study('worse-2020', { ...on('eps'), n: 120, direction: 'negative' })]);
    expect(g).toMatchObject({ grade: 'B', direction: 'null', flags: ['negative-trial'] });
    expect(g.rationale).toContain('found the treatment worse than the comparator');
  });

  it('two agreeing non-randomised controlled trials -> B; one alone -> C', () => {
    const two = grade('ctl', [
      study('mannelli-2012', { ...on('ctl'), design: 'controlled-trial', n: 127, direction: 'positive' }),
      study('other-2014', { ...on('ctl'), design: 'controlled-trial', n: 40, direction: 'positive' }),
    ]);
    expect(two).toMatchObject({ grade: 'B', direction: 'positive', controlledTrials: 2 });
    const one = grade('ctl', [study('mannelli-2012', { ...on('ctl'), design: 'controlled-trial', n: 127, direction: 'positive' })]);
    expect(one).toMatchObject({ grade: 'C', controlledTrials: 1 });
  });

  it('open-label and observational studies only -> C', () => {
    const g = grade('ibs', [
      study('kariv-2006', { ...on('ibs'), design: 'open-label', n: 42, direction: 'positive' }),
      study('ploesser-2010', { ...on('ibs'), design: 'retrospective', n: 121, direction: 'mixed' }),
    ]);
    expect(g).toMatchObject({ grade: 'C', direction: 'mixed', controlledTrials: 0 });
    expect(g.rationale).toMatch(/^Grade C: no randomised trial; the best studies in people are open-label, observational/);
    expect(g.rationale).toContain('The strongest studies: Kariv 2006 (open-label study, n=42) favoured the treatment');
  });

  it('case series of 10 or more count as C; smaller ones and case reports as D', () => {
    expect(grade('hh', [study('large-2020', { ...on('hh'), design: 'case-series', n: 15, direction: 'positive' })]).grade).toBe('C');
    const d = grade('hh', [
      study('small-2020', { ...on('hh'), design: 'case-series', n: 3, direction: 'positive' }),
      study('one-2019', { ...on('hh'), design: 'case-report', n: 1, direction: 'positive' }),
    ]);
    expect(d).toMatchObject({ grade: 'D', direction: 'positive' });
    expect(d.rationale).toMatch(/^Grade D: only case reports or very small case series\./);
  });

  it('animal and laboratory studies only -> P, with no direction in people', () => {
    const g = grade('neuro', [study('zagon-1983', { ...on('neuro'), design: 'animal', n: null, direction: 'positive' })]);
    expect(g).toMatchObject({ grade: 'P', direction: 'none' });
    expect(g.rationale).toContain('Laboratory or animal results do not show that LDN helps people.');
  });

  it('no studies -> I; registrations and reviews alone do not count', () => {
    expect(grade('empty', [])).toMatchObject({ grade: 'I', direction: 'none', flags: [], decidingStudies: [] });
    const g = grade('pending', [
      study('naik-2024', { ...on('pending'), design: 'registration', n: null, direction: 'not-applicable', ids: { nct: 'NCT05430152' } }),
      study('review-2018', { ...on('pending'), design: 'narrative-review', n: null, direction: 'positive' }),
    ]);
    expect(g).toMatchObject({ grade: 'I', flags: ['trial-without-results'] });
    expect(g.rationale).toContain('Registered trials without results here: Naik 2024 (NCT05430152).');
    expect(g.rationale).toContain('Reviews give context but do not set the grade: Review 2018.');
  });

  it('standard-dose naltrexone studies are not counted as LDN evidence', () => {
    const g = grade('park', [
      study('rascol-1994', {
        ...on('park'),
        design: 'rct-crossover',
        n: 18,
        direction: 'null',
        dose: { regimen: '100 mg', minMg: 100, maxMg: 100 },
      }),
    ]);
    expect(g).toMatchObject({ grade: 'I', flags: ['standard-dose-excluded'] });
    expect(g.rationale).toContain('One study used standard naltrexone doses above 10 mg a day and is not counted: Rascol 1994.');
  });

  it('an override replaces the grade but keeps the derived grade and shows the reason', () => {
    const reason = 'The open-label study gave LDN with alpha-lipoic acid, so it cannot show what LDN alone does.';
    const g = grade(
      'panc',
      [study('smith-2010', { ...on('panc'), design: 'open-label', n: 24, direction: 'positive' })],
      [condition('panc', { gradeOverride: { grade: 'D', reason } })],
    );
    expect(g).toMatchObject({ grade: 'D', derivedGrade: 'C', override: { grade: 'D', reason } });
    expect(g.rationale).toContain(`The editors set grade D instead of the derived grade C: ${reason}`);
  });

  it("a parent counts its subtypes' studies; a subtype never inherits the parent's", () => {
    const conditions = [condition('cancer'), condition('glioma', { parent: 'cancer' }), condition('pancreatic', { parent: 'cancer' })];
    const studies = [
      study('peters-2022', { ...on('glioma'), n: 110, direction: 'null' }),
      study('ciwun-2024', { ...on('cancer'), design: 'narrative-review', n: null, direction: 'mixed' }),
    ];
    const grades = gradeAll(fixtureCorpus({ conditions, studies }));
    expect(grades.get('cancer')).toMatchObject({ grade: 'B', direction: 'null', flags: ['includes-subtypes'] });
    expect(grades.get('cancer')!.rationale).toContain('filed under more specific forms of this condition (Peters 2022)');
    expect(grades.get('glioma')).toMatchObject({ grade: 'B', flags: [] });
    expect(grades.get('pancreatic')).toMatchObject({ grade: 'I' });
    // gradeCondition gives the same answer one condition at a time.
    expect(gradeCondition(conditions[0]!, { conditions, studies })).toEqual(grades.get('cancer'));
  });

  it('does not flag open-label-positive-controlled-null across different subtypes', () => {
    const conditions = [condition('cancer'), condition('glioma', { parent: 'cancer' }), condition('pancreatic', { parent: 'cancer' })];
    const studies = [
      study('peters-2022', { ...on('glioma'), n: 110, direction: 'null' }),
      study('berkson-2009', { ...on('pancreatic'), design: 'case-series', n: 3, direction: 'positive' }),
    ];
    expect(gradeAll(fixtureCorpus({ conditions, studies })).get('cancer')!.flags).not.toContain('open-label-positive-controlled-null');
  });
});

describe('outcome grades', () => {
  it('grades each listed outcome measure from the studies that report it', () => {
    const c = condition('fibro', { outcomeMeasures: ['Pain intensity (0-10 NRS)', 'Fatigue, sleep and mood', 'Quality of life'] });
    const g = grade(
      'fibro',
      [
        study('bruun-2024', {
          ...on('fibro'),
          n: 99,
          direction: 'null',
          outcomes: [
            { measure: 'Pain intensity (0-10 NRS), change from baseline', primary: true, result: '-0.34, p=0.27', direction: 'null' },
          ],
        }),
        study('younger-2013', {
          ...on('fibro'),
          n: 31,
          outcomes: [
            { measure: 'Reduction in daily pain intensity', primary: true, result: '28.8% vs 18.0%', direction: 'positive' },
            { measure: 'General life satisfaction and mood', primary: false, result: 'better', direction: 'positive' },
          ],
        }),
      ],
      [c],
    );
    expect(g.outcomes.map((o) => [o.measure, o.grade, o.direction, o.studies.map((s) => s.id)])).toEqual([
      ['Pain intensity (0-10 NRS)', 'B', 'null', ['bruun-2024', 'younger-2013']],
      ['Fatigue, sleep and mood', 'B', 'positive', ['younger-2013']],
    ]);
    expect(g.outcomes[0]!.rationale).toMatch(/^For Pain intensity \(0-10 NRS\): Grade B/);
  });

  it.each([
    ['Pain intensity (0-10 NRS or daily ratings)', 'Summed pain intensity', true],
    ['Fatigue, sleep, mood and memory scores', 'Memory problems', true],
    ['Responders (at least 30% pain reduction)', 'At least 30% pain reduction', true],
    ['Pressure pain threshold and conditioned pain modulation', 'Conditioned pain modulation (secondary analysis)', true],
    ['Quality of life', 'Pain intensity', false],
    ['CD4 count', 'Viral load', false],
  ])('outcomeMatches(%j, %j) = %s', (measure, outcome, expected) => {
    expect(outcomeMatches(measure, outcome)).toBe(expected);
  });
});

describe('helpers', () => {
  it('directionOf weighs by size and splits by thirds', () => {
    const r = (direction: 'positive' | 'null' | 'mixed', n: number | null) => ({
      id: 'x',
      label: 'x',
      design: 'rct' as const,
      n,
      direction,
    });
    expect(directionOf([])).toBe('none');
    expect(directionOf([r('positive', 31), r('null', 255)])).toBe('null');
    expect(directionOf([r('positive', 174), r('positive', 96), r('mixed', 63), r('null', 66)])).toBe('positive');
    expect(directionOf([r('mixed', 80)])).toBe('mixed');
    expect(directionOf([r('positive', 50), r('null', 50)])).toBe('mixed');
    // Unknown sizes count as 10 participants.
    expect(directionOf([r('positive', null), r('null', 30)])).toBe('null');
  });

  it('studyLabel takes the first author surname and the year', () => {
    const s = (authors: string) => study('x-2020', { citation: { authors, year: 2022 } });
    expect(studyLabel(s('Younger J, Noor N, Mackey S'))).toBe('Younger 2022');
    expect(studyLabel(s('de Carvalho JF, Skare T'))).toBe('de Carvalho 2022');
    expect(studyLabel(s('Results: Rodríguez-Freire C, Navarrete J. Protocol: Colomer-Carbonell A'))).toBe('Rodríguez-Freire 2022');
    expect(studyLabel(s('Bested K, et al.'))).toBe('Bested 2022');
  });
});
