/**
 * Finds condition mentions in running text from the atlas's names, synonyms
 * and abbreviations. Matching is case-insensitive for words, case-sensitive for
 * short all-capital terms ("MS", "UC", "ME/CFS"), tolerant of curly apostrophes,
 * hyphen/space variants and a plural "s". Possessive names also match without
 * their head noun ("Crohn's disease" -> "Crohn's", "Lou Gehrig's disease" ->
 * "Lou Gehrig's"). Overlaps resolve to the longest match.
 */
import type { ConditionView, EvidencePort } from './evidence-port.js';

export interface ConditionMention {
  readonly conditionId: string;
  readonly start: number;
  readonly end: number;
}

export interface ConditionIndex {
  find(text: string, from?: number, to?: number): ConditionMention[];
  readonly names: ReadonlyMap<string, string>;
}

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Short capitalised terms are acronyms: they must match exactly, in capitals. */
function isAcronym(term: string): boolean {
  return term.length <= 6 && /^[A-Z0-9/&-]+$/.test(term) && /[A-Z]/.test(term);
}

function pattern(term: string, plural: boolean): string {
  const body = term
    .replace(/[’']/g, "'")
    .split(/[\s-]+/)
    .map(escape)
    .join('[\\s-]+')
    // "auto-immune", "neuro-degenerative": prefixes are often hyphenated.
    .replace(/^(auto|neuro|post|non|anti)(?=[a-z])/i, '$1-?');
  if (!plural) return body;
  // Plurals: "tumors", "neuropathies", "diseases".
  if (/[^aeiou]y$/i.test(term)) return `${body.slice(0, -1)}(?:y|ies)`;
  return /[a-z]$/i.test(term) ? `${body}s?` : body;
}

const HEADS = ['disease', 'diseases', 'disorder', 'disorders', 'condition', 'conditions', 'illness', 'illnesses'];

function variants(raw: string): string[] {
  // "Autoimmune disease (general)": the parenthesis qualifies the record, not the name.
  const term = raw.replace(/\s*\([^)]*\)\s*$/, '').trim();
  const out = [term];
  // "autoimmune disease" also reads "autoimmune disorders", "autoimmune illnesses".
  const head = /^(.+)\s(disease|disorder|condition|illness)$/i.exec(term);
  if (head && head[1]!.split(/\s+/).length === 1 && /[a-z]{5,}$/i.test(head[1]!) && !/['’]s$/.test(head[1]!)) {
    for (const h of HEADS) out.push(`${head[1]} ${h}`);
  }
  // "Ovarian cancer" is also written "ovarian tumour(s)".
  const organ = /^(.+)\s+cancer$/i.exec(term);
  if (organ) out.push(`${organ[1]} tumour`, `${organ[1]} tumor`);
  const possessive = /^(.+['’]s)\s+(?:disease|syndrome|thyroiditis)$/i.exec(term);
  if (possessive) out.push(possessive[1]!);
  return out;
}

/** Apostrophes are normalised to ASCII so one pattern matches both; offsets are unchanged. */
const normalise = (text: string): string => text.replace(/[’‘`]/g, "'");

export function compileConditionIndex(conditions: readonly ConditionView[]): ConditionIndex {
  const words = new Map<string, string>();
  const acronyms = new Map<string, string>();
  const names = new Map<string, string>();
  for (const c of conditions) {
    names.set(c.id, c.name);
    for (const raw of [c.name, ...c.synonyms, ...c.abbreviations]) {
      for (const term of variants(raw.trim())) {
        if (term.length < 2) continue;
        if (isAcronym(term)) {
          if (!acronyms.has(term)) acronyms.set(term, c.id);
        } else {
          const key = normalise(term).toLowerCase();
          // The first condition to claim a term keeps it; the condition's own name always wins.
          if (!words.has(key) || term === c.name) words.set(key, c.id);
        }
      }
    }
  }
  const wordTerms = [...words.keys()].sort((a, b) => b.length - a.length);
  const acronymTerms = [...acronyms.keys()].sort((a, b) => b.length - a.length);
  const wordRe = wordTerms.length
    ? new RegExp(`(?<![\\w])(?:${wordTerms.map((t) => pattern(t, true)).join('|')})(?![\\w])`, 'gi')
    : undefined;
  const acronymRe = acronymTerms.length
    ? new RegExp(`(?<![\\w-])(?:${acronymTerms.map((t) => pattern(t, false)).join('|')})(?![\\w])`, 'g')
    : undefined;
  const lookupWord = (matched: string): string | undefined => {
    const key = normalise(matched)
      .toLowerCase()
      .replace(/^(auto|neuro|post|non|anti)-(?=[a-z])/, '$1')
      .replace(/[\s-]+/g, ' ');
    return words.get(key) ?? words.get(key.replace(/s$/, '')) ?? words.get(key.replace(/ies$/, 'y')) ?? findLoose(key);
  };
  const loose = new Map<string, string>();
  for (const [k, v] of words) loose.set(k.replace(/[\s-]+/g, ' '), v);
  const findLoose = (key: string): string | undefined => loose.get(key) ?? loose.get(key.replace(/s$/, ''));

  return {
    names,
    find(text: string, from = 0, to = text.length): ConditionMention[] {
      const slice = normalise(text.slice(from, to));
      const hits: ConditionMention[] = [];
      if (wordRe) {
        wordRe.lastIndex = 0;
        for (const m of slice.matchAll(wordRe)) {
          const id = lookupWord(m[0]);
          if (id) hits.push({ conditionId: id, start: from + m.index, end: from + m.index + m[0].length });
        }
      }
      if (acronymRe) {
        acronymRe.lastIndex = 0;
        for (const m of slice.matchAll(acronymRe)) {
          const id = acronyms.get(m[0]);
          if (!id || shouting(slice, m.index, m[0].length, acronyms)) continue;
          hits.push({ conditionId: id, start: from + m.index, end: from + m.index + m[0].length });
        }
      }
      hits.sort((a, b) => a.start - b.start || b.end - b.start - (a.end - a.start));
      const kept: ConditionMention[] = [];
      for (const h of hits) {
        const last = kept[kept.length - 1];
        if (last && h.start < last.end) continue;
        kept.push(h);
      }
      return kept;
    },
  };
}

/** An acronym inside a run of capitals ("ALL PATIENTS ...") is ordinary shouting, not a condition. */
function shouting(text: string, at: number, len: number, acronyms: ReadonlyMap<string, string>): boolean {
  const before = /([A-Z]{3,})[^\w]{0,2}$/.exec(text.slice(Math.max(0, at - 14), at))?.[1];
  const after = /^[^\w]{0,2}([A-Z]{3,})\b/.exec(text.slice(at + len, at + len + 14))?.[1];
  const loud = (w: string | undefined): boolean => w !== undefined && !acronyms.has(w) && !KNOWN_CAPS.has(w);
  return loud(before) || loud(after);
}

/** Capitalised words common in health writing that do not signal shouting. */
const KNOWN_CAPS = new Set(['LDN', 'FDA', 'NIH', 'USA', 'NHS', 'UCSF', 'MRI', 'CNS', 'DNA', 'RNA', 'OGF', 'TLR']);

const cache = new WeakMap<EvidencePort, ConditionIndex>();

/** The index is compiled once per evidence port. */
export function conditionIndexFor(evidence: EvidencePort): ConditionIndex {
  let idx = cache.get(evidence);
  if (!idx) {
    idx = compileConditionIndex(evidence.conditions());
    cache.set(evidence, idx);
  }
  return idx;
}
