/**
 * The one-page clinician report of an unblinded n-of-1 trial, as plain data
 * (`buildTrialReport`) and as HTML with an inline SVG chart (`reportHtml`).
 * The PDF (src/server/trials/trial-pdf.ts) draws the same `TrialReport`, so the
 * two say the same words. Pure: no I/O, no clock (the caller passes the time).
 */
import type { TrialAnalysis } from './analysis.js';
import type { Arm } from './design.js';
import { MODEL_EXPLAINED, MODEL_METHOD } from './model-note.js';

export const REPORT_NOTICE =
  'LDN (low-dose naltrexone) is used off-label: no regulator has approved it for these conditions. ' +
  "This report describes one person's own data and is not medical advice; discuss any change with the prescriber.";

/** Below this two-sided p, and with a 95% interval that excludes zero, a difference is called "clear". */
const CLEAR_P = 0.05;

export interface ReportInput {
  readonly trialId: string;
  readonly generatedAt: string;
  readonly outcomeLabel: string;
  readonly design: {
    readonly seed: number;
    readonly pairs: number;
    readonly periodDays: number;
    readonly washoutDays: number;
    readonly start: string;
    readonly end: string;
    readonly mcid: number;
    readonly higherIsBetter: boolean;
    readonly armLabels: Readonly<Record<Arm, string>>;
  };
  readonly analysis: TrialAnalysis;
  readonly unblindings: ReadonlyArray<{ readonly who: string; readonly kind: string; readonly reason: string; readonly at: string }>;
  readonly sheetReleases: number;
}

export interface ChartBar {
  readonly period: number;
  readonly arm: Arm | null;
  readonly label: string;
  readonly mean: number | null;
}

export interface TrialReport {
  readonly title: string;
  readonly generatedAt: string;
  readonly design: readonly string[];
  readonly adherence: readonly string[];
  /** The result in one plain sentence: "No clear difference..." or the direction and size. */
  readonly headline: string;
  readonly clearDifference: boolean;
  readonly details: readonly string[];
  readonly warnings: readonly string[];
  readonly unblinding: readonly string[];
  readonly chart: { readonly outcomeLabel: string; readonly bars: readonly ChartBar[]; readonly max: number };
  readonly notice: string;
}

/** Rounds for reading; never prints NaN or "-0". */
export function fmt(x: number, digits = 2): string {
  if (!Number.isFinite(x)) return 'n/a';
  const s = x.toFixed(digits);
  return /^-0\.?0*$/.test(s) ? s.slice(1) : s;
}

const pct = (x: number): string => `${Math.round(x * 100)}%`;

function pText(p: number): string {
  return p < 0.001 ? 'p < 0.001' : `p = ${fmt(p, 3)}`;
}

/**
 * The result in one plain sentence. "Clear" needs both a 95% interval that
 * excludes no difference and a randomisation p below 0.05; otherwise the
 * sentence says there is no clear difference, whatever the point estimate.
 */
export function describeResult(
  a: TrialAnalysis,
  labels: Readonly<Record<Arm, string>>,
  outcome: string,
): { headline: string; clearDifference: boolean; benefitCi: [number, number] } {
  const A = labels.A;
  const B = labels.B;
  const higherIsBetter = a.direction === 'higher_is_better';
  // On the benefit scale (improvement of A over B), whichever way the outcome runs.
  const benefitCi: [number, number] = higherIsBetter ? [a.ci95[0], a.ci95[1]] : [-a.ci95[1], -a.ci95[0]];
  const spansZero = benefitCi[0] <= 0 && benefitCi[1] >= 0;
  const clear = !spansZero && a.randomizationP < CLEAR_P;
  const size = Math.abs(a.benefitOfA);
  const better = a.benefitOfA > 0 ? A : B;
  const worse = a.benefitOfA > 0 ? B : A;
  const direction = higherIsBetter ? 'higher is better' : 'lower is better';
  const headline = clear
    ? `${better} periods scored ${fmt(size)} points better on ${outcome} than ${worse} periods on average (${direction}); ` +
      `the 95% interval for the benefit of ${A} runs from ${fmt(benefitCi[0])} to ${fmt(benefitCi[1])} and the randomisation test gives ${pText(a.randomizationP)}.`
    : spansZero
      ? `No clear difference between ${A} and ${B} on ${outcome}: the average benefit of ${A} was ${fmt(a.benefitOfA)} points, ` +
        `but the 95% interval (${fmt(benefitCi[0])} to ${fmt(benefitCi[1])}) includes no difference and the randomisation test gives ${pText(a.randomizationP)}.`
      : `No clear difference between ${A} and ${B} on ${outcome}: the average benefit of ${A} was ${fmt(a.benefitOfA)} points ` +
        `and the 95% interval (${fmt(benefitCi[0])} to ${fmt(benefitCi[1])}) excludes no difference, but the randomisation test gives ` +
        `${pText(a.randomizationP)}, not below ${CLEAR_P} (with ${a.pairsAnalysed} pairs it cannot go below ${fmt(a.smallestAttainableP, 4)}).`;
  return { headline, clearDifference: clear, benefitCi };
}

