/**
 * One search index over conditions, studies and claims: a compact inverted
 * index (typed-array postings) plus a trigram index over the vocabulary for
 * typos. A query word matches a vocabulary word exactly, by prefix (3+ letters)
 * or within a bounded edit distance; each document's score sums, per query
 * word, its best match (match quality x field weight x idf), then rewards
 * documents matching every word. A condition whose name, synonym or
 * abbreviation the query names (or misspells) is put first: that is the answer
 * people expect when they type "MS" or "chrons".
 */
import { boundedOsaDistance } from '../therapy/fuzzy.js';
import type { Corpus } from './corpus.js';

export type SearchHitType = 'condition' | 'study' | 'claim';

export interface SearchHit {
  readonly type: SearchHitType;
  readonly id: string;
  readonly title: string;
  readonly score: number;
}

export interface SearchIndex {
  /** Best first; an empty or blank query returns []. */
  search(query: string, limit?: number): SearchHit[];
  /** A condition id for an id, name, synonym or abbreviation, typos allowed; undefined when none or ambiguous. */
  resolveCondition(text: string): string | undefined;
  readonly documents: number;
  readonly vocabulary: number;
}

/** How much a word found in each field counts. Names beat summaries; a condition's own name beats a study mentioning it. */
export const FIELD_WEIGHTS = {
  conditionName: 10,
  conditionSummary: 1,
  studyTitle: 3,
  studyConditions: 2,
  studyAuthors: 2,
  studyBody: 1,
  claimText: 1.5,
} as const;

const TYPE_CODES: readonly SearchHitType[] = ['condition', 'study', 'claim'];
const TYPE_BOOST = [1.5, 1, 0.8] as const;
/** Added to the resolved condition's score so it always ranks first. */
const RESOLVED_BONUS = 1_000;

const STOP = new Set(['the', 'and', 'of', 'in', 'for', 'with', 'to', 'a', 'an', 'or', 'on', 'by', 'is', 'at', 'as', 'from', 'vs']);

