/**
 * Bounded fuzzy lookup of one token against the lexicon's vocabulary, for
 * misspellings such as "oxycodon", "tramadoll", "percoset", "vicodine".
 * A symmetric-delete index (all spellings with up to `d` letters removed)
 * finds candidates in O(1) per variant; each is confirmed with the optimal
 * string alignment distance (Levenshtein plus adjacent transpositions).
 */

/** Allowed edits grow with length; short words must match exactly to avoid false alarms. */
export function allowedEdits(length: number): number {
  if (length < 5) return 0;
  if (length < 8) return 1;
  return 2;
}

/** Optimal string alignment distance, or `max + 1` as soon as it must exceed `max`. */
export function boundedOsaDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  if (a === b) return 0;
  const n = b.length;
  let prevPrev = new Array<number>(n + 1).fill(0);
  let prev = Array.from({ length: n + 1 }, (_, j) => j);
  let cur = new Array<number>(n + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    let rowMin = i;
    for (let j = 1; j <= n; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      let v = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, prevPrev[j - 2]! + 1);
      cur[j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return max + 1;
    [prevPrev, prev, cur] = [prev, cur, prevPrev];
  }
  return prev[n]!;
}

function deletions(word: string, depth: number, out: Set<string>): void {
  out.add(word);
  if (depth === 0 || word.length <= 1) return;
  for (let i = 0; i < word.length; i++) {
    const shorter = word.slice(0, i) + word.slice(i + 1);
    if (!out.has(shorter)) deletions(shorter, depth - 1, out);
  }
}

/**
 * A 6-7 letter query may be two edits from a long name ("suboxen" -> "suboxone");
 * the per-candidate limit below still allows only one edit against a short name.
 */
function queryEdits(length: number): number {
  if (length < 5) return 0;
  if (length < 6) return 1;
  return 2;
}

export interface FuzzyIndex {
  /** The closest vocabulary word within the allowed edits, or null if none or if two differ equally. */
  lookup(word: string): string | null;
}

const CACHE_LIMIT = 50_000;

/**
 * `sameMeaning(a, b)` lets two equally close candidates that name the same
 * ingredients (e.g. "vicodin" and "vicodines") count as one match rather than a tie.
 */
export function buildFuzzyIndex(
  vocabulary: Iterable<string>,
  sameMeaning: (a: string, b: string) => boolean = (a, b) => a === b,
): FuzzyIndex {
  const byVariant = new Map<string, string[]>();
  for (const word of vocabulary) {
    const d = allowedEdits(word.length);
    if (d === 0) continue;
    const variants = new Set<string>();
    deletions(word, d, variants);
    for (const v of variants) {
      const list = byVariant.get(v);
      if (list) list.push(word);
      else byVariant.set(v, [word]);
    }
  }
  const cache = new Map<string, string | null>();

  function search(word: string): string | null {
    const d = queryEdits(word.length);
    if (d === 0) return null;
    const variants = new Set<string>();
    deletions(word, d, variants);
    let best: string | null = null;
    let bestDistance = d + 1;
    let tie = false;
    const seen = new Set<string>();
    for (const v of variants) {
      for (const candidate of byVariant.get(v) ?? []) {
        if (seen.has(candidate)) continue;
        seen.add(candidate);
        const limit = Math.min(d, allowedEdits(candidate.length));
        const dist = boundedOsaDistance(word, candidate, limit);
        if (dist > limit) continue;
        // Two edits and a different first letter is more often another word than a misspelling.
        if (dist === 2 && candidate[0] !== word[0]) continue;
        if (dist < bestDistance) {
          best = candidate;
          bestDistance = dist;
          tie = false;
        } else if (dist === bestDistance && best !== null && !sameMeaning(candidate, best)) {
          // Prefer the candidate that keeps the first letter; otherwise the match is ambiguous.
          const keepsFirst = candidate[0] === word[0];
          const bestKeepsFirst = best[0] === word[0];
          if (keepsFirst && !bestKeepsFirst) {
            best = candidate;
            tie = false;
          } else if (keepsFirst === bestKeepsFirst) tie = true;
        }
      }
    }
    return tie ? null : best;
  }

  return {
    lookup(word: string): string | null {
      const hit = cache.get(word);
      if (hit !== undefined) return hit;
      const found = search(word);
      if (cache.size >= CACHE_LIMIT) cache.clear();
      cache.set(word, found);
      return found;
    },
  };
}
