/**
 * The safety screen: one medicine or situation per line in, one verdict per
 * line out. It never says "safe"; `ok` only means the sources used here list
 * no interaction with low-dose naltrexone. Unrecognised lines are `caution`.
 */
import { DomainError } from '../shared/errors.js';
import { compiledFor, findMatches, type CompiledLexicon } from './lexicon-index.js';
import { allowedEdits } from './fuzzy.js';
import { ABSENT_AFTER_WORDS, ABSENT_BEFORE_WORDS, NEGATION_WORDS, RELEASE_WORDS, tokenize, type Token } from './normalize.js';
import { resolveSources, type SourceRef } from './sources.js';
import {
  ACTIONS,
  DRUG_CLASSES,
  type DrugClass,
  type Ingredient,
  type Lexicon,
  type ScreenAction,
  type ScreenRules,
  type SituationId,
  type WashoutProfile,
} from './schema.js';

/** Enough for any real medicine list; a bigger paste is almost certainly a wrong file. */
export const MAX_SCREEN_LINES = 10_000;
/** Longer lines are read only up to this many characters. */
export const MAX_LINE_CHARS = 500;

export interface ScreenIngredient {
  readonly name: string;
  readonly rxcui: string | null;
  readonly class: DrugClass;
}

export interface Washout {
  readonly profile: WashoutProfile;
  readonly minDays: number;
  readonly maxDays: number | null;
  readonly advice: string;
  readonly sources: readonly SourceRef[];
}

export interface ScreenLine {
  /** 1-based position in the pasted list (blank lines count, so it matches the user's view). */
  readonly line: number;
  readonly input: string;
  readonly status: 'recognized' | 'unrecognized';
  readonly ingredients: readonly ScreenIngredient[];
  readonly situations: readonly SituationId[];
  readonly class: DrugClass;
  readonly action: ScreenAction;
  readonly washout: Washout | null;
  readonly reasons: readonly string[];
  readonly sources: readonly SourceRef[];
}

export interface ScreenResult {
  readonly results: readonly ScreenLine[];
  readonly summary: Readonly<Record<ScreenAction, number>> & { readonly unrecognized: number };
  /** The most serious action over all lines; `ok` only if every line is `ok`. */
  readonly highestAction: ScreenAction;
  readonly notice: string;
}

export const SCREEN_NOTICE =
  'This screen is an aid to a conversation with a prescriber or pharmacist, not medical advice. Low-dose naltrexone is an off-label use. ' +
  '"ok" means only that the sources used here list no interaction; it is not proof of safety.';

const OPIOID_CLASSES: ReadonlySet<DrugClass> = new Set(['opioid_agonist', 'opioid_partial_agonist', 'opioid_mixed_agonist_antagonist']);
const WASHOUT_ORDER: readonly WashoutProfile[] = ['short-acting', 'long-acting', 'buprenorphine', 'methadone'];

/** Lower index = more serious. */
const actionRank = (a: ScreenAction): number => ACTIONS.indexOf(a);
const classRank = (c: DrugClass): number => DRUG_CLASSES.indexOf(c);
export const moreSerious = (a: ScreenAction, b: ScreenAction): ScreenAction => (actionRank(a) <= actionRank(b) ? a : b);

export function screen(lines: readonly string[], lexicon: Lexicon, rules: ScreenRules): ScreenResult {
  const nonBlank = lines.reduce((n, l) => (l.trim() === '' ? n : n + 1), 0);
  if (nonBlank > MAX_SCREEN_LINES) {
    throw new DomainError(
      'LDN_SCREEN_TOO_MANY_LINES',
      `lines: the screen reads at most ${MAX_SCREEN_LINES} non-empty lines, one medicine or situation per line; got ${nonBlank}.`,
      { field: 'lines', details: { max: MAX_SCREEN_LINES, got: nonBlank } },
    );
  }
  const compiled = compiledFor(lexicon, rules.situations);
  const ctx = makeContext(compiled, rules);
  const results: ScreenLine[] = [];
  lines.forEach((raw, i) => {
    const input = raw.trim();
    if (input !== '') results.push(screenLine(input, i + 1, ctx));
  });
  const summary = { block: 0, caution: 0, info: 0, ok: 0, unrecognized: 0 };
  let highest: ScreenAction = 'ok';
  for (const r of results) {
    summary[r.action]++;
    if (r.status === 'unrecognized') summary.unrecognized++;
    highest = moreSerious(highest, r.action);
  }
  return { results, summary, highestAction: highest, notice: SCREEN_NOTICE };
}

interface Context {
  readonly compiled: CompiledLexicon;
  readonly rules: ScreenRules;
  readonly classRules: ReadonlyMap<DrugClass, ScreenRules['classes'][number]>;
  readonly situationRules: ReadonlyMap<SituationId, ScreenRules['situations'][number]>;
  readonly washoutRules: ReadonlyMap<WashoutProfile, ScreenRules['washout'][number]>;
}

