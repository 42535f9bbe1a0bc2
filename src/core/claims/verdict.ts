/**
 * Sets one claim against the atlas. The rule is general, written from the
 * grade scale and never from particular articles:
 * - what a claim asks of the evidence grows with its strength (hedged < moderate
 *   < strong); an absolute claim ("cures", "all patients", "halts") is beyond
 *   what any evidence shows, so at best it is overstated;
 * - what the evidence offers is the grade (A > B > C > D; P is preclinical only,
 *   I is nothing usable);
 * - when the best controlled evidence is null or negative, a claim of benefit is
 *   contradicted (strong or absolute wording) or overstated (softer wording);
 * - a study result is checked against the study it names when one was found;
 * - mechanism claims are not assessable unless the atlas holds preclinical support.
 */
import type { Grade, StudyDesign } from '../evidence/schema.js';
import type { ClaimStrength, ClaimType } from './classify.js';
import type { EvidencePort, GradeView, StudyView } from './evidence-port.js';
import type { QuotedNumber } from './numbers.js';

export const CHECK_VERDICTS = ['consistent', 'overstated', 'unsupported', 'contradicted', 'not-assessable'] as const;
export type CheckVerdict = (typeof CHECK_VERDICTS)[number];

/** Designs with a comparison group, best first. */
const CONTROLLED_ORDER: readonly StudyDesign[] = [
  'meta-analysis',
  'systematic-review',
  'rct',
  'rct-crossover',
  'controlled-trial',
  'single-blind-placebo',
];
export const CONTROLLED_DESIGNS: ReadonlySet<StudyDesign> = new Set(CONTROLLED_ORDER);
const PRECLINICAL_DESIGNS: ReadonlySet<StudyDesign> = new Set(['animal', 'in-vitro']);

const SUPPORT: Readonly<Record<Grade, number>> = { A: 4, B: 3, C: 2, D: 1, P: 0, I: 0 };
const DEMAND: Readonly<Record<ClaimStrength, number>> = { absolute: 99, strong: 3, moderate: 2, hedged: 1, neutral: 1 };
/** Worst first: when one claim covers several conditions, the worst verdict leads unless most agree. */
const SEVERITY: Readonly<Record<CheckVerdict, number>> = {
  contradicted: 4,
  unsupported: 3,
  overstated: 2,
  consistent: 1,
  'not-assessable': 0,
};

export interface VerdictInput {
  readonly type: ClaimType;
  readonly strength: ClaimStrength;
  readonly conditions: readonly string[];
  readonly studies: readonly string[];
  /**
   * The studies were linked from a description or carried from nearby sentences, not from an anchor of the claim
   * itself: they are shown, but they may not on their own make the verdict "contradicted".
   */
  readonly tentativeStudies?: boolean;
  readonly numbers: readonly QuotedNumber[];
  /** The sentence speaks of animals or cells. */
  readonly preclinicalWording: boolean;
  /** The claim says the drug did not work ("no better than placebo"). */
  readonly negated: boolean;
}

export interface VerdictOutput {
  readonly verdict: CheckVerdict;
  /** Grade of the (first) condition the verdict rests on, or null. */
  readonly grade: Grade | null;
  readonly explanation: string;
}

/**
 * The best evidence says "no benefit". A null result that comes only from a more
 * specific form (a glioma trial under "cancer") does not speak for the whole family.
 */
function isNullish(g: GradeView): boolean {
  if (g.flags.includes('open-label-positive-controlled-null') || g.flags.includes('negative-trial')) return true;
  return g.direction === 'null' && !g.flags.includes('includes-subtypes');
}

function negatedVerdict(g: GradeView | undefined): CheckVerdict {
  if (!g || g.direction === 'none') return 'unsupported';
  if (isNullish(g) || g.direction === 'mixed' || g.direction === 'null') return 'consistent';
  return SUPPORT[g.grade] >= 3 ? 'contradicted' : 'consistent';
}