export function buildTrialReport(input: ReportInput): TrialReport {
  const { analysis: a, design: d } = input;
  const A = d.armLabels.A;
  const B = d.armLabels.B;
  const outcome = input.outcomeLabel;
  // On the benefit scale (improvement of A over B), whichever way the outcome runs.
  const { headline, clearDifference: clear } = describeResult(a, d.armLabels, outcome);
  const direction = d.higherIsBetter ? 'higher is better' : 'lower is better';

  const details = [
    `Pairs analysed: ${a.pairsAnalysed} of ${d.pairs}. Mean difference ${A} minus ${B}: ${fmt(a.meanDifference)} points (95% CI ${fmt(a.ci95[0])} to ${fmt(a.ci95[1])}, t interval on pair differences, df ${a.df}).`,
    `Randomisation test (${a.randomizationMethod === 'exact' ? 'exact' : 'Monte Carlo'}): ${pText(a.randomizationP)}; the smallest p this many pairs can give is ${fmt(a.smallestAttainableP, 4)}.`,
    `Probability that ${A} improves ${outcome} by more than the minimal important difference (${fmt(d.mcid)} points): ${pct(a.posteriorProbAboveMcid)} (Bayesian model that allows for the unknown spread of the pair differences; prior: ${a.prior.source}).`,
    `How that probability is worked out: ${MODEL_EXPLAINED} Method: ${MODEL_METHOD.citation} (doi:${MODEL_METHOD.doi}).`,
    ...a.sensitivity.scenarios.map(
      (s) =>
        `Sensitivity (${s.name.replace(/_/g, ' ')}): ${s.description} Mean difference ${fmt(s.meanDifference)} (95% CI ${fmt(s.ci95[0])} to ${fmt(s.ci95[1])}), ${pText(s.randomizationP)}.`,
    ),
  ];

  const logged = a.periods.reduce((s, p) => s + p.logged, 0);
  const analysable = a.periods.reduce((s, p) => s + p.analysableDays, 0);
  const unwell = a.periods.reduce((s, p) => s + p.tooUnwell, 0);
  const adherence = [
    `${logged} of ${analysable} analysable days logged (${analysable > 0 ? pct(logged / analysable) : 'n/a'}); ${unwell} day(s) too unwell to log.`,
    ...a.periods.map(
      (p) =>
        `Period ${p.period} (${p.arm ? (p.arm === 'A' ? A : B) : 'unknown'}): ${p.logged}/${p.analysableDays} days logged, ${p.tooUnwell} too unwell, mean ${p.mean === null ? 'none' : fmt(p.mean)}.`,
    ),
  ];

  const design = [
    `Randomised, blinded multiple-crossover trial in one person: ${A} against ${B}.`,
    `${d.pairs} pairs of ${d.periodDays}-day periods (${2 * d.pairs} periods, ${d.start} to ${d.end}); the first ${d.washoutDays} day(s) of each period are washout and not analysed.`,
    `Primary outcome: ${outcome} (0-10, ${direction}); minimal important difference ${fmt(d.mcid)} points. Order within each pair drawn by mulberry32 from seed ${d.seed}.`,
  ];

  const unblinding = [
    ...input.unblindings.map((u) => `Unblinded (${u.kind}) by the ${u.who} on ${u.at.slice(0, 10)}: ${u.reason}`),
    input.sheetReleases > 0
      ? `The pharmacist sheet was released ${input.sheetReleases} time(s) while the trial was sealed.`
      : 'The pharmacist sheet was not released through LDN Atlas while the trial was sealed.',
  ];

  const bars = a.periods.map((p) => ({
    period: p.period,
    arm: p.arm,
    label: p.arm === null ? '?' : p.arm === 'A' ? A : B,
    mean: p.mean,
  }));
  const max = Math.max(10, ...bars.map((b) => b.mean ?? 0));

  return {
    title: `N-of-1 trial report: ${A} vs ${B} on ${outcome}`,
    generatedAt: input.generatedAt,
    design,
    adherence,
    headline,
    clearDifference: clear,
    details,
    warnings: a.warnings.map((w) => w.message),
    unblinding,
    chart: { outcomeLabel: outcome, bars, max },
    notice: REPORT_NOTICE,
  };
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
export const escapeHtml = (s: string): string => s.replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c);

