/**
 * Therapy planner figures: safety-screen latency per 100 pasted lines (warm,
 * lexicon compiled once) and the time to build a year's titration plan.
 * Run: npx tsx bench/therapy.bench.ts
 */
import { buildPlan } from '../src/core/therapy/titration.js';
import { compileLexicon } from '../src/core/therapy/lexicon-index.js';
import { screen } from '../src/core/therapy/screen.js';
import { loadTherapyData } from '../src/data/therapy-files.js';

const data = loadTherapyData();

const SAMPLE = [
  'Percocet 5/325',
  'tylenol w/ codeine',
  'suboxone film',
  'levothyroxine 50 mcg',
  'kidney transplant 2019',
  'knee surgery next month',
  'tramadoll 50mg prn',
  'metformin 500 mg ER twice daily',
  'vitamin D3 2000 IU',
  'some herbal tea blend',
];

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

function time(fn: () => void, runs: number): number {
  const out: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    out.push(performance.now() - t0);
  }
  return median(out);
}

const fmt = (ms: number): string => ms.toFixed(3);

const compileMs = time(() => compileLexicon(data.lexicon, data.rules.situations), 5);

// Vary the lines so the fuzzy cache cannot answer everything.
let salt = 0;
const batch = (): string[] => Array.from({ length: 100 }, (_, i) => `${SAMPLE[i % SAMPLE.length]!} x${String(salt++)}`);
screen(batch(), data.lexicon, data.rules); // warm-up compiles the lexicon
const per100 = time(() => screen(batch(), data.lexicon, data.rules), 300);

const big = Array.from({ length: 10_000 }, (_, i) => `${SAMPLE[i % SAMPLE.length]!} ${String(i)}`);
const per10k = time(() => screen(big, data.lexicon, data.rules), 5);

const yearPlan = time(
  () =>
    buildPlan({ protocolId: 'slow', startDate: '2026-01-01', durationDays: 365, form: { kind: 'liquid', concentrationMgPerMl: 1 } }, data),
  300,
);

console.log(`therapy: screen latency per 100 lines = ${fmt(per100)} ms (target <= 20 ms)`);
console.log(`therapy: screen 10,000 lines = ${fmt(per10k)} ms (target <= 2000 ms)`);
console.log(`therapy: lexicon compile (once per process) = ${fmt(compileMs)} ms (target <= 500 ms)`);
console.log(`therapy: build a year's plan = ${fmt(yearPlan)} ms (target <= 5 ms)`);