function efficacyVerdict(input: VerdictInput, g: GradeView | undefined, studies: readonly StudyView[]): CheckVerdict {
  if (input.negated) return negatedVerdict(g);
  if (input.preclinicalWording && studies.some((s) => PRECLINICAL_DESIGNS.has(s.design))) {
    // Reporting an animal or cell finding as such is fair; sweeping wording is not.
    return input.strength === 'absolute' ? 'overstated' : 'consistent';
  }
  if (!g || g.grade === 'I' || g.grade === 'P' || g.direction === 'none') return 'unsupported';
  if (isNullish(g)) {
    if (input.strength === 'absolute' || input.strength === 'strong') return 'contradicted';
    return 'overstated';
  }
  if (input.strength === 'absolute') return 'overstated';
  // A null result from a more specific form says nothing for the family, but nothing in favour either.
  const direction = g.direction === 'null' ? 'mixed' : g.direction;
  if (direction === 'mixed' && input.strength === 'strong') return 'overstated';
  const support = SUPPORT[g.grade];
  if (support >= DEMAND[input.strength]) return 'consistent';
  return support >= 1 ? 'overstated' : 'unsupported';
}

function studyVerdict(input: VerdictInput, g: GradeView | undefined, named: readonly StudyView[], all: readonly StudyView[]): CheckVerdict {
  if (named.length > 0) {
    const nullStudy = named.every((s) => s.direction === 'null' || s.direction === 'negative');
    if (input.negated) return nullStudy ? 'consistent' : 'contradicted';
    if (nullStudy) return 'contradicted';
    if (input.strength === 'absolute') return 'overstated';
    // Quoting a small positive trial with strong words while better trials were null goes too far.
    if (input.strength === 'strong' && g !== undefined && isNullish(g)) return 'overstated';
    return 'consistent';
  }
  if (input.negated) return negatedVerdict(g);
  if (input.strength === 'absolute') return 'overstated';
  // An animal or cell finding reported as such, where the atlas holds such work.
  if (input.preclinicalWording && all.some((s) => PRECLINICAL_DESIGNS.has(s.design))) return 'consistent';
  // A reported result we cannot trace to any study record cannot be checked.
  return 'unsupported';
}

function verdictFor(
  input: VerdictInput,
  conditionId: string | undefined,
  evidence: EvidencePort,
  byId: ReadonlyMap<string, StudyView>,
): CheckVerdict {
  const g = conditionId ? evidence.grade(conditionId) : undefined;
  const conditionStudies = conditionId ? evidence.studiesFor(conditionId) : [];
  const named = input.studies.map((id) => byId.get(id)).filter((s): s is StudyView => s !== undefined);
  switch (input.type) {
    case 'cost':
      return 'not-assessable';
    case 'mechanism': {
      if (!conditionStudies.some((s) => PRECLINICAL_DESIGNS.has(s.design))) return 'not-assessable';
      return input.strength === 'absolute' || input.strength === 'strong' ? 'overstated' : 'consistent';
    }
    case 'safety':
      // Trials report LDN as generally well tolerated; sweeping safety wording still goes beyond them.
      return input.strength === 'absolute'
        ? 'overstated'
        : evidence.studies().some((s) => CONTROLLED_DESIGNS.has(s.design))
          ? 'consistent'
          : 'unsupported';
    case 'dose': {
      const mg = input.numbers.filter((n) => n.unit === 'mg').map((n) => n.value);
      if (mg.length === 0) return 'not-assessable';
      // 0.5-4.5 mg is the LDN range used in trials (e.g. Younger 2009, PMID 19453963; Smith 2007, PMID 17222320).
      return mg.every((v) => v <= 4.5) || mg.every((v) => v >= 25) ? 'consistent' : 'not-assessable';
    }
    case 'study-result':
      if (!conditionId && named.length === 0) return 'not-assessable';
      return studyVerdict(input, g, named, conditionStudies);
    case 'efficacy':
      if (!conditionId) return 'not-assessable';
      return efficacyVerdict(input, g, conditionStudies);
  }
}

function combine(verdicts: readonly CheckVerdict[]): CheckVerdict {
  if (verdicts.length === 0) return 'not-assessable';
  const counts = new Map<CheckVerdict, number>();
  for (const v of verdicts) counts.set(v, (counts.get(v) ?? 0) + 1);
  const distinct = [...counts.keys()];
  if (distinct.length === 1) return distinct[0]!;
  // A claim that holds for some of its conditions and not for others goes beyond the evidence.
  if (counts.has('consistent')) return 'overstated';
  const top = [...counts.entries()].sort((a, b) => b[1] - a[1] || SEVERITY[b[0]] - SEVERITY[a[0]]);
  return top[0]![0];
}