function makeContext(compiled: CompiledLexicon, rules: ScreenRules): Context {
  return {
    compiled,
    rules,
    classRules: new Map(rules.classes.map((r) => [r.id, r])),
    situationRules: new Map(rules.situations.map((r) => [r.id, r])),
    washoutRules: new Map(rules.washout.map((r) => [r.id, r])),
  };
}

function screenLine(input: string, line: number, ctx: Context): ScreenLine {
  const text = input.length > MAX_LINE_CHARS ? input.slice(0, MAX_LINE_CHARS) : input;
  const tokens = tokenize(text);
  const { compiled } = ctx;
  const corrections: string[] = [];
  const canonical = tokens.map((t) => {
    // Known words, strengths and filler words are never "corrected".
    if (compiled.known.has(t.text) || t.noise || t.stop || !/^[a-z]+$/.test(t.text) || allowedEdits(t.text.length) === 0) return t.text;
    const fixed = compiled.fuzzy.lookup(t.text);
    if (fixed === null) return t.text;
    corrections.push(`Read "${t.text}" as "${fixed}" (spelling).`);
    return fixed;
  });
  // Filler words may sit inside a name, but an absence word may not: "Tylenol without codeine" is not "Tylenol with codeine".
  const matches = findMatches(
    compiled,
    canonical,
    tokens.map((t) => t.noise || (t.stop && !ABSENT_BEFORE_WORDS.has(t.text))),
  );

  const ingredientIds = new Set<string>();
  const absentIds = new Set<string>();
  const situations = new Set<SituationId>();
  const negated = new Set<SituationId>();
  let extended = tokens.some((t) => RELEASE_WORDS.has(t.text));
  let allTopical = true;
  for (const m of matches) {
    const absent = saysAbsent(tokens, m.start, m.end);
    for (const id of m.payload.ingredients) (absent ? absentIds : ingredientIds).add(id);
    const isNegated = tokens.slice(0, m.start).some((t) => NEGATION_WORDS.has(t.text));
    for (const s of m.payload.situations) (isNegated ? negated : situations).add(s);
    if (m.payload.extended) extended = true;
    if (m.payload.ingredients.size > 0 && !m.payload.topical && !absent) allTopical = false;
  }
  for (const s of situations) negated.delete(s);
  // A medicine named both ways on one line ("Tylenol with codeine, not the codeine-free one") is present.
  for (const id of ingredientIds) absentIds.delete(id);
  const absentNote = absentIds.size > 0 ? absenceReason([...absentIds], ctx) : null;

  if (ingredientIds.size === 0 && situations.size === 0) {
    // Never "ok" when a medicine was read as absent: the line names one, and the reading could be wrong.
    if (absentNote) return nothingToJudge(line, input, 'caution', [...corrections, ...absentNote.reasons], absentNote.sources, ctx);
    if (negated.size > 0) {
      const reason = `Read as a negative statement (${[...negated].join(', ')} ruled out); nothing to check. If that is wrong, rephrase the line.`;
      return nothingToJudge(line, input, 'info', [reason], [], ctx);
    }
    // The hidden-opioid notice (data/therapy/rules/notices) says it; its "or suppress the immune system" rests on the
    // immunosuppressant class rule's own sources (data/therapy/rules/classes).
    const notice = ctx.rules.notices['hidden-opioids'];
    return {
      ...nothingToJudge(
        line,
        input,
        'caution',
        [notice.reasons.unrecognized],
        [...notice.sources, ...(ctx.classRules.get('immunosuppressant')?.sources ?? [])],
        ctx,
      ),
      status: 'unrecognized',
    };
  }

  const ingredients = [...ingredientIds].map((id) => compiled.ingredients.get(id)).filter((x): x is Ingredient => x !== undefined);
  ingredients.sort((a, b) => classRank(a.class) - classRank(b.class) || a.name.localeCompare(b.name));

  let action: ScreenAction = 'ok';
  let lineClass: DrugClass = 'none';
  const reasons: string[] = [...corrections, ...(absentNote?.reasons ?? [])];
  const sourceIds: string[] = [...(absentNote?.sources ?? [])];
  const seenClass = new Set<DrugClass>();
  // In a combination (Percocet = oxycodone + acetaminophen) "no interaction listed" would read as if it covered the whole line.
  const sayNone = ingredients.every((i) => i.class === 'none');
  for (const ing of ingredients) {
    const rule = ctx.classRules.get(ing.class);
    let ingAction: ScreenAction = rule?.action ?? 'caution';
    if (rule && !seenClass.has(ing.class)) {
      seenClass.add(ing.class);
      if (ing.class === 'none' && !sayNone) {
        // The other ingredients' rules carry the verdict and the reasons.
      } else if (allTopical && rule.topical) {
        ingAction = rule.topical.action;
        reasons.push(rule.topical.reason);
      } else reasons.push(...rule.reasons);
      sourceIds.push(...rule.sources);
    } else if (allTopical && rule?.topical) ingAction = rule.topical.action;
    if (ing.note) {
      if (ing.note.action) ingAction = ing.note.action;
      reasons.push(ing.note.text);
      sourceIds.push(...ing.note.sources);
    }
    sourceIds.push(...ing.sources);
    if (actionRank(ingAction) < actionRank(action) || (ingAction === action && classRank(ing.class) < classRank(lineClass))) {
      lineClass = ing.class;
    }
    action = moreSerious(action, ingAction);
  }

  for (const s of situations) {
    const rule = ctx.situationRules.get(s);
    if (!rule) continue;
    action = moreSerious(action, rule.action);
    reasons.push(...rule.reasons);
    if (rule.pause) reasons.push(`When to pause: ${rule.pause}`);
    if (rule.restart) reasons.push(`When to restart: ${rule.restart}`);
    sourceIds.push(...rule.sources);
  }

  // Reading an opioid as absent must not turn a line "ok": a misread would be the dangerous kind of mistake.
  if (absentNote?.opioid) action = moreSerious(action, 'caution');

  const washout = washoutFor(ingredients, extended, ctx);
  if (washout) sourceIds.push(...washout.sources.map((s) => s.id));

  return {
    line,
    input,
    status: 'recognized',
    ingredients: ingredients.map((i) => ({ name: i.name, rxcui: i.rxcui, class: i.class })),
    situations: [...situations],
    class: lineClass,
    action,
    washout,
    reasons: [...new Set(reasons)],
    sources: resolveSources(sourceIds, ctx.rules.sources),
  };
}

