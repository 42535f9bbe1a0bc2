/**
 * Compiles the lexicon and the situation phrases into a token trie plus a
 * fuzzy index. Compiling is done once per lexicon object and cached, so a
 * 10,000-line paste costs one trie walk per line.
 */
import { buildFuzzyIndex, type FuzzyIndex } from './fuzzy.js';
import { isNoiseWord, isStopWord, nameTokens } from './normalize.js';
import type { Ingredient, Lexicon, SituationId, SituationRule } from './schema.js';

export interface MatchPayload {
  readonly ingredients: Set<string>;
  readonly situations: Set<SituationId>;
  extended: boolean;
  topical: boolean;
}

interface TrieNode {
  readonly children: Map<string, TrieNode>;
  payload?: MatchPayload;
}

export interface CompiledLexicon {
  readonly root: TrieNode;
  readonly known: ReadonlySet<string>;
  readonly fuzzy: FuzzyIndex;
  readonly ingredients: ReadonlyMap<string, Ingredient>;
}

function addPhrase(root: TrieNode, tokens: readonly string[], make: (p: MatchPayload) => void, known: Set<string>): void {
  if (tokens.length === 0) return;
  let node = root;
  for (const t of tokens) {
    known.add(t);
    let next = node.children.get(t);
    if (!next) {
      next = { children: new Map() };
      node.children.set(t, next);
    }
    node = next;
  }
  node.payload ??= { ingredients: new Set(), situations: new Set(), extended: false, topical: false };
  make(node.payload);
}

/** Only release-form suffixes are dropped: "Nurofen Plus" must not become "Nurofen", nor "DF 118" "DF". */
const RELEASE_SUFFIXES: ReadonlySet<string> = new Set(['er', 'xr', 'sr', 'cr', 'la', 'xl', 'mr', 'ir', 'cd', 'xt', 'odt', 'retard', 'ec']);

function hasPayload(root: TrieNode, tokens: readonly string[]): boolean {
  let node: TrieNode | undefined = root;
  for (const t of tokens) node = node?.children.get(t);
  return node?.payload !== undefined;
}

/** Multi-word names also match written as one word ("co-codamol" -> "cocodamol"). */
function variants(tokens: string[]): string[][] {
  const out = [tokens];
  if (tokens.length >= 2 && tokens.length <= 3 && tokens.every((t) => /^[a-z]+$/.test(t) && !isNoiseWord(t) && !isStopWord(t))) {
    const joined = tokens.join('');
    if (joined.length >= 5) out.push([joined]);
  }
  return out;
}

export function compileLexicon(lexicon: Lexicon, situations: readonly SituationRule[]): CompiledLexicon {
  const root: TrieNode = { children: new Map() };
  const known = new Set<string>();
  const ingredients = new Map<string, Ingredient>();
  for (const ing of lexicon.ingredients) {
    ingredients.set(ing.id, ing);
    for (const n of [ing.name, ing.id.replace(/-/g, ' '), ...ing.synonyms]) {
      for (const v of variants(nameTokens(n))) addPhrase(root, v, (p) => p.ingredients.add(ing.id), known);
    }
    for (const product of ing.products) {
      const ids = [ing.id, ...(product.with ?? [])];
      for (const v of variants(nameTokens(product.name))) {
        addPhrase(
          root,
          v,
          (p) => {
            for (const id of ids) p.ingredients.add(id);
            if (product.release === 'extended') p.extended = true;
            if (product.route === 'topical') p.topical = true;
          },
          known,
        );
      }
    }
  }
  // "Xtampza ER" should also match a bare "Xtampza", but a bare name that is its own
  // product ("Ultram" vs "Ultram ER") keeps its own meaning.
  for (const ing of lexicon.ingredients) {
    for (const product of ing.products) {
      const tokens = nameTokens(product.name);
      let end = tokens.length;
      while (end > 0 && RELEASE_SUFFIXES.has(tokens[end - 1]!)) end--;
      if (end === 0 || end === tokens.length || hasPayload(root, tokens.slice(0, end))) continue;
      const ids = [ing.id, ...(product.with ?? [])];
      addPhrase(
        root,
        tokens.slice(0, end),
        (p) => {
          for (const id of ids) p.ingredients.add(id);
          if (product.release === 'extended') p.extended = true;
          if (product.route === 'topical') p.topical = true;
        },
        known,
      );
    }
  }
  // A situation phrase that names a medicine ("methadone program") also reports that medicine.
  const drugsRoot: TrieNode = { children: new Map(root.children) };
  const drugsIn = (tokens: string[]): string[] => {
    const c: CompiledLexicon = { root: drugsRoot, known, fuzzy: { lookup: () => null }, ingredients };
    return findMatches(
      c,
      tokens,
      tokens.map(() => true),
    ).flatMap((m) => [...m.payload.ingredients]);
  };
  for (const rule of situations) {
    for (const phrase of rule.phrases) {
      const tokens = nameTokens(phrase);
      const drugs = drugsIn(tokens);
      for (const v of variants(tokens)) {
        addPhrase(
          root,
          v,
          (p) => {
            p.situations.add(rule.id);
            for (const id of drugs) p.ingredients.add(id);
          },
          known,
        );
      }
    }
  }
  const vocabulary = [...known].filter((t) => /^[a-z]+$/.test(t) && !isStopWord(t) && !isNoiseWord(t));
  // Two spellings mean the same if, as whole names, they stand for the same ingredients.
  const meaning = (w: string): string => [...(root.children.get(w)?.payload?.ingredients ?? [])].sort().join('+');
  const sameMeaning = (a: string, b: string): boolean => a === b || (meaning(a) !== '' && meaning(a) === meaning(b));
  return { root, known, fuzzy: buildFuzzyIndex(vocabulary, sameMeaning), ingredients };
}

const compiled = new WeakMap<Lexicon, WeakMap<readonly SituationRule[], CompiledLexicon>>();

/** Memoised compileLexicon keyed on the (immutable) parsed data objects. */
export function compiledFor(lexicon: Lexicon, situations: readonly SituationRule[]): CompiledLexicon {
  let inner = compiled.get(lexicon);
  if (!inner) {
    inner = new WeakMap();
    compiled.set(lexicon, inner);
  }
  let c = inner.get(situations);
  if (!c) {
    c = compileLexicon(lexicon, situations);
    inner.set(situations, c);
  }
  return c;
}

export interface PhraseMatch {
  readonly start: number;
  readonly end: number;
  readonly payload: MatchPayload;
}

/** Greedy longest-match walk; noise and filler words may sit inside a name ("Tylenol 300 mg No. 3"). */
export function findMatches(c: CompiledLexicon, canonical: readonly string[], skippable: readonly boolean[]): PhraseMatch[] {
  const out: PhraseMatch[] = [];
  let i = 0;
  while (i < canonical.length) {
    let node = c.root.children.get(canonical[i]!);
    if (!node) {
      i++;
      continue;
    }
    let last: PhraseMatch | null = node.payload ? { start: i, end: i, payload: node.payload } : null;
    for (let j = i + 1; j < canonical.length; j++) {
      const next: TrieNode | undefined = node.children.get(canonical[j]!);
      if (next) {
        node = next;
        if (node.payload) last = { start: i, end: j, payload: node.payload };
      } else if (!skippable[j]) break;
    }
    if (last) {
      out.push(last);
      i = last.end + 1;
    } else i++;
  }
  return out;
}
