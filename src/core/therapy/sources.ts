import type { TherapySource } from './schema.js';

/** A source as shown next to a verdict: citation and identifiers (PMID, DOI, NCT, URL), enough to find it again. */
export type SourceRef = Omit<TherapySource, 'schemaVersion' | 'kind'>;

const byList = new WeakMap<readonly TherapySource[], Map<string, SourceRef>>();

function toRef(s: TherapySource): SourceRef {
  const { schemaVersion: _v, kind: _k, ...ref } = s;
  return ref;
}

/** Resolves ids in order, without duplicates; unknown ids are skipped (the loader has already rejected them). */
export function resolveSources(ids: readonly string[], sources: readonly TherapySource[]): SourceRef[] {
  let map = byList.get(sources);
  if (!map) {
    map = new Map(sources.map((s) => [s.id, toRef(s)]));
    byList.set(sources, map);
  }
  const out: SourceRef[] = [];
  const seen = new Set<string>();
  for (const id of ids) {
    if (seen.has(id)) continue;
    seen.add(id);
    const ref = map.get(id);
    if (ref) out.push(ref);
  }
  return out;
}

/** Formats a source as one line of plain text: citation, then identifiers. */
export function formatSource(s: SourceRef): string {
  const ids = [s.pmid && `PMID ${s.pmid}`, s.pmcid, s.doi && `doi:${s.doi}`, s.nct, s.url].filter(Boolean).join('; ');
  return ids ? `${s.citation} (${ids})` : s.citation;
}
