/**
 * The evidence grade of each condition, derived from its studies by one
 * deterministic rule (documented with its tie-breaks in ./README.md).
 * A grade says how much and what kind of evidence exists, not which way it
 * points; `direction` says which way the best evidence points.
 */
import type { Corpus } from './corpus.js';
import { STUDY_DESIGNS, type Condition, type Direction, type Grade, type Study, type StudyDesign } from './schema.js';

export type BestDirection = 'positive' | 'null' | 'mixed' | 'none';

export const GRADE_FLAGS = [
  /** Uncontrolled or single-blind studies were positive, but placebo-controlled trials, weighed by size, were null. */
  'open-label-positive-controlled-null',
  /** Randomised trials disagree on the primary outcome. */
  'controlled-trials-inconsistent',
  /** Every randomised trial had fewer than SMALL_TRIAL_N participants. */
  'small-trials-only',
  /** At least one randomised trial found LDN worse than the comparator. */
  'negative-trial',
  /** Some studies used standard naltrexone doses and were not counted. */
  'standard-dose-excluded',
  /** A registered trial has no results in the corpus. */
  'trial-without-results',
  /** The grade counts studies filed under more specific forms of the condition. */
  'includes-subtypes',
] as const;
export type GradeFlag = (typeof GRADE_FLAGS)[number];

export interface StudyRef {
  readonly id: string;
  /** "Younger 2013" */
  readonly label: string;
  readonly design: StudyDesign;
  readonly n: number | null;
  readonly direction: Direction;
}

export interface OutcomeGrade {
  /** As written in the condition file's `outcomeMeasures`. */
  readonly measure: string;
  readonly grade: Grade;
  readonly direction: BestDirection;
  readonly studies: readonly StudyRef[];
  readonly rationale: string;
}

export interface ConditionGrade {
  readonly conditionId: string;
  /** The grade shown: the override when there is one, else the derived grade. */
  readonly grade: Grade;
  readonly derivedGrade: Grade;
  readonly direction: BestDirection;
  /** Controlled trials counted: randomised (rct, rct-crossover) plus non-randomised controlled-trial. */
  readonly controlledTrials: number;
  readonly flags: readonly GradeFlag[];
  readonly rationale: string;
  readonly override?: { readonly grade: Grade; readonly reason: string };
  readonly outcomes: readonly OutcomeGrade[];
  /** The studies that decided the grade and direction, strongest first. */
  readonly decidingStudies: readonly StudyRef[];
}

/**
 * Doses above this are standard-dose naltrexone (usually 50 mg), not LDN.
 * LDN is about 0.5-4.5 mg/day and trials go up to 6 mg (FINAL, doi:10.1016/S2665-9913(23)00278-3, per data/evidence/studies/bruun-2024-final-trial.json);
 * 10 mg leaves room above every LDN trial while excluding 25-100 mg studies. Our threshold, not a published one.
 */
export const STANDARD_DOSE_MIN_MG = 10;
/**
 * Below this many participants a randomised trial is "small". Our threshold; GRADE rates small bodies of
 * evidence down for imprecision (Guyatt 2011, GRADE guidelines 6, doi:10.1016/j.jclinepi.2011.01.012, PMID 21839614).
 */
export const SMALL_TRIAL_N = 50;
/** Grade A needs at least this many participants across consistent randomised trials (our threshold, same reasoning). */
export const GRADE_A_MIN_N = 100;
/** A case series this large counts as observational evidence (C); smaller ones as anecdote (D). */
export const CASE_SERIES_MIN_N = 10;
/** Weight of a study whose size is not reported. */
const UNKNOWN_N_WEIGHT = 10;

const RCT: ReadonlySet<StudyDesign> = new Set(['rct', 'rct-crossover']);
const OBSERVATIONAL: ReadonlySet<StudyDesign> = new Set(['single-blind-placebo', 'open-label', 'cohort', 'retrospective']);
const PRECLINICAL: ReadonlySet<StudyDesign> = new Set(['animal', 'in-vitro']);

type Tier = 'meta' | 'rct' | 'controlled' | 'observational' | 'anecdote' | 'preclinical' | 'context';

function tierOf(s: Study): Tier {
  if (s.design === 'meta-analysis') return 'meta';
  if (RCT.has(s.design)) return 'rct';
  if (s.design === 'controlled-trial') return 'controlled';
  if (OBSERVATIONAL.has(s.design)) return 'observational';
  if (s.design === 'case-series') return (s.n ?? 0) >= CASE_SERIES_MIN_N ? 'observational' : 'anecdote';
  if (s.design === 'case-report') return 'anecdote';
  if (PRECLINICAL.has(s.design)) return 'preclinical';
  return 'context';
}