/** Lower-case words without accents or apostrophes: "Crohn's disease" -> [crohns, disease]; "ME/CFS" -> [me, cfs]. */
export function searchTokens(text: string): string[] {
  // eslint-disable-next-line no-control-regex -- plain ASCII needs no accent folding, the common case
  const folded = /[^\x00-\x7f]/.test(text) ? text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '') : text;
  return folded
    .toLowerCase()
    .replace(/['’`]/g, '')
    .split(/[^a-z0-9]+/)
    .filter((t) => t.length > 0 && !STOP.has(t));
}

/** Edits allowed for a word of this length: none under 4 letters (MS, RA, UC must be exact), 1 up to 5, 2 from 6. */
export function searchEdits(length: number): number {
  if (length < 4) return 0;
  if (length < 6) return 1;
  return 2;
}

function sortedLetters(w: string): string {
  return [...w].sort().join('');
}

function trigrams(word: string): string[] {
  const padded = ` ${word} `;
  const out: string[] = [];
  for (let i = 0; i + 3 <= padded.length; i++) out.push(padded.slice(i, i + 3));
  return out;
}

interface Doc {
  type: SearchHitType;
  id: string;
  title: string;
  /** `shared`: the same text recurs across many documents (condition names on studies); tokenised once. */
  fields: { text: string; weight: number; shared?: boolean }[];
  /** Multiplies the score; breaks ties between equally matching documents. */
  prior?: number;
}

interface Expansion {
  term: number;
  quality: number;
}

function grow<A extends Int32Array | Float32Array>(a: A, fillWith: number): A {
  const bigger = new (a.constructor as new (n: number) => A)(a.length * 2);
  bigger.set(a);
  if (fillWith !== 0) bigger.fill(fillWith, a.length);
  return bigger;
}

/** A flat inverted index over any documents; the corpus-specific part is only in `corpusDocuments`. */
class InvertedIndex {
  readonly size: number;
  private readonly types: Uint8Array;
  private readonly priors: Float32Array;
  private readonly ids: string[];
  private readonly titles: string[];
  private readonly terms: string[];
  private readonly termIndex = new Map<string, number>();
  private readonly sortedTerms: string[];
  private readonly postingStart: Int32Array;
  private readonly postingDocs: Int32Array;
  private readonly postingWeights: Float32Array;
  private readonly idf: Float32Array;
  private readonly grams = new Map<string, Int32Array>();
  private readonly total: Float64Array;
  private readonly best: Float64Array;
  private readonly matched: Uint8Array;
  /** Scratch counts of shared trigrams per vocabulary word, reset after each lookup. */
  private readonly gramHits: Uint16Array;

  constructor(docs: readonly Doc[]) {
    this.size = docs.length;
    this.types = new Uint8Array(docs.length);
    this.priors = Float32Array.from(docs, (d) => d.prior ?? 1);
    this.ids = docs.map((d) => d.id);
    this.titles = docs.map((d) => d.title);
    // Pass 1: one flat (term, doc, weight) row per distinct word of each document.
    let rows = 0;
    let rowTerm = new Int32Array(1 << 16);
    let rowDoc = new Int32Array(1 << 16);
    let rowWeight = new Float32Array(1 << 16);
    let lastDoc = new Int32Array(1 << 12).fill(-1);
    let lastRow = new Int32Array(1 << 12);
    let df = new Int32Array(1 << 12);
    const sharedTokens = new Map<string, string[]>();
    const tokensOf = (field: Doc['fields'][number]): string[] => {
      if (!field.shared) return searchTokens(field.text);
      let tokens = sharedTokens.get(field.text);
      if (tokens === undefined) sharedTokens.set(field.text, (tokens = searchTokens(field.text)));
      return tokens;
    };
    for (let d = 0; d < docs.length; d++) {
      const doc = docs[d]!;
      this.types[d] = TYPE_CODES.indexOf(doc.type);
      for (const field of doc.fields)
        for (const token of tokensOf(field)) {
          let t = this.termIndex.get(token);
          if (t === undefined) {
            t = this.termIndex.size;
            this.termIndex.set(token, t);
            if (t >= lastDoc.length) {
              lastDoc = grow(lastDoc, -1);
              lastRow = grow(lastRow, 0);
              df = grow(df, 0);
            }
          }
          if (lastDoc[t] === d) {
            const r = lastRow[t]!;
            if (field.weight > rowWeight[r]!) rowWeight[r] = field.weight;
            continue;
          }
          if (rows === rowTerm.length) {
            rowTerm = grow(rowTerm, 0);
            rowDoc = grow(rowDoc, 0);
            rowWeight = grow(rowWeight, 0);
          }
          rowTerm[rows] = t;
          rowDoc[rows] = d;
          rowWeight[rows] = field.weight;
          lastDoc[t] = d;
          lastRow[t] = rows;
          df[t] = df[t]! + 1;
          rows++;
        }
    }
    // Pass 2: a counting sort by term gives each term's postings in document order.
    this.terms = [...this.termIndex.keys()];
    this.sortedTerms = [...this.terms].sort();
    const termCount = this.terms.length;
    this.postingStart = new Int32Array(termCount + 1);
    for (let t = 0; t < termCount; t++) this.postingStart[t + 1] = this.postingStart[t]! + df[t]!;
    this.postingDocs = new Int32Array(rows);
    this.postingWeights = new Float32Array(rows);
    const fill = this.postingStart.slice(0, termCount);
    for (let r = 0; r < rows; r++) {
      const t = rowTerm[r]!;
      const at = fill[t]!;
      this.postingDocs[at] = rowDoc[r]!;
      this.postingWeights[at] = rowWeight[r]!;
      fill[t] = at + 1;
    }
    this.idf = new Float32Array(termCount);
    for (let t = 0; t < termCount; t++) this.idf[t] = Math.log(1 + docs.length / df[t]!);
    const gramLists = new Map<string, number[]>();
    this.terms.forEach((term, t) => {
      if (term.length < 4) return;
      for (const g of new Set(trigrams(term))) {
        const l = gramLists.get(g);
        if (l) l.push(t);
        else gramLists.set(g, [t]);
      }
    });
    for (const [g, l] of gramLists) this.grams.set(g, Int32Array.from(l));
    this.gramHits = new Uint16Array(termCount);
    this.total = new Float64Array(docs.length);
    this.best = new Float64Array(docs.length);
    this.matched = new Uint8Array(docs.length);
  }

  get vocabulary(): number {
    return this.terms.length;
  }

  /**
   * Vocabulary words a query word may stand for, with a match quality in (0, 1].
   * Prefixes are tried for the word being typed (the last one) or a word not in
   * the vocabulary; typos only for a word not in the vocabulary, which keeps
   * queries fast on large corpora and stops "pain" from also finding "paid".
   */
  expand(word: string, last: boolean): Expansion[] {
    const out = new Map<number, number>();
    const exact = this.termIndex.get(word);
    if (exact !== undefined) out.set(exact, 1);
    // Years and ids are matched exactly: "2013" must not find 2014.
    if (/^\d+$/.test(word)) return [...out].map(([term, quality]) => ({ term, quality }));
    if (word.length >= 3 && (last || exact === undefined)) {
      // Prefix matches for words being typed ("fibro" -> fibromyalgia); at most 30, the vocabulary is sorted.
      let lo = 0;
      let hi = this.sortedTerms.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (this.sortedTerms[mid]! < word) lo = mid + 1;
        else hi = mid;
      }
      for (let i = lo, k = 0; i < this.sortedTerms.length && k < 30; i++, k++) {
        const term = this.sortedTerms[i]!;
        if (!term.startsWith(word)) break;
        const t = this.termIndex.get(term)!;
        if (!out.has(t)) out.set(t, 0.5 + 0.3 * (word.length / term.length));
      }
    }
    const edits = searchEdits(word.length);
    if (edits > 0 && exact === undefined) {
      const qGrams = [...new Set(trigrams(word))];
      // Each edit destroys at most three trigrams, so a real match shares at least this many.
      const need = Math.max(1, qGrams.length - 3 * edits);
      const touched: number[] = [];
      for (const g of qGrams) {
        const list = this.grams.get(g);
        if (!list) continue;
        for (let i = 0; i < list.length; i++) {
          const t = list[i]!;
          if (this.gramHits[t] === 0) touched.push(t);
          this.gramHits[t] = this.gramHits[t]! + 1;
        }
      }
      const letters = sortedLetters(word);
      for (const t of touched) {
        const n = this.gramHits[t]!;
        this.gramHits[t] = 0;
        if (n < need || out.has(t)) continue;
        const term = this.terms[t]!;
        const limit = Math.min(edits, searchEdits(term.length));
        if (Math.abs(term.length - word.length) > limit) continue;
        const dist = boundedOsaDistance(word, term, limit);
        if (dist > limit) continue;
        // Same letters in another order ("chrons" for "crohns") is one slip of the fingers, not two.
        const effective = dist > 1 && sortedLetters(term) === letters ? 1 : dist;
        out.set(t, effective === 1 ? 0.8 : 0.6);
      }
    }
    return [...out].map(([term, quality]) => ({ term, quality }));
  }

  /** Scores every document matching any query word; `only` restricts to one type. */
  score(words: readonly string[], only?: SearchHitType): { doc: number; score: number; coverage: number }[] {
    const onlyCode = only === undefined ? -1 : TYPE_CODES.indexOf(only);
    const touched: number[] = [];
    for (let w = 0; w < words.length; w++) {
      const seen: number[] = [];
      for (const { term, quality } of this.expand(words[w]!, w === words.length - 1)) {
        const idf = this.idf[term]!;
        for (let p = this.postingStart[term]!, end = this.postingStart[term + 1]!; p < end; p++) {
          const d = this.postingDocs[p]!;
          if (onlyCode >= 0 && this.types[d] !== onlyCode) continue;
          const v = quality * this.postingWeights[p]! * idf;
          const prev = this.best[d]!;
          if (prev === 0) seen.push(d);
          if (v > prev) this.best[d] = v;
        }
      }
      for (const d of seen) {
        if (this.matched[d] === 0) touched.push(d);
        this.total[d] = this.total[d]! + this.best[d]!;
        this.matched[d] = this.matched[d]! + 1;
        this.best[d] = 0;
      }
    }
    const out = touched.map((d) => {
      const coverage = this.matched[d]! / words.length;
      const score = this.total[d]! * coverage * coverage * TYPE_BOOST[this.types[d]!]! * this.priors[d]!;
      this.total[d] = 0;
      this.matched[d] = 0;
      return { doc: d, score, coverage };
    });
    return out;
  }

  hit(doc: number, score: number): SearchHit {
    return { type: TYPE_CODES[this.types[doc]!]!, id: this.ids[doc]!, title: this.titles[doc]!, score: Math.round(score * 1000) / 1000 };
  }
}