/** The strongest controlled study: the atlas's deciding studies first, then design, size and recency. */
export function bestControlled<S extends Pick<StudyView, 'id' | 'design' | 'n' | 'citation'>>(
  studies: readonly S[],
  deciding: readonly string[],
): S | undefined {
  const rank = (s: S): number => (deciding.includes(s.id) ? deciding.indexOf(s.id) : 100);
  return studies
    .filter((s) => CONTROLLED_DESIGNS.has(s.design))
    .sort(
      (a, b) =>
        rank(a) - rank(b) ||
        CONTROLLED_ORDER.indexOf(a.design) - CONTROLLED_ORDER.indexOf(b.design) ||
        (b.n ?? 0) - (a.n ?? 0) ||
        b.citation.year - a.citation.year,
    )[0];
}

export function cite(s: StudyView): string {
  const first = s.citation.authors.split(/[,;]/)[0]!.trim().split(/\s+/)[0]!;
  const id = s.ids.pmid ? `PMID ${s.ids.pmid}` : s.ids.doi ? `DOI ${s.ids.doi}` : s.ids.nct ? s.ids.nct : s.id;
  return `${first} ${s.citation.year} (${s.design}${s.n === null ? '' : `, n=${s.n}`}; ${id})`;
}

function firstSentences(text: string, n: number): string {
  const parts = text.match(/[^.!?]+[.!?]+(?:\s|$)/g) ?? [text];
  return parts.slice(0, n).join('').trim();
}

function resultOf(s: StudyView): string {
  const primary = s.outcomes.find((o) => o.primary) ?? s.outcomes[0];
  return primary ? `${primary.measure}: ${primary.result}` : `direction ${s.direction}`;
}

export function judgeClaim(
  input: VerdictInput,
  evidence: EvidencePort,
  byId: ReadonlyMap<string, StudyView>,
  names: ReadonlyMap<string, string>,
): VerdictOutput {
  const judge = (i: VerdictInput): CheckVerdict =>
    combine(
      i.conditions.length > 0 ? i.conditions.map((c) => verdictFor(i, c, evidence, byId)) : [verdictFor(i, undefined, evidence, byId)],
    );
  let verdict = judge(input);
  // Safety net: a link that only rests on a description or on carrying may be the wrong study, and a wrong study
  // must not make a claim "contradicted". The verdict is then the one without the link (usually "unsupported":
  // a result we cannot trace for sure cannot be checked), which never claims more than we know.
  let setAside = false;
  if (verdict === 'contradicted' && input.tentativeStudies === true && input.studies.length > 0) {
    const without = judge({ ...input, studies: [] });
    setAside = without !== verdict;
    verdict = without;
  }
  const parts: string[] = [];
  let grade: Grade | null = null;
  for (const c of input.conditions.slice(0, 4)) {
    const g = evidence.grade(c);
    const name = names.get(c) ?? c;
    if (!g) {
      parts.push(`${name}: not graded in the atlas.`);
      continue;
    }
    grade ??= g.grade;
    const best = bestControlled(evidence.studiesFor(c), g.decidingStudies);
    parts.push(
      `${name}: grade ${g.grade} (${g.direction}). ${firstSentences(g.rationale, 2)}${best ? ` Best controlled trial: ${cite(best)}, ${best.direction}; ${resultOf(best)}.` : ' No controlled trial in the atlas.'}`,
    );
  }
  if (input.conditions.length > 4) parts.push(`And ${input.conditions.length - 4} more conditions.`);
  const named = input.studies.map((id) => byId.get(id)).filter((s): s is StudyView => s !== undefined);
  if (named.length > 0) {
    const list = named.map((s) => `${cite(s)}, ${s.direction}`).join('; ');
    parts.push(
      input.tentativeStudies === true
        ? `Study probably referred to (matched by its description or the sentences around it, not by name): ${list}.${setAside ? ' Being uncertain, this link does not decide the verdict.' : ''}`
        : `Study referred to: ${list}.`,
    );
  }
  const lead = LEADS[verdict](input);
  return { verdict, grade, explanation: [lead, ...parts].join(' ') };
}

const LEADS: Readonly<Record<CheckVerdict, (i: VerdictInput) => string>> = {
  consistent: () => 'The wording is in line with the evidence.',
  overstated: (i) =>
    i.strength === 'absolute' ? 'Sweeping wording that no study supports.' : 'The wording goes beyond what the evidence shows.',
  unsupported: () => 'No adequate evidence was found for this.',
  contradicted: () => 'The better-controlled evidence points the other way.',
  'not-assessable': (i) =>
    i.type === 'mechanism'
      ? 'A mechanism claim that clinical studies cannot confirm or refute.'
      : 'The atlas has nothing to weigh this against.',
};
