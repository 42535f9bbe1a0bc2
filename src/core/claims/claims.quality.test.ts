/**
 * Measured quality of the claim checker on hand-annotated articles (see
 * README.md for the labelling rules and the bars). Prints the figures; fails
 * when a figure drops below its bar. The seeds live outside the repository
 * (shared/seeds/); without them only the extra articles are measured.
 */
import { describe, expect, it } from 'vitest';
import { loadExtraAnnotations, loadSeedAnnotations, seedsAvailable, type AnnotatedArticle } from '../../data/claim-fixtures.js';
import { loadEvidenceCorpus } from '../../data/evidence-files.js';
import { buildAtlas } from '../evidence/atlas.js';
import { evidenceFromAtlas } from './atlas-adapter.js';
import { checkClaims } from './check.js';
import { addDocument, emptyCounts, figures, type QualityFigures } from './metrics.js';

interface Bars {
  readonly precision: number;
  readonly recall: number;
  readonly conditionJaccard: number;
  readonly verdictAccuracy: number;
  readonly studyPrecision: number;
  readonly studyRecall: number;
}
/**
 * The bars, also written in README.md. The seeds were used while writing the rules,
 * so their bar guards against regressions; the other articles carry the bar we
 * claim for unseen writing. Study links on the seeds must stay all correct: a wrong
 * link can turn a verdict into "contradicted". The other articles hold only seven
 * links, so one link moves their study figures by 14 points.
 */
const SEED_BARS: Bars = {
  precision: 0.85,
  recall: 0.85,
  conditionJaccard: 0.8,
  verdictAccuracy: 0.65,
  studyPrecision: 1,
  // Was 0.85; the review fixes (no study taken from list items, passages end at any foreign capitalised word)
  // cost nine seed links, all honest refusals; one came back since. Measured 23/31 = 0.74.
  studyRecall: 0.7,
};
const GENERAL_BARS: Bars = {
  precision: 0.75,
  recall: 0.75,
  conditionJaccard: 0.8,
  verdictAccuracy: 0.6,
  studyPrecision: 0.8,
  studyRecall: 0.7,
};

const evidence = evidenceFromAtlas(buildAtlas(loadEvidenceCorpus()));

function measure(articles: readonly AnnotatedArticle[]): QualityFigures {
  const counts = emptyCounts();
  for (const a of articles) {
    const result = checkClaims(a.text, evidence);
    addDocument(counts, a.gold, result.claims);
  }
  return figures(counts);
}

const pct = (x: number): string => `${(100 * x).toFixed(1)}%`;

function report(label: string, f: QualityFigures): void {
  process.stdout.write(
    `claims quality [${label}]: gold=${f.gold} predicted=${f.predicted} matched=${f.matched} ` +
      `P=${pct(f.precision)} R=${pct(f.recall)} F1=${pct(f.f1)} conditions(Jaccard)=${pct(f.conditionJaccard)} ` +
      `conditions(exact)=${pct(f.conditionExact)} verdict=${pct(f.verdictAccuracy)} type=${pct(f.typeAccuracy)} ` +
      `studies P=${pct(f.studyPrecision)} (${f.studyCounts.right}/${f.studyCounts.predicted}) ` +
      `R=${pct(f.studyRecall)} (${f.studyCounts.right}/${f.studyCounts.gold})\n`,
  );
}

function expectBars(f: QualityFigures, bars: Bars): void {
  expect(f.precision).toBeGreaterThanOrEqual(bars.precision);
  expect(f.recall).toBeGreaterThanOrEqual(bars.recall);
  expect(f.conditionJaccard).toBeGreaterThanOrEqual(bars.conditionJaccard);
  expect(f.verdictAccuracy).toBeGreaterThanOrEqual(bars.verdictAccuracy);
  expect(f.studyPrecision).toBeGreaterThanOrEqual(bars.studyPrecision);
  expect(f.studyRecall).toBeGreaterThanOrEqual(bars.studyRecall);
}

describe('claim checker quality', () => {
  it.runIf(seedsAvailable())('meets the bars on the five annotated seed articles', () => {
    const f = measure(loadSeedAnnotations());
    report('seeds', f);
    expectBars(f, SEED_BARS);
  });

  it('meets the bars on the articles written in other styles (forum post, news page, clinic FAQ)', () => {
    const extra = loadExtraAnnotations();
    report('clinic FAQ, held out (fixed twice after its first measurement, see README)', measure(extra.filter((a) => a.heldOut)));
    const f = measure(extra);
    report('other styles', f);
    expectBars(f, GENERAL_BARS);
  });
});