/** Keeps the `limit` highest scores without sorting everything (a 100k-study query may touch most documents). */
function topK<T extends { score: number; doc: number }>(items: readonly T[], limit: number): T[] {
  const better = (a: T, b: T): boolean => a.score > b.score || (a.score === b.score && a.doc < b.doc);
  const heap: T[] = [];
  const sift = (i: number): void => {
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let worst = i;
      if (l < heap.length && better(heap[worst]!, heap[l]!)) worst = l;
      if (r < heap.length && better(heap[worst]!, heap[r]!)) worst = r;
      if (worst === i) return;
      [heap[i], heap[worst]] = [heap[worst]!, heap[i]!];
      i = worst;
    }
  };
  for (const item of items) {
    if (heap.length < limit) {
      heap.push(item);
      for (let i = heap.length - 1; i > 0;) {
        const parent = (i - 1) >> 1;
        if (!better(heap[parent]!, heap[i]!)) break;
        [heap[i], heap[parent]] = [heap[parent]!, heap[i]!];
        i = parent;
      }
    } else if (better(item, heap[0]!)) {
      heap[0] = item;
      sift(0);
    }
  }
  return heap.sort((a, b) => (better(a, b) ? -1 : 1));
}

function corpusDocuments(corpus: Corpus): { conditions: Doc[]; others: Doc[] } {
  const studyCount = new Map<string, number>();
  for (const s of corpus.studies) for (const c of s.conditions) studyCount.set(c, (studyCount.get(c) ?? 0) + 1);
  const names = new Map(corpus.conditions.map((c) => [c.id, [c.name, ...c.synonyms, ...c.abbreviations].join(' ')]));
  const conditions = corpus.conditions.map<Doc>((c) => ({
    type: 'condition',
    id: c.id,
    title: c.name,
    fields: [
      { text: [c.id, c.name, ...c.synonyms, ...c.abbreviations].join(' '), weight: FIELD_WEIGHTS.conditionName },
      { text: c.summary, weight: FIELD_WEIGHTS.conditionSummary },
    ],
    // Between conditions matching equally ("sclerosys"), the better-studied one first.
    prior: 1 + 0.05 * Math.log1p(studyCount.get(c.id) ?? 0),
  }));
  const studies = corpus.studies.map<Doc>((s) => ({
    type: 'study',
    id: s.id,
    title: s.citation.title ?? `${s.citation.authors} (${s.citation.year})`,
    fields: [
      { text: s.citation.title ?? '', weight: FIELD_WEIGHTS.studyTitle },
      { text: s.conditions.map((c) => names.get(c) ?? c).join(' '), weight: FIELD_WEIGHTS.studyConditions, shared: true },
      { text: `${s.citation.authors} ${s.citation.year} ${s.ids.pmid ?? ''} ${s.ids.nct ?? ''}`, weight: FIELD_WEIGHTS.studyAuthors },
      { text: `${s.population} ${s.outcomes.map((o) => o.measure).join(' ')}`, weight: FIELD_WEIGHTS.studyBody },
    ],
  }));
  const claims = corpus.claims.map<Doc>((c) => ({
    type: 'claim',
    id: c.id,
    title: c.paraphrase,
    fields: [{ text: c.paraphrase, weight: FIELD_WEIGHTS.claimText }],
  }));
  return { conditions, others: [...studies, ...claims] };
}

