/// <reference types="vite/client" />
/**
 * Known-answer vectors: __vectors__/reference.py recomputes every figure with
 * NumPy/SciPy from the committed CSVs; the TypeScript must agree to 1e-6.
 * Regenerate with `python3 src/core/trials/__vectors__/reference.py`.
 */
import { describe, expect, it } from 'vitest';
import { analyzeTrial, type TrialAnalysis } from './analysis.js';
import { parseTrialCells, type TrialRow } from './rows.js';
import cases from './__vectors__/cases.json';
import expected from './__vectors__/expected.json';

const csvFiles = import.meta.glob<string>('./__vectors__/*.csv', { query: '?raw', import: 'default', eager: true });

interface Expected {
  periodMeans: Record<string, number | null>;
  pairDifferences: Record<string, number>;
  meanDifference: number;
  sdDifference: number;
  ci95: number[];
  randomizationP: number;
  posterior: { mean: number; sd: number; ci95: number[] };
  posteriorProbAboveMcid: number;
  sensitivity: Record<string, { meanDifference: number; ci95: number[]; randomizationP: number }>;
}

// The fixtures are plain comma-separated cells with no quoting; src/data/trial-csv.ts is the real CSV reader.
function rowsOf(text: string): TrialRow[] {
  const [header, ...lines] = text.trim().split('\n');
  const names = (header ?? '').split(',');
  return lines.map((line) => {
    const cells = Object.fromEntries(line.split(',').map((v, i) => [names[i] ?? '', v]));
    const parsed = parseTrialCells(cells);
    if (!parsed.ok) throw new Error(`${line}: ${JSON.stringify(parsed.error)}`);
    return parsed.value;
  });
}

const TOL = 1e-6;
const close = (actual: number | null | undefined, want: number | null | undefined, what: string): void => {
  if (want === null || want === undefined) {
    expect(actual ?? null, what).toBeNull();
    return;
  }
  expect(actual, what).toBeTypeOf('number');
  expect(Math.abs((actual as number) - want), `${what}: ${String(actual)} vs ${want}`).toBeLessThanOrEqual(TOL);
};

describe('analysis matches the SciPy reference vectors', () => {
  it('has at least ten fixtures, each with a CSV', () => {
    expect(cases.length).toBeGreaterThanOrEqual(10);
    for (const c of cases) expect(csvFiles[`./__vectors__/${c.name}.csv`], c.name).toBeTypeOf('string');
  });

  for (const c of cases) {
    it(c.name, () => {
      const want = (expected as unknown as Record<string, Expected>)[c.name] as Expected;
      const got: TrialAnalysis = analyzeTrial(rowsOf(csvFiles[`./__vectors__/${c.name}.csv`] ?? ''), {
        mcid: c.mcid,
        higherIsBetter: c.higherIsBetter,
        washoutDays: c.washoutDays,
        ...(c.prior ? { prior: c.prior } : {}),
      });
      expect(got.periods.map((p) => String(p.period))).toEqual(Object.keys(want.periodMeans));
      for (const p of got.periods) close(p.mean, want.periodMeans[String(p.period)], `period ${p.period} mean`);
      const diffs = got.pairs.filter((p) => p.difference !== null);
      expect(diffs.map((p) => String(p.pair))).toEqual(Object.keys(want.pairDifferences));
      for (const p of diffs) close(p.difference, want.pairDifferences[String(p.pair)], `pair ${p.pair} difference`);
      close(got.meanDifference, want.meanDifference, 'meanDifference');
      close(got.sdDifference, want.sdDifference, 'sdDifference');
      close(got.ci95[0], want.ci95[0], 'ci95 low');
      close(got.ci95[1], want.ci95[1], 'ci95 high');
      close(got.randomizationP, want.randomizationP, 'randomizationP');
      close(got.posterior.mean, want.posterior.mean, 'posterior mean');
      close(got.posterior.sd, want.posterior.sd, 'posterior sd');
      close(got.posterior.ci95[0], want.posterior.ci95[0], 'posterior ci low');
      close(got.posterior.ci95[1], want.posterior.ci95[1], 'posterior ci high');
      close(got.posteriorProbAboveMcid, want.posteriorProbAboveMcid, 'P(benefit > mcid)');
      for (const s of got.sensitivity.scenarios) {
        const w = want.sensitivity[s.name];
        close(s.meanDifference, w?.meanDifference, `${s.name} meanDifference`);
        close(s.ci95[0], w?.ci95[0], `${s.name} ci low`);
        close(s.ci95[1], w?.ci95[1], `${s.name} ci high`);
        close(s.randomizationP, w?.randomizationP, `${s.name} p`);
      }
    });
  }
});
