/**
 * Links a study that an article describes without a bibliographic anchor ("a
 * study of ovarian cancer showed that LDN slowed cell replication", "studies on
 * fibromyalgia at Stanford"). The description must share a specific condition
 * with the study and agree with it on at least one more feature the corpus
 * records (design, participant count, year, author, place, population); it must
 * contradict none of them; and exactly one study of the corpus may fit. A
 * wrong link can turn a verdict into "contradicted", so a study whose result is
 * null or negative needs two agreeing features besides the condition, and any
 * doubt (two fits, a conflicting number, year, name or design) means no link.
 */
import type { StudyDesign } from '../evidence/schema.js';
import type { EvidencePort, StudyView } from './evidence-port.js';
import { extractNumbers } from './numbers.js';
import { conditionVocabularyOf, cueIn, placesOf, RCT_DESIGNS, SAYS_REVIEW, surnamesOf } from './study-refs.js';

/** The text speaks of a study, not only of the drug or the disease. */
const STUDY_NOUN = /\b(?:stud(?:y|ies)|trials?|experiments?|pilot|case (?:report|series))\b/i;

const PRECLINICAL: readonly StudyDesign[] = ['animal', 'in-vitro'];
const SYNTHESIS: readonly StudyDesign[] = ['narrative-review', 'systematic-review', 'meta-analysis'];

const CONTROLLED_CUE = /\b(?:placebo|randomi[sz]ed|double[- ]blind|single[- ]blind|controlled)\b/i;
/** Design words and the designs they are compatible with. */
const DESIGN_CUES: readonly { readonly re: RegExp; readonly designs: readonly StudyDesign[] }[] = [
  {
    re: /\b(?:mice|mouse|murine|rats?|animals?|xenografts?|in vitro|cell cultures?|tissue culture|cell lines?|cell (?:growth|replication|proliferation)|(?:cancer|tumou?r) cells)\b/i,
    designs: PRECLINICAL,
  },
  {
    re: CONTROLLED_CUE,
    designs: RCT_DESIGNS,
  },
  { re: /\bcross-?over\b/i, designs: ['rct-crossover'] },
  { re: /\bopen[- ]label\b/i, designs: ['open-label'] },
  { re: /\bcase report\b|\b(?:a|one) (?:single )?patient\b/i, designs: ['case-report'] },
  { re: /\bcase series\b/i, designs: ['case-series'] },
  { re: /\b(?:retrospective|chart review)\b/i, designs: ['retrospective'] },
  { re: /\b(?:meta-analys[ie]s|pooled analysis)\b/i, designs: ['meta-analysis'] },
  { re: SAYS_REVIEW, designs: ['narrative-review', 'systematic-review', 'meta-analysis'] },
];

