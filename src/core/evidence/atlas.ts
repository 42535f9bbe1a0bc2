/**
 * The read model the claim checker, HTTP routes and CLI use: the corpus with
 * grades and the search index computed once. Everything returned is read-only
 * and shared; callers must not mutate it.
 */
import type { Corpus } from './corpus.js';
import { descendantsMap, gradeAll, type ConditionGrade } from './grading.js';
import type { Claim, Condition, Direction, Source, Study, StudyDesign } from './schema.js';
import { buildSearchIndex, type SearchHit } from './search.js';

export interface StudyFilter {
  /** The condition or any of its more specific forms (the same set its grade counts). */
  readonly condition?: string;
  readonly design?: StudyDesign;
  readonly direction?: Direction;
}

export interface SourceWithClaims extends Source {
  readonly claims: readonly Claim[];
}

export interface Atlas {
  /** All conditions, sorted by name. */
  conditions(): readonly Condition[];
  condition(id: string): Condition | undefined;
  /** Studies matching every given filter, newest first then by id. */
  studies(filter?: StudyFilter): readonly Study[];
  study(id: string): Study | undefined;
  /** All sources, sorted by id. */
  sources(): readonly Source[];
  source(id: string): SourceWithClaims | undefined;
  /** Claims about the condition or any of its more specific forms, by id. */
  claimsFor(conditionId: string): readonly Claim[];
  grade(conditionId: string): ConditionGrade | undefined;
  /** Best first; at most `limit` (default 20) hits; [] for a blank query. */
  search(query: string, limit?: number): SearchHit[];
  /** Condition id for an id, name, synonym or abbreviation, typos allowed; undefined when unknown or ambiguous. */
  resolveCondition(text: string): string | undefined;
}

const byId = <T extends { id: string }>(a: T, b: T): number => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** Precomputes grades, the search index and lookup tables. Costs ~100 ms on the real corpus; call once at start-up. */
export function buildAtlas(corpus: Corpus): Atlas {
  const conditions = [...corpus.conditions].sort((a, b) => a.name.localeCompare(b.name, 'en') || byId(a, b));
  const studies = [...corpus.studies].sort((a, b) => b.citation.year - a.citation.year || byId(a, b));
  const sources = [...corpus.sources].sort(byId);
  const conditionById = new Map(conditions.map((c) => [c.id, c]));
  const studyById = new Map(studies.map((s) => [s.id, s]));
  const families = descendantsMap(conditions);
  const grades = gradeAll(corpus);
  const index = buildSearchIndex(corpus);

  const claimsBySource = new Map<string, Claim[]>();
  const claimsByCondition = new Map<string, Claim[]>();
  const push = <K>(map: Map<K, Claim[]>, key: K, claim: Claim): void => {
    const list = map.get(key);
    if (list) list.push(claim);
    else map.set(key, [claim]);
  };
  for (const claim of [...corpus.claims].sort(byId)) {
    push(claimsBySource, claim.sourceId, claim);
    for (const c of claim.conditions) push(claimsByCondition, c, claim);
  }
  const familyClaims = (id: string): Claim[] => {
    const seen = new Set<Claim>();
    for (const member of families.get(id) ?? []) for (const claim of claimsByCondition.get(member) ?? []) seen.add(claim);
    return [...seen].sort(byId);
  };
  const claimsCache = new Map<string, readonly Claim[]>();

  return {
    conditions: () => conditions,
    condition: (id) => conditionById.get(id),
    studies(filter = {}) {
      const family = filter.condition === undefined ? undefined : (families.get(filter.condition) ?? new Set<string>());
      return studies.filter(
        (s) =>
          (family === undefined || s.conditions.some((c) => family.has(c))) &&
          (filter.design === undefined || s.design === filter.design) &&
          (filter.direction === undefined || s.direction === filter.direction),
      );
    },
    study: (id) => studyById.get(id),
    sources: () => sources,
    source(id) {
      const source = sources.find((s) => s.id === id);
      return source && { ...source, claims: claimsBySource.get(id) ?? [] };
    },
    claimsFor(conditionId) {
      let cached = claimsCache.get(conditionId);
      if (cached === undefined) {
        cached = familyClaims(conditionId);
        if (conditionById.has(conditionId)) claimsCache.set(conditionId, cached);
      }
      return cached;
    },
    grade: (conditionId) => grades.get(conditionId),
    search: (query, limit = 20) => index.search(query, limit),
    resolveCondition: (text) => index.resolveCondition(text),
  };
}
