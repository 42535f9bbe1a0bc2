/**
 * Resolves how articles refer to studies ("a Stanford pilot in ten women",
 * "Dr. Smith's article in the American Journal of Gastroenterology in 2007")
 * to study records. Each study is scored on evidence found in the sentence and
 * its context: author surnames, year, journal, institutions and places named in
 * the population or title, the number of participants, design words, population
 * words and shared conditions. A study is linked only when the score passes a
 * threshold AND at least one specific anchor (author, year, journal,
 * institution or participant count) is present.
 */
import type { StudyDesign } from '../evidence/schema.js';
import type { EvidencePort, StudyView } from './evidence-port.js';
import { extractNumbers } from './numbers.js';

interface IndexedStudy {
  readonly study: StudyView;
  readonly surnames: readonly string[];
  readonly journalHint: string | undefined;
  readonly journal: RegExp | undefined;
  readonly journalIsCommonWord: boolean;
  readonly places: readonly string[];
  readonly populationWords: ReadonlySet<string>;
  readonly percents: ReadonlySet<number>;
}

export interface StudyMatch {
  readonly studyId: string;
  readonly score: number;
  readonly anchors: readonly string[];
}

const STOP_CAPS = new Set(
  'A An The In On Of For With And Or To From By At As Is Are Was Were Be Low Dose Doses Dosed Naltrexone LDN Adults Adult Women Men Children Patients People Participants Subjects Volunteers Healthy Trial Study Pilot Review Analysis Randomized Randomised Controlled Placebo Double Single Blind Open Label Case Report Series Effects Effect Treatment Therapy Disease Syndrome Cancer Mice Rats Mouse Rat Human Humans Cells Cell Line Lines Chronic Acute Active Severe Moderate Mild Primary Secondary Clinical Opioid Growth Factor Phase Registry Database National Multicentre Multicenter University Hospital Medical Center Centre Journal Department Foundation Institute School College Group With Without'.split(
    ' ',
  ),
);

/**
 * Capitalised words of titles and populations that name no place: numbers, months, common title words.
 * (Condition stems such as "Alzheimer" or "Crohn" are dropped from the condition terms, see `placesOf`.)
 */
const NOT_PLACES = new Set(
  'One Two Three Four Five Six Seven Eight Nine Ten Eleven Twelve Dozen Hundred First Second Third January February March April May June July August September October November December Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec New Old Safety Efficacy Effective Effectiveness Efficiency Use Using Treating Treated Meta Literature Published Preclinical Management Pain Oral Female Male Timing Reduced Serious Heavy Very About Studies Expert Chapter Utility Middle Dominant Changes Change All Everyone Patient Respondents Completers Man Woman Relapsing Recalcitrant Variable Investigation Pharmacological Impact Endogenous Serum Chart Inpatients Outpatients Symptomatic Receiving Radiation Immune Hormone Metastatic Castrate Resistant Research Project Oncology Painful Small Crossover Nude Autistic Heroin Methadone Darier Sjogren Osteoarthritis General Prescription Fatigue Inflammatory Inflammation Evidence Outcomes Outcome Results Long Short Term Novel Update Updated Overview Role Potential Possible Evaluation Assessment Comparison Experience Prospective Retrospective Observational Systematic Narrative Scoping Protocol Low Dose High'.split(
    ' ',
  ),
);
/** Acronyms of method, not of place ("RCTs", "GRADE", "RoB"). */
const METHOD_ACRONYM = /^(?:RCTs?|GRADE|RoB|NCT|CRP|ACR|BPI|ITT|QoL)$/;

/**
 * A design word that the text denies ("non-randomised", "no placebo group", "not a controlled one",
 * "without a control"): the negation word stands at most three words before the cue.
 */