/** Words for people taking part: a description using them is not of cell or animal work. */
const HUMAN_PARTICIPANTS = /\b(?:patients?|participants?|volunteers?|people|women|men|children|adults|adolescents|veterans)\b/i;
const POPULATION_WORDS = ['women', 'men', 'children', 'adolescents', 'veterans', 'girls', 'boys', 'infants'];
/** A researcher named in the text: "Dr. Smith", "Smith et al.", "Smith and colleagues". */
const NAMED_RESEARCHER =
  /\b(?:Dr|Prof|Professor)\.?\s+(?:[A-Z][\w'’-]*\.?\s+){0,2}([A-Z][\w'’-]+)|\b([A-Z][\w'’-]+)\s+(?:et al\b|and (?:her |his )?colleagues\b|and co-?workers\b)/g;
interface Profile {
  readonly study: StudyView;
  readonly surnames: readonly string[];
  /** "in Stanford", "at Stanford", "from Stanford": a place counts only where the text says where. */
  readonly places: readonly RegExp[];
  readonly populationWords: readonly string[];
  readonly pilot: boolean;
}

export interface StudyDescriptionMatcher {
  /** The one study the text describes, or undefined. `conditionIds` are the claim's conditions. */
  match(text: string, conditionIds: readonly string[]): string | undefined;
}

function profile(study: StudyView, conditionTerms: ReadonlySet<string>): Profile {
  const surnames = surnamesOf(study.citation.authors);
  const about = `${study.population} ${study.citation.title ?? ''}`.toLowerCase();
  return {
    study,
    surnames,
    places: placesOf(study, conditionTerms)
      .filter((p) => !surnames.includes(p))
      .map((p) => new RegExp(`\\b(?:in|at|from)\\s+(?:the\\s+)?${p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`)),
    populationWords: POPULATION_WORDS.filter((w) => new RegExp(`\\b${w}\\b`).test(about)),
    pilot: /\bpilot\b/i.test(`${study.id} ${about}`),
  };
}

/** Agreeing features, or -1 when the text contradicts the study. */
function agreement(p: Profile, text: string, words: ReadonlySet<string>, people: readonly number[], years: readonly number[]): number {
  const { study } = p;
  // A denied design word ("non-randomised", "no placebo group") agrees with nothing; a denied controlled design
  // rules the controlled designs out.
  const cues = DESIGN_CUES.filter((c) => cueIn(text, c.re) === 'affirmed');
  if (cueIn(text, CONTROLLED_CUE) === 'negated' && RCT_DESIGNS.includes(study.design)) return -1;
  const mentionsReview = cues.some((c) => c.designs.includes('narrative-review') || c.designs.includes('meta-analysis'));
  if (SYNTHESIS.includes(study.design) && !mentionsReview) return -1;
  if (cues.some((c) => !c.designs.includes(study.design))) return -1;
  const preclinical = PRECLINICAL.includes(study.design);
  if (preclinical && (people.length > 0 || HUMAN_PARTICIPANTS.test(text))) return -1;
  if (people.length > 0 && study.n !== null && !people.includes(study.n)) return -1;
  if (years.length > 0 && !years.includes(study.citation.year)) return -1;
  for (const m of text.matchAll(NAMED_RESEARCHER)) {
    const name = m[1] ?? m[2];
    if (name !== undefined && !p.surnames.includes(name)) return -1;
  }
  let agree = 0;
  if (cues.length > 0 || (p.pilot && /\bpilot\b/i.test(text))) agree++;
  if (people.length > 0 && study.n !== null) agree++;
  if (years.length > 0) agree++;
  if (p.surnames.some((s) => words.has(s))) agree++;
  if (p.places.some((re) => re.test(text))) agree++;
  if (p.populationWords.some((w) => words.has(w))) agree++;
  return agree;
}

export function compileStudyDescriptionMatcher(
  studies: readonly StudyView[],
  conditionTerms: ReadonlySet<string>,
  generalConditions: ReadonlySet<string>,
): StudyDescriptionMatcher {
  const profiles = studies.filter((s) => s.design !== 'registration').map((s) => profile(s, conditionTerms));
  return {
    match(text: string, conditionIds: readonly string[]): string | undefined {
      if (!STUDY_NOUN.test(text)) return undefined;
      // "Cancer" alone fits dozens of studies; only a specific condition narrows the field.
      const specific = new Set(conditionIds.filter((c) => !generalConditions.has(c)));
      if (specific.size === 0) return undefined;
      const numbers = extractNumbers(text);
      const people = numbers.filter((n) => n.unit === 'people').map((n) => n.value);
      const years = [...text.matchAll(/\b(19[5-9]\d|20[0-3]\d)\b/g)].map((m) => Number(m[1]));
      const words = new Set(text.match(/[A-Za-zÀ-ÿ'’-]+/g) ?? []);
      const fits: { readonly study: StudyView; readonly agree: number }[] = [];
      for (const p of profiles) {
        if (!p.study.conditions.some((c) => specific.has(c))) continue;
        const agree = agreement(p, text, words, people, years);
        if (agree >= 1) fits.push({ study: p.study, agree });
      }
      const only = fits.length === 1 ? fits[0]! : undefined;
      if (!only) return undefined;
      const needed = only.study.direction === 'null' || only.study.direction === 'negative' ? 2 : 1;
      return only.agree >= needed ? only.study.id : undefined;
    },
  };
}

const cache = new WeakMap<EvidencePort, StudyDescriptionMatcher>();

export function studyDescriptionMatcherFor(evidence: EvidencePort): StudyDescriptionMatcher {
  let m = cache.get(evidence);
  if (!m) {
    const general = new Set(evidence.conditions().flatMap((c) => (c.parent ? [c.parent] : [])));
    m = compileStudyDescriptionMatcher(evidence.studies(), conditionVocabularyOf(evidence).terms, general);
    cache.set(evidence, m);
  }
  return m;
}