/** A recognised line with no medicine or situation left to judge: only a verdict and its reasons. */
function nothingToJudge(
  line: number,
  input: string,
  action: ScreenAction,
  reasons: readonly string[],
  sourceIds: readonly string[],
  ctx: Context,
): ScreenLine {
  return {
    line,
    input,
    status: 'recognized',
    ingredients: [],
    situations: [],
    class: 'none',
    action,
    washout: null,
    reasons,
    sources: resolveSources(sourceIds, ctx.rules.sources),
  };
}

/** Tokens a look-back may step over between an absence word and the name: "not taking oxycodone", "no longer on tramadol". */
const LOOK_BACK_SKIPS = 3;

/**
 * Whether the words around a matched name say the medicine is absent: an
 * absence word right after it ("codeine-free"), or a negation within a few
 * filler words before it ("without codeine", "not taking oxycodone"). A
 * content word in between ends the look-back, so "no ibuprofen, oxycodone"
 * still reads oxycodone as present.
 */
function saysAbsent(tokens: readonly Token[], start: number, end: number): boolean {
  const after = tokens[end + 1];
  if (after && ABSENT_AFTER_WORDS.has(after.text)) return true;
  for (let i = start - 1, skipped = 0; i >= 0 && skipped <= LOOK_BACK_SKIPS; i--) {
    const t = tokens[i] as Token;
    if (ABSENT_BEFORE_WORDS.has(t.text)) return true;
    if (!t.stop && t.text !== 'longer') return false;
    skipped++;
  }
  return false;
}

function absenceReason(ids: readonly string[], ctx: Context): { reasons: string[]; sources: string[]; opioid: boolean } {
  const found = ids.map((id) => ctx.compiled.ingredients.get(id)).filter((x): x is Ingredient => x !== undefined);
  const names = found.map((i) => i.name).sort();
  const notice = ctx.rules.notices['hidden-opioids'];
  const reasons = [
    `Read as saying there is no ${names.join(' or ')} here (for example "${names[0] ?? ''}-free" or "without ${names[0] ?? ''}"). ${notice.reasons.absent}`,
  ];
  const sources: string[] = [...notice.sources];
  const opioid = found.some((i) => OPIOID_CLASSES.has(i.class));
  if (opioid) {
    // The window is the short-acting wash-out rule's own upper bound (data/therapy/rules), with its sources.
    const rule = ctx.washoutRules.get('short-acting');
    const window = rule ? `${rule.maxDays ?? rule.minDays} days` : 'two weeks';
    reasons.push(
      `If an opioid was taken in the last ${window}, tell the prescriber before starting LDN: naltrexone needs an opioid-free gap first.`,
    );
    if (rule) sources.push(...rule.sources);
  }
  return { reasons, sources, opioid };
}

function washoutFor(ingredients: readonly Ingredient[], extended: boolean, ctx: Context): Washout | null {
  let profile: WashoutProfile | null = null;
  for (const ing of ingredients) {
    if (!OPIOID_CLASSES.has(ing.class)) continue;
    let p: WashoutProfile = ing.washout ?? 'short-acting';
    if (p === 'short-acting' && extended) p = 'long-acting';
    if (profile === null || WASHOUT_ORDER.indexOf(p) > WASHOUT_ORDER.indexOf(profile)) profile = p;
  }
  if (profile === null) return null;
  const rule = ctx.washoutRules.get(profile);
  if (!rule) return null;
  return {
    profile,
    minDays: rule.minDays,
    maxDays: rule.maxDays,
    advice: rule.advice,
    sources: resolveSources(rule.sources, ctx.rules.sources),
  };
}
