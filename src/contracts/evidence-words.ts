/**
 * Plain words for the evidence atlas's codes, shared by the web pages and the CLI.
 * No zod here on purpose: the web imports it without pulling a schema library into its bundle.
 * The grade letters follow the rule in src/core/evidence/README.md ("The grade rule").
 */

export type GradeLetter = 'A' | 'B' | 'C' | 'D' | 'P' | 'I';
export type BestDirectionCode = 'positive' | 'null' | 'mixed' | 'none';
export type StudyDirectionCode = 'positive' | 'null' | 'negative' | 'mixed' | 'not-applicable';
export type VerdictCode = 'supported' | 'partly-supported' | 'overstated' | 'unsupported' | 'contradicted' | 'not-assessable';

/** Strongest first; the order the evidence map sorts by. */
export const GRADE_ORDER: readonly GradeLetter[] = ['A', 'B', 'C', 'D', 'P', 'I'];

/** A grade says how much and what kind of evidence exists, never which way it points. */
export const GRADE_WORDS: Record<GradeLetter, string> = {
  A: 'several consistent randomised trials',
  B: 'some randomised or pooled evidence',
  C: 'uncontrolled or observational studies only',
  D: 'case reports only',
  P: 'laboratory or animal studies only',
  I: 'no studies in people',
};

/** Words and a symbol for the direction of the best evidence; colour is never the only cue. */
export const BEST_DIRECTION: Record<BestDirectionCode, { symbol: string; words: string }> = {
  positive: { symbol: '▲', words: 'points to a benefit' },
  null: { symbol: '●', words: 'points to no benefit' },
  mixed: { symbol: '◆', words: 'mixed' },
  none: { symbol: '–', words: 'no result in people' },
};

/** Neutral about the drug, like the grading rationale: a few filed studies tested naltrexone relatives, not LDN. */
export const STUDY_DIRECTION: Record<StudyDirectionCode, { symbol: string; words: string }> = {
  positive: { symbol: '▲', words: 'favoured treatment' },
  null: { symbol: '●', words: 'no difference' },
  negative: { symbol: '▼', words: 'treatment worse' },
  mixed: { symbol: '◆', words: 'mixed' },
  'not-applicable': { symbol: '–', words: 'no efficacy result' },
};

export const VERDICT_WORDS: Record<VerdictCode, { symbol: string; words: string }> = {
  supported: { symbol: '✓', words: 'Supported' },
  'partly-supported': { symbol: '◐', words: 'Partly supported' },
  overstated: { symbol: '⚠', words: 'Overstated' },
  unsupported: { symbol: '✗', words: 'Unsupported' },
  contradicted: { symbol: '⛔', words: 'Contradicted by the evidence' },
  'not-assessable': { symbol: '?', words: 'Cannot be assessed' },
};

/** What each grade flag means, in a sentence a patient can read. */
export const FLAG_WORDS: Record<string, string> = {
  'open-label-positive-controlled-null':
    'Open-label or single-blind studies looked positive, but the placebo-controlled trials, weighed by size, found no benefit. Results often shrink once nobody knows who takes the drug.',
  'controlled-trials-inconsistent': 'The randomised trials disagree with each other on their main outcome.',
  'small-trials-only': 'Every randomised trial was small (under 50 people), so chance findings are likely.',
  'negative-trial': 'At least one randomised trial found LDN worse than the comparison.',
  'standard-dose-excluded': 'Some studies used standard-dose naltrexone (over 10 mg) and were not counted as LDN evidence.',
  'trial-without-results': 'A registered trial has no published results yet.',
  'includes-subtypes': 'The grade counts studies of more specific forms of this condition.',
};

export const DESIGN_WORDS: Record<string, string> = {
  'meta-analysis': 'Meta-analysis',
  'systematic-review': 'Systematic review',
  rct: 'Randomised trial',
  'rct-crossover': 'Crossover randomised trial',
  'controlled-trial': 'Controlled trial (not randomised)',
  'single-blind-placebo': 'Single-blind placebo study',
  'open-label': 'Open-label study',
  cohort: 'Cohort study',
  retrospective: 'Retrospective study',
  'case-series': 'Case series',
  'case-report': 'Case report',
  'narrative-review': 'Narrative review',
  animal: 'Animal study',
  'in-vitro': 'Laboratory study',
  registration: 'Trial registration (no results)',
};

export const pubmedUrl = (pmid: string): string => `https://pubmed.ncbi.nlm.nih.gov/${pmid}/`;
export const doiUrl = (doi: string): string => `https://doi.org/${doi}`;
export const nctUrl = (nct: string): string => `https://clinicaltrials.gov/study/${nct}`;

/** Abbreviations then synonyms, each once (case-insensitive) and never the name itself. */
export function alsoCalled(c: { name: string; abbreviations: readonly string[]; synonyms: readonly string[] }): string[] {
  const seen = new Set([c.name.toLowerCase()]);
  return [...c.abbreviations, ...c.synonyms].filter((x) => !seen.has(x.toLowerCase()) && seen.add(x.toLowerCase()));
}
