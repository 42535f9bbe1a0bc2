/**
 * Evidence figures: corpus load time, search latency (p95) on the real corpus
 * and on a generated corpus of 100,000 studies, and the heap the 100k index takes.
 * Run: npx tsx bench/evidence.bench.ts
 */
import { runInNewContext } from 'node:vm';
import { setFlagsFromString } from 'node:v8';
import { buildAtlas } from '../src/core/evidence/atlas.js';
import type { Corpus } from '../src/core/evidence/corpus.js';
import type { Study } from '../src/core/evidence/schema.js';
import { buildSearchIndex, searchTokens, type SearchIndex } from '../src/core/evidence/search.js';
import { loadEvidenceCorpus } from '../src/data/evidence-files.js';
import { percentile, report } from './lib.js';

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

function heapMb(): number {
  gc();
  gc();
  // Typed-array postings live outside the JS heap proper; count them too.
  const m = process.memoryUsage();
  return (m.heapUsed + m.arrayBuffers) / 1024 / 1024;
}

/** Deterministic PRNG (mulberry32) so every run generates the same corpus. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const t0 = performance.now();
const real = loadEvidenceCorpus();
const loadMs = performance.now() - t0;

const QUERIES = [
  'MS',
  'ME/CFS',
  'fibro',
  'fibromyalga',
  'chrons',
  'crohns',
  'UC',
  'RA',
  'sclerosys',
  'multiple sclerosys',
  'pancreatic cancer',
  'low dose naltrexone pain',
  'younger 2013',
  'hiv',
  'autism',
  'long covid fatigue',
  'placebo controlled trial',
  'parkinsons',
];

/** The fixed queries plus words of the corpus itself, some with a letter swapped, as people type them. */
function queries(corpusWords: readonly string[], count: number, random: () => number): string[] {
  const out: string[] = [];
  for (let i = 0; i < count; i++) {
    if (i % 3 === 0) out.push(QUERIES[i % QUERIES.length]!);
    else {
      let w = corpusWords[Math.floor(random() * corpusWords.length)]!;
      if (i % 3 === 2 && w.length > 5) {
        const k = 1 + Math.floor(random() * (w.length - 2));
        w = w.slice(0, k) + w[k + 1] + w[k] + w.slice(k + 2);
      }
      out.push(i % 2 === 0 ? w : `${w} ${corpusWords[Math.floor(random() * corpusWords.length)]!}`);
    }
  }
  return out;
}

function p95(index: SearchIndex, qs: readonly string[]): number {
  for (const q of qs.slice(0, 50)) index.search(q, 20); // warm-up
  const times = qs.map((q) => {
    const start = performance.now();
    index.search(q, 20);
    return performance.now() - start;
  });
  return percentile(times, 95);
}

const random = rng(20_261_122);
const realWords = [...new Set(real.studies.flatMap((s) => searchTokens(`${s.citation.title ?? ''} ${s.population}`)))].filter(
  (w) => w.length > 2,
);

const buildStart = performance.now();
const atlas = buildAtlas(real);
const atlasMs = performance.now() - buildStart;
const realIndex = buildSearchIndex(real);
const realP95 = p95(realIndex, queries(realWords, 3_000, random));
void atlas;

/** 100,000 invented studies over the real conditions, with the real vocabulary plus 20,000 made-up words. */
function generated(n: number): Corpus {
  const syllables = ['ka', 'lo', 'mi', 'ne', 'ru', 'ta', 'vi', 'so', 'pe', 'dra', 'kin', 'tor', 'zel', 'bis', 'gam', 'ul'];
  const made = Array.from({ length: 20_000 }, () => {
    let w = '';
    const len = 2 + Math.floor(random() * 3);
    for (let i = 0; i < len; i++) w += syllables[Math.floor(random() * syllables.length)];
    return w;
  });
  const pool = [...realWords, ...made];
  const pick = (k: number): string => Array.from({ length: k }, () => pool[Math.floor(random() * pool.length)]!).join(' ');
  const template = real.studies[0]!;
  const conditionIds = real.conditions.map((c) => c.id);
  const studies: Study[] = Array.from({ length: n }, (_, i) => ({
    ...template,
    id: `gen-${i}`,
    citation: { authors: `${pick(1)} A, ${pick(1)} B`, year: 1980 + (i % 46), title: pick(10) },
    ids: { pmid: String(10_000_000 + i) },
    population: pick(6),
    outcomes: [
      { measure: pick(4), primary: true, result: 'invented', direction: 'null' },
      { measure: pick(4), primary: false, result: 'invented', direction: 'positive' },
    ],
    conditions: [conditionIds[i % conditionIds.length]!, conditionIds[(i * 7) % conditionIds.length]!],
  }));
  return { conditions: real.conditions, studies, sources: real.sources, claims: real.claims };
}

const big = generated(100_000);
const before = heapMb();
const bigBuildStart = performance.now();
const bigIndex = buildSearchIndex(big);
const bigBuildMs = performance.now() - bigBuildStart;
const after = heapMb();
if (bigIndex.documents !== big.conditions.length + big.studies.length + big.claims.length) throw new Error('index is missing documents');
const bigWords = [...new Set(big.studies.slice(0, 2_000).flatMap((s) => searchTokens(s.citation.title ?? '')))];
const bigP95 = p95(bigIndex, queries(bigWords, 600, random));

report({ area: 'evidence', name: 'corpus load (cold, parse + cross-check)', value: loadMs, unit: 'ms', target: '< 300 ms' });
report({ area: 'evidence', name: 'buildAtlas on the real corpus', value: atlasMs, unit: 'ms', target: '< 300 ms' });
report({
  area: 'evidence',
  name: `search p95, real corpus (${real.studies.length} studies)`,
  value: realP95,
  unit: 'ms',
  target: '<= 5 ms',
});
report({ area: 'evidence', name: 'search p95, 100,000 generated studies', value: bigP95, unit: 'ms', target: '<= 50 ms' });
report({ area: 'evidence', name: 'search index heap, 100,000 studies', value: after - before, unit: 'MB' });
report({ area: 'evidence', name: 'search index build, 100,000 studies', value: bigBuildMs, unit: 'ms' });