export const ARM_COLOURS: Readonly<Record<Arm, string>> = { A: '#1f5fa8', B: '#b8651b' };

/** A bar per period (its mean), coloured by arm; only presentation attributes, so a strict CSP allows it. */
export function periodChartSvg(chart: TrialReport['chart'], width = 640, height = 220): string {
  const left = 36;
  const bottom = 30;
  const top = 10;
  const plotH = height - bottom - top;
  const n = Math.max(1, chart.bars.length);
  const slot = (width - left - 10) / n;
  const y = (v: number): number => top + plotH - (v / chart.max) * plotH;
  const parts: string[] = [];
  for (const tick of [0, chart.max / 2, chart.max]) {
    parts.push(
      `<line x1="${left}" x2="${width - 10}" y1="${fmt(y(tick), 1)}" y2="${fmt(y(tick), 1)}" stroke="#ccc" stroke-width="1"/>`,
      `<text x="${left - 4}" y="${fmt(y(tick) + 4, 1)}" font-size="11" text-anchor="end" fill="#333">${fmt(tick, 0)}</text>`,
    );
  }
  chart.bars.forEach((b, i) => {
    const x = left + i * slot + slot * 0.15;
    const w = slot * 0.7;
    if (b.mean !== null) {
      const colour = b.arm ? ARM_COLOURS[b.arm] : '#777';
      parts.push(
        `<rect x="${fmt(x, 1)}" y="${fmt(y(b.mean), 1)}" width="${fmt(w, 1)}" height="${fmt(top + plotH - y(b.mean), 1)}" fill="${colour}"><title>Period ${b.period}, ${escapeHtml(b.label)}: ${fmt(b.mean)}</title></rect>`,
      );
    }
    parts.push(
      `<text x="${fmt(x + w / 2, 1)}" y="${height - bottom + 14}" font-size="11" text-anchor="middle" fill="#333">${b.period}${b.arm ?? ''}</text>`,
    );
  });
  const title = `Mean ${chart.outcomeLabel} per period (0-10); A and B label each bar`;
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="100%" role="img" aria-label="${escapeHtml(title)}">` +
    `<title>${escapeHtml(title)}</title>${parts.join('')}</svg>`
  );
}

export function reportHtml(r: TrialReport, labels: Readonly<Record<Arm, string>>): string {
  const list = (items: readonly string[]): string => `<ul>${items.map((i) => `<li>${escapeHtml(i)}</li>`).join('')}</ul>`;
  return [
    '<!doctype html>',
    '<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(r.title)}</title></head><body>`,
    `<main><h1>${escapeHtml(r.title)}</h1>`,
    `<p><strong>${escapeHtml(r.notice)}</strong></p>`,
    `<h2>Result</h2><p>${escapeHtml(r.headline)}</p>`,
    list(r.details),
    `<h2>Chart by period</h2>`,
    periodChartSvg(r.chart),
    `<p>A = ${escapeHtml(labels.A)} (blue); B = ${escapeHtml(labels.B)} (orange).</p>`,
    `<h2>Design</h2>${list(r.design)}`,
    `<h2>Adherence</h2>${list(r.adherence)}`,
    r.warnings.length > 0 ? `<h2>Warnings</h2>${list(r.warnings)}` : '',
    `<h2>Unblinding</h2>${list(r.unblinding)}`,
    `<p>Generated ${escapeHtml(r.generatedAt)} by LDN Atlas.</p>`,
    '</main></body></html>',
  ].join('\n');
}