const DESIGN_WORDS: Record<StudyDesign, string> = {
  'meta-analysis': 'meta-analysis',
  'systematic-review': 'systematic review',
  rct: 'randomised trial',
  'rct-crossover': 'crossover randomised trial',
  'controlled-trial': 'controlled trial',
  'single-blind-placebo': 'single-blind placebo study',
  'open-label': 'open-label study',
  cohort: 'cohort study',
  retrospective: 'retrospective study',
  'case-series': 'case series',
  'case-report': 'case report',
  'narrative-review': 'narrative review',
  animal: 'animal study',
  'in-vitro': 'laboratory study',
  registration: 'trial registration',
};

/** Neutral about the drug: a few filed studies tested naltrexone relatives (e.g. opioid growth factor), not LDN. */
const DIRECTION_WORDS: Record<Direction, string> = {
  positive: 'favoured the treatment',
  null: 'found no difference',
  negative: 'found the treatment worse',
  mixed: 'gave mixed results (main outcome not clearly met, some others favourable)',
  'not-applicable': 'reported no efficacy result',
};

/** "Younger J, Noor N" -> "Younger"; "de Carvalho JF" -> "de Carvalho". */
export function studyLabel(s: Study): string {
  // Drop "Results: " style prefixes and parentheses before taking the first author.
  const authors = s.citation.authors.replace(/^[\p{L} ]+:\s*/u, '').replace(/\([^)]*\)/g, ' ');
  const first = (authors.split(/[,;.]| and | et al/)[0] ?? authors).trim() || s.citation.authors;
  const words = first.split(/\s+/);
  while (words.length > 1 && /^[A-Z]{1,3}\.?$/.test(words[words.length - 1]!)) words.pop();
  return `${words.join(' ')} ${s.citation.year}`;
}

function ref(s: Study, direction: Direction = s.direction): StudyRef {
  return { id: s.id, label: studyLabel(s), design: s.design, n: s.n, direction };
}

function describe(r: StudyRef): string {
  return `${r.label} (${DESIGN_WORDS[r.design]}${r.n === null ? '' : `, n=${r.n}`}) ${DIRECTION_WORDS[r.direction]}`;
}