const NEGATION_BEFORE = /(?:\b(?:non|un)-\s*|\b(?:no|not|non|without|neither|nor|never|un)\b(?:[\s-]+[\w'’]+){0,2}[\s-]+)$/i;

/** 'affirmed' when the text uses the cue at least once without negation, 'negated' when every use is denied. */
export function cueIn(text: string, re: RegExp): 'affirmed' | 'negated' | undefined {
  const global = new RegExp(re.source, re.flags.includes('g') ? re.flags : `${re.flags}g`);
  let negated = false;
  for (const m of text.matchAll(global)) {
    if (NEGATION_BEFORE.test(text.slice(Math.max(0, m.index - 40), m.index))) negated = true;
    else return 'affirmed';
  }
  return negated ? 'negated' : undefined;
}

/** The text speaks of a review or pooled analysis: only then may a synthesis be linked. */
export const SAYS_REVIEW = /(?<!\bchart\s)\breviews?\b|\bmeta-analys[ie]s\b|\bcochrane\b|\bpooled analys[ie]s\b/i;
export const SYNTHESIS_DESIGNS: readonly StudyDesign[] = ['narrative-review', 'systematic-review', 'meta-analysis'];
export const RCT_DESIGNS: readonly StudyDesign[] = ['rct', 'rct-crossover', 'controlled-trial', 'single-blind-placebo'];

const PEOPLE_WORDS = ['women', 'men', 'children', 'adolescents', 'adults', 'veterans', 'mice', 'rats', 'girls', 'boys', 'infants'];

const DESIGN_CUES: { re: RegExp; designs: readonly StudyDesign[] | 'pilot' }[] = [
  { re: /\bpilot\b/i, designs: 'pilot' },
  {
    re: /\b(?:placebo|randomi[sz]ed|double[- ]blind|controlled)\b/i,
    designs: RCT_DESIGNS,
  },
  { re: /\bcross-?over\b/i, designs: ['rct-crossover'] },
  { re: /\bopen[- ]label\b/i, designs: ['open-label'] },
  { re: /\b(?:mice|mouse|rats?|animals?|murine)\b/i, designs: ['animal'] },
  { re: /\b(?:cells?|tissue culture|in vitro|cell lines?)\b/i, designs: ['in-vitro'] },
  { re: /\bcase (?:report|study)\b|\bone patient\b|\ba patient\b/i, designs: ['case-report'] },
  { re: /\bcase series\b|\bseries\b/i, designs: ['case-series'] },
  { re: /\b(?:meta-analys[ie]s|pooled)\b/i, designs: ['meta-analysis'] },
  { re: /\b(?:systematic review|cochrane)\b/i, designs: ['systematic-review'] },
  { re: /(?<!\bchart\s)\breview\b/i, designs: ['narrative-review', 'systematic-review'] },
  { re: /\b(?:retrospective|chart review|records)\b/i, designs: ['retrospective'] },
  { re: /\b(?:registry|register|database|prescription)\b/i, designs: ['cohort'] },
];

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Surnames in an author list, first author first. */
export function surnamesOf(authors: string): string[] {
  return authors
    .replace(/\bet al\.?/gi, '')
    .split(/[,;…]|\band\b|&/)
    .map((part) => {
      const tokens = part.trim().split(/\s+/);
      // "Smith JP" or "Bruun-Plesner K": the surname is the longest token that is not all initials.
      const candidates = tokens.filter((t) => /^[A-ZÀ-Ý][a-zà-ÿ'’-]+(?:-[A-Z][a-z]+)?$/.test(t) && t.length >= 3);
      return candidates.sort((a, b) => b.length - a.length)[0];
    })
    .filter((s): s is string => s !== undefined);
}

/**
 * Words of condition terms, possessive removed, hyphenated words also in parts: "alzheimer's disease" gives
 * "alzheimer" and "disease", "long covid" gives "covid". They name a disease, never where a study was done.
 */
export function conditionStems(conditionTerms: ReadonlySet<string>): Set<string> {
  const out = new Set<string>();
  for (const t of conditionTerms) {
    for (const raw of t.split(/[\s/]+/)) {
      const word = raw.replace(/['’]s$/, '');
      out.add(word);
      for (const part of word.split('-')) out.add(part);
    }
  }
  return out;
}

/**
 * Capitalised words of the population and title that name places and institutions ("Stanford", "Dublin",
 * "New Zealand"). Not places: stop words, numbers, months, common title words, method acronyms and the stems of
 * condition names ("Alzheimer", "Parkinson", "Crohn"), which name a disease, not where a study was done.
 */
export function placesOf(study: StudyView, conditionTerms: ReadonlySet<string> = new Set()): string[] {
  const text = `${study.population} ${study.citation.title ?? ''}`;
  const stems = conditionStems(conditionTerms);
  const out = new Set<string>();
  for (const m of text.matchAll(
    /(?<![\w-])((?:(?:New|North|South|East|West)\s)?[A-Z][a-zA-Z]{2,}(?:\s(?:State|University|Medical|College))?)/g,
  )) {
    const word = m[1]!;
    const head = word.split(' ')[0]!;
    if (STOP_CAPS.has(head) || (NOT_PLACES.has(head) && !word.includes(' ')) || METHOD_ACRONYM.test(word)) continue;
    if (conditionTerms.has(word.toLowerCase()) || stems.has(head.toLowerCase())) continue;
    out.add(word);
  }
  return [...out];
}

function percentsOf(study: StudyView): Set<number> {
  const out = new Set<number>();
  for (const o of study.outcomes) for (const n of extractNumbers(o.result)) if (n.unit === 'percent') out.add(n.value);
  return out;
}

function indexStudy(study: StudyView, conditionTerms: ReadonlySet<string>): IndexedStudy {
  const journal = study.citation.journal?.trim();
  const surnames = surnamesOf(study.citation.authors).filter((s) => !conditionTerms.has(s.toLowerCase()));
  const places = placesOf(study, conditionTerms).filter((p) => !surnames.includes(p));
  const popText = `${study.population} ${study.citation.title ?? ''}`.toLowerCase();
  return {
    study,
    surnames,
    // A cheap substring test before the journal's regular expression runs.
    journalHint: journal
      ?.toLowerCase()
      .split(/[\s&]+/)
      .find((w) => w.length > 3),
    journal: journal
      ? new RegExp(
          `(?<![\\w])${journal
            .split(/[\s&]+/)
            .filter(Boolean)
            .map(escape)
            .join('[\\s&and]+')}(?![\\w])`,
          'i',
        )
      : undefined,
    journalIsCommonWord: journal !== undefined && (conditionTerms.has(journal.toLowerCase()) || journal.split(/\s+/).length < 2),
    places,
    populationWords: new Set(PEOPLE_WORDS.filter((w) => new RegExp(`\\b${w}\\b`).test(popText))),
    percents: percentsOf(study),
  };
}

/** Shared condition (2) plus a participant count (3) is the least that links a study. */
const MIN_SCORE = 5;

export interface StudyResolver {
  resolve(text: string, conditionIds: readonly string[]): StudyMatch[];
}

export function compileStudyResolver(studies: readonly StudyView[], conditionTerms: ReadonlySet<string>): StudyResolver {
  const indexed = studies.map((s) => indexStudy(s, conditionTerms));
  return {
    resolve(text: string, conditionIds: readonly string[]): StudyMatch[] {
      const numbers = extractNumbers(text);
      const people = numbers.filter((n) => n.unit === 'people').map((n) => n.value);
      const anyNumbers = new Set(numbers.map((n) => n.value));
      const percents = new Set(numbers.filter((n) => n.unit === 'percent').map((n) => n.value));
      const years = new Set([...text.matchAll(/\b(19[5-9]\d|20[0-3]\d)\b/g)].map((m) => Number(m[1])));
      const lower = text.toLowerCase();
      const words = new Set(text.match(/[A-Za-zÀ-ÿ'’-]+/g) ?? []);
      const has = (w: string): boolean => (w.includes(' ') ? text.includes(w) : words.has(w));
      const designHits = DESIGN_CUES.filter((c) => cueIn(text, c.re) === 'affirmed');
      // "A non-randomised study", "no placebo group": the text rules out controlled designs.
      const notControlled = cueIn(text, DESIGN_CUES[1]!.re) === 'negated';
      const saysReview = SAYS_REVIEW.test(text);
      const conditions = new Set(conditionIds);
      const scored: StudyMatch[] = [];
      for (const s of indexed) {
        if (notControlled && RCT_DESIGNS.includes(s.study.design)) continue;
        // A review is linked only when the text speaks of one ("studies by Younger" are his trials).
        // A citation by author and year ("[Younger2014]") is exact enough on its own.
        const cited = s.surnames[0] !== undefined && has(s.surnames[0]) && years.has(s.study.citation.year);
        if (!saysReview && !cited && SYNTHESIS_DESIGNS.includes(s.study.design)) continue;
        let score = 0;
        const anchors: string[] = [];
        const [first, ...others] = s.surnames;
        if (first && has(first)) {
          score += 4;
          anchors.push(`author:${first}`);
        } else if (others.some(has)) {
          score += 2;
          anchors.push('co-author');
        }
        if (years.has(s.study.citation.year)) {
          score += 3;
          anchors.push(`year:${s.study.citation.year}`);
        }
        if (s.journal && (s.journalHint === undefined || lower.includes(s.journalHint))) {
          const m = s.journal.exec(text);
          if (
            m &&
            (!s.journalIsCommonWord || /\b(?:journal|published in|in the)\s*$/i.test(text.slice(Math.max(0, m.index - 20), m.index)))
          ) {
            score += 4;
            anchors.push('journal');
          }
        }
        let placeHits = 0;
        for (const p of s.places) {
          if (placeHits < 2 && has(p)) {
            placeHits++;
            score += 2;
            anchors.push(`place:${p}`);
          }
        }
        if (s.study.n !== null && s.study.n > 0) {
          if (people.includes(s.study.n)) {
            score += 3;
            anchors.push(`n:${s.study.n}`);
          } else if (anyNumbers.has(s.study.n)) score += 1;
        }
        let pct = 0;
        for (const p of percents) {
          if (s.percents.has(p) && pct < 2) {
            pct++;
            score += 2;
          }
        }
        for (const cue of designHits) {
          if (cue.designs === 'pilot') {
            if (/pilot/i.test(`${s.study.id} ${s.study.citation.title ?? ''} ${s.study.population}`)) score += 1;
          } else if (cue.designs.includes(s.study.design)) score += 1;
        }
        for (const w of s.populationWords) if (lower.includes(w)) score += 1;
        const shared = s.study.conditions.some((c) => conditions.has(c));
        if (shared) score += 2;
        const specific = anchors.length > 0 || pct > 0;
        if (!specific) continue;
        // Without a shared condition, ask for a bibliographic match (two of author, journal, year)
        // or the same participant count and outcome figure.
        const bibliographic = anchors.filter((a) => a.startsWith('author') || a === 'journal' || a.startsWith('year')).length;
        const numeric = anchors.some((a) => a.startsWith('n:')) && pct > 0;
        if (!shared && bibliographic < 2 && !numeric) continue;
        // "A study of 40 women at Stanford" is not the Stanford pilot of 10: without an author, journal or
        // year to outweigh it, a participant count that differs from the record rules the study out.
        if (bibliographic === 0 && s.study.n !== null && s.study.n > 0 && people.length > 0 && !people.includes(s.study.n)) continue;
        if (score >= MIN_SCORE) scored.push({ studyId: s.study.id, score, anchors });
      }
      scored.sort((a, b) => b.score - a.score || a.studyId.localeCompare(b.studyId));
      const top = scored[0]?.score ?? 0;
      const kept = scored.filter((m) => m.score >= top - 1);
      // At most two links; when a third study scores as high as the second, which two is a coin toss: keep only
      // a study that scores above them all.
      if (kept.length > 2 && kept[2]!.score === kept[1]!.score) return kept.filter((m) => m.score > kept[1]!.score);
      return kept.slice(0, 2);
    },
  };
}

/** Every condition's names, synonyms and abbreviations in lower case, and their words: built once per evidence port. */
export interface ConditionVocabulary {
  readonly terms: ReadonlySet<string>;
  readonly stems: ReadonlySet<string>;
}

const vocabularies = new WeakMap<EvidencePort, ConditionVocabulary>();

export function conditionVocabularyOf(evidence: EvidencePort): ConditionVocabulary {
  let v = vocabularies.get(evidence);
  if (!v) {
    const terms = new Set(evidence.conditions().flatMap((c) => [c.name, ...c.synonyms, ...c.abbreviations].map((t) => t.toLowerCase())));
    v = { terms, stems: conditionStems(terms) };
    vocabularies.set(evidence, v);
  }
  return v;
}

const cache = new WeakMap<EvidencePort, StudyResolver>();

export function studyResolverFor(evidence: EvidencePort): StudyResolver {
  let r = cache.get(evidence);
  if (!r) {
    r = compileStudyResolver(evidence.studies(), conditionVocabularyOf(evidence).terms);
    cache.set(evidence, r);
  }
  return r;
}
