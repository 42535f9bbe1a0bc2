/**
 * Pins the grades of real conditions in data/evidence. When a curator adds a
 * study that changes one of these, the failure shows the new rationale: check
 * it reads right, then update the expectation here in the same change.
 */
import { describe, expect, it } from 'vitest';
import { loadEvidenceCorpus } from '../../data/evidence-files.js';
import { gradeAll, type ConditionGrade } from './grading.js';

const grades = gradeAll(loadEvidenceCorpus());
const g = (id: string): ConditionGrade => {
  const found = grades.get(id);
  if (!found) throw new Error(`no condition ${id} in data/evidence/conditions`);
  return found;
};

describe('grades of the real corpus', () => {
  it('fibromyalgia: B, the larger placebo-controlled trials are null, the pilots positive', () => {
    const fm = g('fibromyalgia');
    expect(fm).toMatchObject({ grade: 'B', derivedGrade: 'B', direction: 'null' });
    expect(fm.flags).toContain('open-label-positive-controlled-null');
    expect(fm.flags).toContain('controlled-trials-inconsistent');
    expect(fm.rationale).toContain('Bruun 2024 (randomised trial, n=99) found no difference');
    expect(fm.rationale).toContain('Bested 2023 (crossover randomised trial, n=58) found no difference');
    expect(fm.rationale).toContain('Younger 2013 (crossover randomised trial, n=31) favoured the treatment');
    expect(fm.rationale).toMatch(/Less rigorous studies \(uncontrolled or single-blind\) were positive \([^)]*Younger 2009, n=10/);
  });

  it("Crohn's disease: B, positive, small trials", () => {
    const cd = g('crohns-disease');
    expect(cd).toMatchObject({ grade: 'B', direction: 'positive' });
    expect(cd.flags).toContain('small-trials-only');
    expect(cd.rationale).toContain('Smith 2011 (randomised trial, n=40) favoured the treatment');
  });

  it('multiple sclerosis: B, the crossover RCT missed its primary outcome', () => {
    const ms = g('multiple-sclerosis');
    expect(ms.grade).toBe('B');
    expect(['mixed', 'null']).toContain(ms.direction);
    expect(ms.rationale).toContain('Cree 2010 (crossover randomised trial, n=80) gave mixed results');
  });

  it('ME/CFS: grade and deciding study', () => {
    const me = g('me-cfs');
    expect(me).toMatchObject({ grade: 'B', direction: 'mixed' });
    expect(me.rationale).toContain('Brewer 2018 (crossover randomised trial, n=37)');
    expect(me.flags).toContain('small-trials-only');
    expect(me.rationale).toMatch(/Registered trials without results here: [^.]*Younger 2016 \(NCT02965768\)/);
  });

  it('HIV/AIDS: B, mixed (Mali trial)', () => {
    const hiv = g('hiv-aids');
    expect(hiv).toMatchObject({ grade: 'B', direction: 'mixed' });
    expect(hiv.rationale).toContain('Traoré 2011 (randomised trial, n=100) gave mixed results');
  });

  it('autism: the editors override the derived B down to D, and both are shown', () => {
    const au = g('autism');
    expect(au).toMatchObject({ grade: 'D', derivedGrade: 'B', override: { grade: 'D' } });
    expect(au.flags).toContain('standard-dose-excluded');
    expect(au.rationale).toContain('The editors set grade D instead of the derived grade B:');
  });

  it('pancreatic cancer: derived C from an open-label OGF study, overridden to D', () => {
    const pc = g('pancreatic-cancer');
    expect(pc).toMatchObject({ grade: 'D', derivedGrade: 'C', direction: 'positive' });
    expect(pc.rationale).toContain('Smith 2010 (open-label study, n=24) favoured the treatment');
  });

  it('cancer as a whole: B and null, decided by the glioma trial filed under a subtype', () => {
    const ca = g('cancer');
    expect(ca).toMatchObject({ grade: 'B', direction: 'null' });
    expect(ca.flags).toContain('includes-subtypes');
    expect(ca.rationale).toContain('Peters 2022 (randomised trial, n=110) found no difference');
  });

  it('irritable bowel syndrome: C from an open-label pilot and a survey', () => {
    const ibs = g('irritable-bowel-syndrome');
    expect(ibs.grade).toBe('C');
    expect(ibs.rationale).toContain('Kariv 2006 (open-label study, n=42) favoured the treatment');
  });

  it("Parkinson's disease: the only trial used 100 mg, so the derived grade is I; the editors set C", () => {
    const pd = g('parkinsons-disease');
    expect(pd).toMatchObject({ grade: 'C', derivedGrade: 'I', direction: 'none', flags: ['standard-dose-excluded'] });
    expect(pd.rationale).toContain('not counted: Rascol 1994');
  });

  it('rheumatoid arthritis: B and null, a small crossover RCT against a positive registry', () => {
    const ra = g('rheumatoid-arthritis');
    expect(ra).toMatchObject({ grade: 'B', direction: 'null' });
    expect(ra.flags).toEqual(expect.arrayContaining(['open-label-positive-controlled-null', 'small-trials-only']));
    expect(ra.rationale).toContain('(crossover randomised trial, n=29) found no difference');
    expect(ra.rationale).toMatch(/Less rigorous studies \(uncontrolled or single-blind\) were positive \(Raknes 2019, n=360\)/);
  });

  it('alcohol use disorder: only standard-dose studies, so I', () => {
    const aud = g('alcohol-use-disorder');
    expect(aud).toMatchObject({ grade: 'I', derivedGrade: 'I' });
    expect(aud.flags).toContain('standard-dose-excluded');
  });

  it('every condition has a grade, a direction and a rationale of several sentences', () => {
    for (const grade of grades.values()) {
      expect(grade.rationale.split('. ').length, grade.conditionId).toBeGreaterThanOrEqual(2);
      if (grade.override) expect(grade.rationale, grade.conditionId).toContain(grade.override.reason);
    }
  });
});
