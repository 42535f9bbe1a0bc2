import { describe, expect, it } from 'vitest';
import { analyzeTrial } from './analysis.js';
import { buildTrialReport, describeResult, escapeHtml, fmt, reportHtml, type ReportInput } from './report.js';
import { rowsFor, testDesign } from './test-helpers.js';

const LABELS = { A: 'LDN', B: 'placebo' } as const;

function input(pairs: number, effect: number): ReportInput {
  const design = testDesign(pairs, 7, 2, 3);
  // Pain: B around 6, A lower by `effect`; day-to-day wobble so the spread is not zero.
  const rows = rowsFor(design, (period, arm, day) => (arm === 'A' ? 6 - effect : 6) + ((day + period) % 3) - 1);
  const analysis = analyzeTrial(rows, { mcid: 1, higherIsBetter: false, design });
  return {
    trialId: 't1',
    generatedAt: '2026-04-01T10:00:00.000Z',
    outcomeLabel: 'Pain',
    design: { ...design, higherIsBetter: false, armLabels: LABELS },
    analysis,
    unblindings: [{ who: 'patient', kind: 'end', reason: 'Finished <on time>', at: '2026-03-30T08:00:00.000Z' }],
    sheetReleases: 1,
  };
}

describe('describeResult', () => {
  it('calls a consistent benefit over 8 pairs clear, in plain words and the right direction', () => {
    const { analysis } = input(8, 2);
    const r = describeResult(analysis, LABELS, 'Pain');
    expect(r.clearDifference).toBe(true);
    expect(r.headline).toMatch(/^LDN periods scored [12]\.\d\d points better on Pain than placebo periods on average \(lower is better\)/);
    expect(r.benefitCi[0]).toBeGreaterThan(0);
  });

  it('says "no clear difference" when the interval spans zero', () => {
    const { analysis } = input(6, 0);
    const r = describeResult(analysis, LABELS, 'Pain');
    expect(r.clearDifference).toBe(false);
    expect(r.headline).toMatch(/^No clear difference between LDN and placebo on Pain: .* includes no difference/);
  });

  it('says "no clear difference" when the interval excludes zero but 3 pairs cannot reach p < 0.05', () => {
    const { analysis } = input(3, 2);
    const r = describeResult(analysis, LABELS, 'Pain');
    expect(analysis.randomizationP).toBeCloseTo(0.25, 12);
    expect(r.clearDifference).toBe(false);
    expect(r.headline).toMatch(
      /^No clear difference.*excludes no difference, but the randomisation test gives p = 0\.250, not below 0\.05/,
    );
  });
});

describe('the report', () => {
  it('has the design, adherence, unblinding, a bar per period and the notice; HTML is escaped', () => {
    const r = buildTrialReport(input(6, 2));
    expect(r.design.join(' ')).toMatch(/6 pairs of 7-day periods/);
    expect(r.adherence[0]).toMatch(/^\d+ of 60 analysable days logged/);
    expect(r.unblinding).toEqual([
      'Unblinded (end) by the patient on 2026-03-30: Finished <on time>',
      'The pharmacist sheet was released 1 time(s) while the trial was sealed.',
    ]);
    expect(r.chart.bars).toHaveLength(12);
    const html = reportHtml(r, LABELS);
    expect((html.match(/<rect /g) ?? []).length).toBe(12);
    expect(html).toContain('Finished &lt;on time&gt;');
    expect(html).not.toContain('<on time>');
    expect(html).toMatch(/off-label/);
    expect(html).not.toMatch(/NaN|style=|<style/);
  });

  it('says what the probability of a benefit rests on, with the method, right after that figure', () => {
    const { details } = buildTrialReport(input(6, 2));
    const at = details.findIndex((d) => d.startsWith('Probability that'));
    expect(details[at + 1]).toMatch(/^How that probability is worked out: .*not knowing in advance how much the scores vary/);
    expect(details[at + 1]).toContain('nothing carries over from one period into the next');
    expect(details[at + 1]).toContain('doi:10.1201/b16018');
  });

  it('formats numbers without NaN or a negative zero', () => {
    expect(fmt(Number.NaN)).toBe('n/a');
    expect(fmt(-0.001)).toBe('0.00');
    expect(fmt(-1.234)).toBe('-1.23');
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;');
  });
});