function list(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join('; ')} and ${items[items.length - 1]!}`;
}

const weight = (r: StudyRef): number => (r.n !== null && r.n > 0 ? r.n : UNKNOWN_N_WEIGHT);
const SUPPORT: Record<Direction, number> = { positive: 1, mixed: 0.5, null: 0, negative: 0, 'not-applicable': 0 };

/** Size-weighted share of support: positive 1, mixed 1/2, null or negative 0. Thirds split the labels. */
export function directionOf(refs: readonly StudyRef[]): BestDirection {
  if (refs.length === 0) return 'none';
  let total = 0;
  let support = 0;
  for (const r of refs) {
    total += weight(r);
    support += weight(r) * SUPPORT[r.direction];
  }
  const share = support / total;
  if (share >= 2 / 3) return 'positive';
  if (share <= 1 / 3) return 'null';
  return 'mixed';
}

/** Strongest design first, then larger n, then id, so the order is stable. */
function byStrength(a: StudyRef, b: StudyRef): number {
  const order = (d: StudyDesign): number => STUDY_DESIGN_RANK.get(d) ?? 99;
  return order(a.design) - order(b.design) || weight(b) - weight(a) || (a.id < b.id ? -1 : 1);
}
const STUDY_DESIGN_RANK = new Map<StudyDesign, number>(STUDY_DESIGNS.map((d, i) => [d, i]));

interface Assessment {
  grade: Grade;
  direction: BestDirection;
  rcts: StudyRef[];
  controlled: StudyRef[];
  flags: Set<GradeFlag>;
  deciding: StudyRef[];
  sentences: string[];
}

const GRADE_MEANING: Record<Grade, string> = {
  A: 'Grade A: several consistent randomised trials or a meta-analysis that agrees with them.',
  B: 'Grade B: at least one randomised controlled trial or a meta-analysis, but not enough consistent trials for grade A.',
  C: 'Grade C: no randomised trial; the best studies in people are open-label, observational or a single non-randomised controlled trial.',
  D: 'Grade D: only case reports or very small case series.',
  P: 'Grade P: only laboratory or animal studies, nothing in people.',
  I: 'Grade I: no study of LDN for this condition in the corpus.',
};

const DIRECTION_SENTENCE: Record<BestDirection, string> = {
  positive: 'The best evidence points towards a benefit.',
  null: 'The best evidence points to no benefit over the comparator.',
  mixed: 'The best evidence is mixed: it neither clearly shows a benefit nor clearly rules one out.',
  none: 'There is no result in people to say which way the evidence points.',
};

/**
 * The rule itself, applied to one set of (study, direction) pairs. The same
 * function grades a condition and each outcome measure within it.
 */
function assess(items: readonly { study: Study; direction: Direction }[]): Assessment {
  const counted = items.filter((x) => x.direction !== 'not-applicable');
  const refsOf = (tier: Tier): StudyRef[] =>
    counted
      .filter((x) => tierOf(x.study) === tier)
      .map((x) => ref(x.study, x.direction))
      .sort(byStrength);
  const metas = refsOf('meta');
  const rcts = refsOf('rct');
  const controlled = refsOf('controlled');
  const observational = refsOf('observational');
  const anecdote = refsOf('anecdote');
  const preclinical = refsOf('preclinical');
  const flags = new Set<GradeFlag>();
  const sentences: string[] = [];

  // Consistency is judged on the primary outcome: a mixed trial missed it, so it sides with the null ones.
  const positiveClass = (r: StudyRef): boolean => r.direction === 'positive';
  const rctN = rcts.reduce((sum, r) => sum + (r.n ?? 0), 0);
  const rctsAgree = rcts.length > 0 && rcts.every((r) => positiveClass(r) === positiveClass(rcts[0]!));
  const metasAgree = metas.every((m) => m.direction !== 'mixed' && (rcts.length === 0 || positiveClass(m) === positiveClass(rcts[0]!)));
  const controlledAgree = controlled.length >= 2 && controlled.every((r) => positiveClass(r) === positiveClass(controlled[0]!));

  let grade: Grade;
  if (rctsAgree && metasAgree && (rcts.length >= 2 || metas.length >= 1) && rctN >= GRADE_A_MIN_N) grade = 'A';
  else if (rcts.length > 0 || metas.length > 0 || controlledAgree) grade = 'B';
  else if (observational.length > 0 || controlled.length > 0) grade = 'C';
  else if (anecdote.length > 0) grade = 'D';
  else if (preclinical.length > 0) grade = 'P';
  else grade = 'I';

  // Direction comes from primary trials before pooled analyses: in this small field the
  // meta-analyses pool the same few trials and their answer depends on which ones they include.
  const best = [rcts, metas, controlled, [...observational, ...anecdote], preclinical].find((tier) => tier.length > 0) ?? [];
  // Preclinical results say nothing about which way the evidence in people points.
  const humanDirection: BestDirection = grade === 'P' || grade === 'I' ? 'none' : directionOf(best);

  if (rcts.length > 0 && !rctsAgree) flags.add('controlled-trials-inconsistent');
  if (rcts.length > 0 && rcts.every((r) => (r.n ?? 0) < SMALL_TRIAL_N)) flags.add('small-trials-only');
  if (rcts.some((r) => r.direction === 'negative')) flags.add('negative-trial');
  // Compared within one condition id, so a null glioma trial does not "refute" a pancreatic case series under "cancer".
  const weakerPositive = openLabelPositiveControlledNull(counted);
  if (weakerPositive.length > 0) flags.add('open-label-positive-controlled-null');

  sentences.push(GRADE_MEANING[grade]);
  const wellTested = grade === 'A' || grade === 'B';
  sentences.push(
    grade === 'P'
      ? `${DIRECTION_SENTENCE.none} Laboratory or animal results do not show that LDN helps people.`
      : DIRECTION_SENTENCE[humanDirection],
  );
  if (wellTested && humanDirection !== 'positive')
    sentences.push('Grade A or B means the question has been tested in controlled trials, not that LDN works.');

  const deciding = best.slice(0, 6);
  if (rcts.length > 0) {
    sentences.push(`Randomised trials: ${list(rcts.map(describe))}.`);
    if (metas.length > 0) sentences.push(`Pooled analyses: ${list(metas.map(describe))}.`);
  } else if (metas.length > 0) {
    sentences.push(`Pooled analyses: ${list(metas.map(describe))}; the trials they pool are not filed here.`);
  } else if (best.length > 0) {
    const shown = best.slice(0, 4).map(describe);
    const more = best.length > 4 ? ` and ${best.length - 4} more` : '';
    sentences.push(`The strongest studies: ${list(shown)}${more}.`);
  }
  if (controlled.length > 0 && rcts.length > 0) sentences.push(`Non-randomised controlled trials: ${list(controlled.map(describe))}.`);

  if (flags.has('open-label-positive-controlled-null')) {
    const weak = weakerPositive.slice(0, 3).map((r) => `${r.label}${r.n === null ? '' : `, n=${r.n}`}`);
    sentences.push(
      `Less rigorous studies (uncontrolled or single-blind) were positive (${weak.join('; ')}), but the placebo-controlled trials, weighed by size, found no benefit. Results often shrink once patients and doctors no longer know who gets the drug.`,
    );
  }
  if (flags.has('controlled-trials-inconsistent') && !flags.has('open-label-positive-controlled-null'))
    sentences.push('The randomised trials disagree with each other, so the result is uncertain.');
  if (flags.has('small-trials-only'))
    sentences.push(`Every randomised trial had fewer than ${SMALL_TRIAL_N} participants, so chance alone could explain the results.`);
  if (flags.has('negative-trial')) sentences.push('At least one randomised trial found the treatment worse than the comparator.');
  return { grade, direction: humanDirection, rcts, controlled, flags, deciding, sentences };
}

/** The positive weaker-design studies filed under a condition whose controlled trials, weighed by size, are null. */
function openLabelPositiveControlledNull(items: readonly { study: Study; direction: Direction }[]): StudyRef[] {
  const out = new Map<string, StudyRef>();
  const conditionIds = new Set(items.flatMap((x) => x.study.conditions));
  for (const c of conditionIds) {
    const here = items.filter((x) => x.study.conditions.includes(c));
    const controlled = here.filter((x) => ['rct', 'controlled'].includes(tierOf(x.study))).map((x) => ref(x.study, x.direction));
    if (controlled.length === 0 || directionOf(controlled) !== 'null') continue;
    for (const x of here)
      if (['observational', 'anecdote'].includes(tierOf(x.study)) && x.direction === 'positive')
        out.set(x.study.id, ref(x.study, x.direction));
  }
  return [...out.values()].sort(byStrength);
}

function isStandardDose(s: Study): boolean {
  return s.dose.minMg !== undefined && s.dose.minMg > STANDARD_DOSE_MIN_MG;
}

const STOP = new Set([
  'the',
  'and',
  'of',
  'in',
  'on',
  'for',
  'with',
  'to',
  'a',
  'an',
  'or',
  'from',
  'at',
  'score',
  'scores',
  'total',
  'change',
  'vs',
]);
function measureTokens(text: string): string[] {
  return text
    .toLowerCase()
    .replace(/['’]/g, '')
    .split(/[^\p{L}0-9]+/u)
    .filter((t) => t.length > 1 && !STOP.has(t))
    .map((t) => (t.length > 4 && t.endsWith('s') ? t.slice(0, -1) : t));
}

/**
 * An outcome reports a measure when it contains at least 60% of the words of
 * one of the measure's alternatives. "Fatigue, sleep, mood and memory scores"
 * has four alternatives; "Pain intensity (0-10 NRS or daily ratings)" has three.
 * Alternatives made only of numbers are ignored.
 */
export function outcomeMatches(measure: string, outcomeMeasure: string): boolean {
  const have = new Set(measureTokens(outcomeMeasure));
  return measure
    .split(/[(),;/]| and | or /i)
    .map(measureTokens)
    .filter((alt) => alt.some((t) => !/^\d+$/.test(t)))
    .some((alt) => alt.filter((t) => have.has(t)).length >= Math.ceil(alt.length * 0.6));
}

function gradeOutcome(measure: string, studies: readonly Study[]): OutcomeGrade | undefined {
  const items: { study: Study; direction: Direction }[] = [];
  for (const study of studies) {
    const matched = study.outcomes.filter((o) => outcomeMatches(measure, o.measure));
    if (matched.length === 0) continue;
    // Several matching rows in one study (e.g. two dose arms) are summarised by their own size-free vote.
    const dirs = matched.map((o) => o.direction).filter((d) => d !== 'not-applicable');
    if (dirs.length === 0) continue;
    const share = dirs.reduce((s, d) => s + SUPPORT[d], 0) / dirs.length;
    const direction: Direction = dirs.every((d) => d === dirs[0])
      ? dirs[0]!
      : share >= 2 / 3
        ? 'positive'
        : share <= 1 / 3
          ? 'null'
          : 'mixed';
    items.push({ study, direction });
  }
  if (items.length === 0) return undefined;
  const a = assess(items);
  return {
    measure,
    grade: a.grade,
    direction: a.direction,
    studies: items.map((x) => ref(x.study, x.direction)).sort(byStrength),
    rationale: [`For ${measure}:`, ...a.sentences].join(' '),
  };
}

/** Condition id -> ids of the condition and all its descendants (via `parent`). */
export function descendantsMap(conditions: readonly Condition[]): Map<string, Set<string>> {
  const children = new Map<string, string[]>();
  for (const c of conditions) if (c.parent !== undefined) children.set(c.parent, [...(children.get(c.parent) ?? []), c.id]);
  const out = new Map<string, Set<string>>();
  for (const c of conditions) {
    const seen = new Set<string>([c.id]);
    const stack = [c.id];
    while (stack.length > 0)
      for (const k of children.get(stack.pop()!) ?? [])
        if (!seen.has(k)) {
          seen.add(k);
          stack.push(k);
        }
    out.set(c.id, seen);
  }
  return out;
}

/**
 * Grades one condition from the studies filed under it or under any of its
 * descendants (a parent such as "cancer" answers "is there evidence in any
 * cancer?"; a child never inherits its parent's studies).
 */
export function gradeCondition(condition: Condition, corpus: Pick<Corpus, 'studies' | 'conditions'>): ConditionGrade {
  const ids = descendantsMap(corpus.conditions).get(condition.id) ?? new Set([condition.id]);
  return gradeFromStudies(
    condition,
    corpus.studies.filter((s) => s.conditions.some((c) => ids.has(c))),
  );
}

function gradeFromStudies(condition: Condition, linked: readonly Study[]): ConditionGrade {
  const standard = linked.filter(isStandardDose);
  const usable = linked.filter((s) => !isStandardDose(s));
  const a = assess(usable.map((study) => ({ study, direction: study.direction })));

  const flags = new Set(a.flags);
  const extra: string[] = [];
  if (standard.length > 0) {
    flags.add('standard-dose-excluded');
    extra.push(
      `${standard.length === 1 ? 'One study' : `${standard.length} studies`} used standard naltrexone doses above ${STANDARD_DOSE_MIN_MG} mg a day and ${standard.length === 1 ? 'is' : 'are'} not counted: ${list(standard.map((s) => studyLabel(s)))}.`,
    );
  }
  const pending = usable.filter((s) => s.design === 'registration');
  if (pending.length > 0) {
    flags.add('trial-without-results');
    extra.push(
      `Registered trials without results here: ${list(pending.map((s) => `${studyLabel(s)}${s.ids.nct ? ` (${s.ids.nct})` : ''}`))}.`,
    );
  }
  const reviews = usable.filter((s) => s.design === 'narrative-review' || s.design === 'systematic-review');
  if (reviews.length > 0) extra.push(`Reviews give context but do not set the grade: ${list(reviews.map((s) => studyLabel(s)))}.`);
  const fromSubtypes = a.deciding.filter((r) => !linked.find((s) => s.id === r.id)?.conditions.includes(condition.id));
  if (fromSubtypes.length > 0) {
    flags.add('includes-subtypes');
    extra.push(`Some deciding studies are filed under more specific forms of this condition (${list(fromSubtypes.map((r) => r.label))}).`);
  }

  const sentences = [...a.sentences, ...extra];
  const override = condition.gradeOverride;
  if (override && override.grade !== a.grade)
    sentences.push(`The editors set grade ${override.grade} instead of the derived grade ${a.grade}: ${override.reason}`);
  else if (override) sentences.push(`The editors confirmed this grade: ${override.reason}`);

  const outcomes = condition.outcomeMeasures.flatMap((m) => gradeOutcome(m, usable) ?? []);
  return {
    conditionId: condition.id,
    grade: override?.grade ?? a.grade,
    derivedGrade: a.grade,
    direction: a.direction,
    controlledTrials: a.rcts.length + a.controlled.length,
    flags: GRADE_FLAGS.filter((f) => flags.has(f)),
    rationale: sentences.join(' '),
    ...(override ? { override: { grade: override.grade, reason: override.reason } } : {}),
    outcomes,
    decidingStudies: a.deciding,
  };
}

/** Grades every condition in the corpus, keyed by condition id. */
export function gradeAll(corpus: Pick<Corpus, 'studies' | 'conditions'>): Map<string, ConditionGrade> {
  const families = descendantsMap(corpus.conditions);
  const direct = new Map<string, Study[]>();
  for (const s of corpus.studies)
    for (const c of s.conditions) {
      const list = direct.get(c);
      if (list) list.push(s);
      else direct.set(c, [s]);
    }
  return new Map(
    corpus.conditions.map((c) => {
      const linked = new Set<Study>();
      for (const id of families.get(c.id) ?? [c.id]) for (const s of direct.get(id) ?? []) linked.add(s);
      return [c.id, gradeFromStudies(c, [...linked])];
    }),
  );
}
