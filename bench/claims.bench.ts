/**
 * Claim checker figures: time to check a 2,000-word article on one core, warm
 * (indexes compiled) and cold (first call on a fresh evidence port, which
 * compiles the condition and study indexes), and HTML reduction of the same
 * article wrapped in markup. The article is the annotated fixture articles
 * (plus the seeds when present), repeated and cut to 2,000 words.
 * Run: npx tsx bench/claims.bench.ts
 */
import { evidenceFromAtlas } from '../src/core/claims/atlas-adapter.js';
import { checkClaims } from '../src/core/claims/check.js';
import { htmlToText } from '../src/core/claims/html.js';
import { buildAtlas } from '../src/core/evidence/atlas.js';
import { loadExtraAnnotations, loadSeedAnnotations, seedsAvailable } from '../src/data/claim-fixtures.js';
import { loadEvidenceCorpus } from '../src/data/evidence-files.js';
import { percentile, report } from './lib.js';

const WORDS = 2000;
const atlas = buildAtlas(loadEvidenceCorpus());
const sources = [...(seedsAvailable() ? loadSeedAnnotations() : []), ...loadExtraAnnotations()].map((a) => a.text);
const paragraphs = sources.join('\n\n').split(/\n{2,}/);
const picked: string[] = [];
let count = 0;
for (let i = 0; count < WORDS; i++) {
  const words = paragraphs[i % paragraphs.length]!.split(/\s+/).filter(Boolean);
  const take = words.slice(0, WORDS - count);
  picked.push(take.join(' '));
  count += take.length;
}
const article = picked.join('\n\n');
const html = `<html><head><script>var x = 1;</script></head><body>${picked.map((p) => `<p>${p.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</p>`).join('\n')}</body></html>`;

function times(fn: () => void, runs: number): number[] {
  const out: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    out.push(performance.now() - t0);
  }
  return out;
}

const coldMs = times(() => checkClaims(article, evidenceFromAtlas(atlas)), 5);
const warmEvidence = evidenceFromAtlas(atlas);
checkClaims(article, warmEvidence);
const warm = times(() => checkClaims(article, warmEvidence), 50);
const htmlMs = times(() => htmlToText(html), 50);
const claims = checkClaims(article, warmEvidence).claims.length;

report({
  area: 'claims',
  name: `check 2,000-word article, warm, median (${claims} claims)`,
  value: percentile(warm, 50),
  unit: 'ms',
  target: '< 100 ms',
});
report({ area: 'claims', name: 'check 2,000-word article, warm, p95', value: percentile(warm, 95), unit: 'ms', target: '< 100 ms' });
report({
  area: 'claims',
  name: 'check 2,000-word article, cold (indexes compiled), median',
  value: percentile(coldMs, 50),
  unit: 'ms',
  target: '< 100 ms',
});
report({ area: 'claims', name: 'htmlToText 2,000-word page, median', value: percentile(htmlMs, 50), unit: 'ms', target: '< 20 ms' });
