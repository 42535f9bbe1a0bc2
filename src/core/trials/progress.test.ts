import { describe, expect, it } from 'vitest';
import type { LocalDate } from '../shared/dates.js';
import { analyzeTrial } from './analysis.js';
import { trialProgress, trialRowsFromJournal, type JournalDay } from './progress.js';
import { testDesign } from './test-helpers.js';

// 3 pairs of 7-day periods from 2026-01-05 with 2 washout days: period 1 is 01-05..01-11, analysed from 01-07.
const design = testDesign(3, 7, 2, 1);
const d = (s: string): LocalDate => s as LocalDate;
const logged = (day: string, pain: number): JournalDay => ({ day, status: 'logged', scores: { pain } });

describe('trialProgress', () => {
  const entries: JournalDay[] = [
    logged('2026-01-05', 9), // washout day: not counted
    logged('2026-01-07', 5),
    logged('2026-01-08', 6),
    { day: '2026-01-09', status: 'too_unwell', scores: {} },
    { day: '2026-01-10', status: 'logged', scores: { mood: 4 } }, // no pain score
    logged('2026-01-11', 4),
    logged('2026-01-16', 3), // period 2, analysable from 01-14
    logged('2026-03-01', 1), // after the trial
  ];

  it('places days into periods by date and counts logged, too-unwell and missing days', () => {
    const p = trialProgress(design.patientSchedule, entries, 'pain', d('2026-01-20'));
    expect(p.phase).toBe('running');
    expect(p.currentPeriod).toBe(3);
    expect(p.periods[0]).toMatchObject({ state: 'done', analysableDays: 5, elapsedAnalysableDays: 5, logged: 3, tooUnwell: 1, missing: 1 });
    expect(p.periods[0]?.adherence).toBeCloseTo(0.6, 12);
    // Period 2 (01-12..01-18): 5 analysable days, one scored.
    expect(p.periods[1]).toMatchObject({ state: 'done', logged: 1, tooUnwell: 0, missing: 4 });
    // Period 3 (01-19..01-25) is analysed from 01-21: nothing elapsed yet on the 20th.
    expect(p.periods[2]).toMatchObject({ state: 'current', elapsedAnalysableDays: 0, adherence: null });
    expect(p.totals).toMatchObject({ elapsedAnalysableDays: 10, logged: 4, tooUnwell: 1, missing: 5 });
    const codes = p.warnings.map((w) => [w.code, w.period]);
    expect(codes).toEqual([
      ['low_adherence', 2],
      ['too_unwell_days', undefined],
      ['outcome_not_logged', undefined],
    ]);
    // No arm anywhere in what the blinded person sees.
    expect(JSON.stringify(p)).not.toMatch(/"arm"|pharmacistCode/);
  });

  it('warns about a finished period with no scores, and knows when the trial has not started or is over', () => {
    expect(trialProgress(design.patientSchedule, [], 'pain', d('2026-01-01')).phase).toBe('not_started');
    const over = trialProgress(design.patientSchedule, entries, 'pain', d('2026-03-01'));
    expect(over.phase).toBe('finished');
    expect(over.currentPeriod).toBeNull();
    expect(over.warnings.filter((w) => w.code === 'empty_period').map((w) => w.period)).toEqual([3, 4, 5, 6]);
  });
});

describe('trialRowsFromJournal', () => {
  it('turns journal days into analysis rows with the unblinded arm, dropping days outside the trial', () => {
    const rows = trialRowsFromJournal(design.periods, [...entriesForAnalysis()].reverse(), 'pain');
    expect(rows[0]).toEqual({ date: '2026-01-05', period: 1, arm: design.periods[0]?.arm, outcome: 5 });
    expect(rows.some((r) => r.outcome === 'too_unwell')).toBe(true);
    expect(rows.some((r) => r.date === '2026-02-20')).toBe(false);
    const a = analyzeTrial(rows, { mcid: 1, higherIsBetter: false, design });
    // A scores 3, B scores 5 on every analysed day: LDN is 2 points better.
    expect(a.meanDifference).toBeCloseTo(-2, 12);
    expect(a.periods.reduce((s, p) => s + p.tooUnwell, 0)).toBe(1);
  });
});

function entriesForAnalysis(): JournalDay[] {
  const out: JournalDay[] = [];
  for (const p of design.periods) {
    for (let i = 0; i < 7; i++) {
      const day = new Date(Date.parse(`${p.start}T00:00:00Z`) + i * 86_400_000).toISOString().slice(0, 10);
      if (p.period === 2 && i === 4) out.push({ day, status: 'too_unwell', scores: {} });
      else out.push(logged(day, p.arm === 'A' ? 3 : 5));
    }
  }
  out.push(logged('2026-02-20', 0));
  return out;
}
