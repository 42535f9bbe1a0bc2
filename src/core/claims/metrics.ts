/**
 * Quality of the claim checker against hand annotations:
 * - claim detection, sentence level: a predicted claim matches a gold claim when
 *   their spans overlap by at least half of the shorter one; matching is
 *   one-to-one (largest overlaps first), so one long prediction cannot cover two
 *   gold claims;
 * - condition links on matched pairs: mean Jaccard index (two empty sets count 1)
 *   and the share of exactly equal sets;
 * - verdicts and types on matched pairs: share equal;
 * - study links on matched pairs: precision and recall of study ids.
 */
import type { CheckVerdict } from './verdict.js';

export interface AnnotatedClaim {
  readonly start: number;
  readonly end: number;
  readonly conditions: readonly string[];
  readonly type: string;
  readonly verdict: CheckVerdict;
  readonly studies: readonly string[];
}

export interface QualityCounts {
  gold: number;
  predicted: number;
  matched: number;
  jaccardSum: number;
  exactConditions: number;
  verdictsRight: number;
  typesRight: number;
  goldStudies: number;
  predictedStudies: number;
  studiesRight: number;
  /** confusion[gold][predicted] over matched pairs. */
  confusion: Record<string, Record<string, number>>;
}

export interface QualityFigures {
  readonly gold: number;
  readonly predicted: number;
  readonly matched: number;
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
  readonly conditionJaccard: number;
  readonly conditionExact: number;
  readonly verdictAccuracy: number;
  readonly typeAccuracy: number;
  readonly studyPrecision: number;
  readonly studyRecall: number;
  /** The counts behind the two study figures: links right, links predicted, links in the annotations (matched pairs only). */
  readonly studyCounts: { readonly right: number; readonly predicted: number; readonly gold: number };
  readonly confusion: Readonly<Record<string, Readonly<Record<string, number>>>>;
}

export function emptyCounts(): QualityCounts {
  return {
    gold: 0,
    predicted: 0,
    matched: 0,
    jaccardSum: 0,
    exactConditions: 0,
    verdictsRight: 0,
    typesRight: 0,
    goldStudies: 0,
    predictedStudies: 0,
    studiesRight: 0,
    confusion: {},
  };
}

function overlap(a: { start: number; end: number }, b: { start: number; end: number }): number {
  return Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
}

/** Pairs gold and predicted claims one-to-one; returns [goldIndex, predictedIndex] pairs. */
export function matchClaims(gold: readonly AnnotatedClaim[], predicted: readonly AnnotatedClaim[]): [number, number][] {
  const candidates: { g: number; p: number; o: number }[] = [];
  gold.forEach((g, gi) =>
    predicted.forEach((p, pi) => {
      const o = overlap(g, p);
      const shorter = Math.min(g.end - g.start, p.end - p.start);
      if (shorter > 0 && o >= shorter / 2) candidates.push({ g: gi, p: pi, o });
    }),
  );
  candidates.sort((a, b) => b.o - a.o || a.g - b.g || a.p - b.p);
  const usedG = new Set<number>();
  const usedP = new Set<number>();
  const pairs: [number, number][] = [];
  for (const c of candidates) {
    if (usedG.has(c.g) || usedP.has(c.p)) continue;
    usedG.add(c.g);
    usedP.add(c.p);
    pairs.push([c.g, c.p]);
  }
  return pairs.sort((a, b) => a[0] - b[0]);
}

export function jaccard(a: readonly string[], b: readonly string[]): number {
  const A = new Set(a);
  const B = new Set(b);
  if (A.size === 0 && B.size === 0) return 1;
  let inter = 0;
  for (const x of A) if (B.has(x)) inter++;
  return inter / (A.size + B.size - inter);
}

/** Adds one document's comparison to running counts (micro-averaging over documents). */
export function addDocument(
  counts: QualityCounts,
  gold: readonly AnnotatedClaim[],
  predicted: readonly AnnotatedClaim[],
): [number, number][] {
  const pairs = matchClaims(gold, predicted);
  counts.gold += gold.length;
  counts.predicted += predicted.length;
  counts.matched += pairs.length;
  for (const [gi, pi] of pairs) {
    const g = gold[gi]!;
    const p = predicted[pi]!;
    const j = jaccard(g.conditions, p.conditions);
    counts.jaccardSum += j;
    if (j === 1) counts.exactConditions++;
    if (g.verdict === p.verdict) counts.verdictsRight++;
    if (g.type === p.type) counts.typesRight++;
    const row = (counts.confusion[g.verdict] ??= {});
    row[p.verdict] = (row[p.verdict] ?? 0) + 1;
    counts.goldStudies += g.studies.length;
    counts.predictedStudies += p.studies.length;
    counts.studiesRight += p.studies.filter((s) => g.studies.includes(s)).length;
  }
  return pairs;
}

const ratio = (num: number, den: number, empty = 1): number => (den === 0 ? empty : num / den);

export function figures(c: QualityCounts): QualityFigures {
  const precision = ratio(c.matched, c.predicted);
  const recall = ratio(c.matched, c.gold);
  return {
    gold: c.gold,
    predicted: c.predicted,
    matched: c.matched,
    precision,
    recall,
    f1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall),
    conditionJaccard: ratio(c.jaccardSum, c.matched),
    conditionExact: ratio(c.exactConditions, c.matched),
    verdictAccuracy: ratio(c.verdictsRight, c.matched),
    typeAccuracy: ratio(c.typesRight, c.matched),
    studyPrecision: ratio(c.studiesRight, c.predictedStudies),
    studyRecall: ratio(c.studiesRight, c.goldStudies),
    studyCounts: { right: c.studiesRight, predicted: c.predictedStudies, gold: c.goldStudies },
    confusion: c.confusion,
  };
}
