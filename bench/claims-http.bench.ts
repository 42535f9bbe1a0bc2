/**
 * Claim checker over HTTP: POST /api/check-claims with a 2,000-word article to
 * the real app in its own process (bench/server-under-test.ts), one request at
 * a time, p50 and p95 end to end; baseline is the core's own check of the same
 * text in this process, so the ratio shows what HTTP, JSON and the allow-list add.
 * Run: npx tsx bench/claims-http.bench.ts
 */
import { evidenceFromAtlas } from '../src/core/claims/atlas-adapter.js';
import { checkArticle } from '../src/core/claims/check.js';
import { buildAtlas } from '../src/core/evidence/atlas.js';
import { loadExtraAnnotations, loadSeedAnnotations, seedsAvailable } from '../src/data/claim-fixtures.js';
import { loadEvidenceCorpus } from '../src/data/evidence-files.js';
import { percentile, report } from './lib.js';
import { startBenchServer } from './spawn.js';

const WORDS = 2000;
const sources = [...(seedsAvailable() ? loadSeedAnnotations() : []), ...loadExtraAnnotations()].map((a) => a.text);
const paragraphs = sources.join('\n\n').split(/\n{2,}/);
const picked: string[] = [];
for (let i = 0, count = 0; count < WORDS; i++) {
  const words = paragraphs[i % paragraphs.length]!.split(/\s+/).filter(Boolean);
  const take = words.slice(0, WORDS - count);
  picked.push(take.join(' '));
  count += take.length;
}
const article = picked.join('\n\n');
const body = JSON.stringify({ text: article, format: 'txt' });

const evidence = evidenceFromAtlas(buildAtlas(loadEvidenceCorpus()));
checkArticle(article, 'text', evidence);
const core: number[] = [];
for (let i = 0; i < 40; i++) {
  const t0 = performance.now();
  checkArticle(article, 'text', evidence);
  core.push(performance.now() - t0);
}

const server = await startBenchServer();
try {
  const post = async (): Promise<number> => {
    const t0 = performance.now();
    const res = await fetch(`${server.url}/api/check-claims`, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
    const json = (await res.json()) as { claims?: unknown[] };
    if (res.status !== 200 || !Array.isArray(json.claims)) throw new Error(`check-claims answered ${res.status}`);
    return performance.now() - t0;
  };
  for (let i = 0; i < 5; i++) await post(); // warm-up: indexes compiled, JIT settled
  const http: number[] = [];
  for (let i = 0; i < 60; i++) http.push(await post());
  const coreMedian = percentile(core, 50);
  report({
    area: 'claims',
    name: 'POST /api/check-claims, 2,000-word article, p50',
    value: percentile(http, 50),
    unit: 'ms',
    target: '< 150 ms',
    ratio: { value: percentile(http, 50) / coreMedian, baseline: 'core check in-process' },
  });
  report({
    area: 'claims',
    name: 'POST /api/check-claims, 2,000-word article, p95',
    value: percentile(http, 95),
    unit: 'ms',
    target: '< 300 ms',
  });
} finally {
  await server.stop();
}