/** Builds the index once; queries then cost well under a millisecond on the real corpus. */
export function buildSearchIndex(corpus: Corpus): SearchIndex {
  const docs = corpusDocuments(corpus);
  const all = new InvertedIndex([...docs.conditions, ...docs.others]);
  // Resolving reads names, synonyms and abbreviations only, never summaries, and ignores popularity.
  const conditionsOnly = new InvertedIndex(docs.conditions.map((d) => ({ ...d, fields: d.fields.slice(0, 1), prior: 1 })));
  const phrases = new Map<string, Set<string>>();
  for (const c of corpus.conditions)
    for (const p of [c.id, c.name, ...c.synonyms, ...c.abbreviations]) {
      const words = searchTokens(p);
      for (const key of [words.join(' '), words.join('')]) {
        if (key === '') continue;
        const set = phrases.get(key) ?? new Set<string>();
        set.add(c.id);
        phrases.set(key, set);
      }
    }

  function resolveCondition(text: string): string | undefined {
    const words = searchTokens(text);
    if (words.length === 0) return undefined;
    for (const key of [words.join(' '), words.join('')]) {
      const exact = phrases.get(key);
      if (exact) return exact.size === 1 ? [...exact][0] : undefined;
    }
    const scored = conditionsOnly.score(words).filter((s) => s.coverage === 1);
    const [first, second] = topK(scored, 2);
    if (!first || (second && second.score >= first.score * 0.95)) return undefined;
    return conditionsOnly.hit(first.doc, first.score).id;
  }

  return {
    documents: all.size,
    vocabulary: all.vocabulary,
    resolveCondition,
    search(query: string, limit = 20): SearchHit[] {
      const words = searchTokens(query);
      if (words.length === 0 || limit <= 0) return [];
      const scored = all.score(words);
      const resolved = resolveCondition(query);
      if (resolved !== undefined) {
        // The resolved condition is always document number = its position among the conditions, which come first.
        const doc = corpus.conditions.findIndex((c) => c.id === resolved);
        const entry = scored.find((s) => s.doc === doc);
        if (entry) entry.score += RESOLVED_BONUS;
        else scored.push({ doc, score: RESOLVED_BONUS, coverage: 1 });
      }
      return topK(scored, limit).map((s) => all.hit(s.doc, s.score));
    },
  };
}
