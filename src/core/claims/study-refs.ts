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

const PEOPLE_WORDS = ['women', 'men', 'children', 'adolescents', 'adults', 'veterans', 'mice', 'rats', 'girls', 'boys', 'infants'];

const DESIGN_CUES: { re: RegExp; designs: readonly StudyDesign[] | 'pilot' }[] = [
  { re: /\bpilot\b/i, designs: 'pilot' },
  {
    re: /\b(?:placebo|randomi[sz]ed|double[- ]blind|controlled)\b/i,
    designs: ['rct', 'rct-crossover', 'controlled-trial', 'single-blind-placebo'],
  },
  { re: /\bcross-?over\b/i, designs: ['rct-crossover'] },
  { re: /\bopen[- ]label\b/i, designs: ['open-label'] },
  { re: /\b(?:mice|mouse|rats?|animals?|murine)\b/i, designs: ['animal'] },
  { re: /\b(?:cells?|tissue culture|in vitro|cell lines?)\b/i, designs: ['in-vitro'] },
  { re: /\bcase (?:report|study)\b|\bone patient\b|\ba patient\b/i, designs: ['case-report'] },
  { re: /\bcase series\b|\bseries\b/i, designs: ['case-series'] },
  { re: /\b(?:meta-analys[ie]s|pooled)\b/i, designs: ['meta-analysis'] },
  { re: /\b(?:systematic review|cochrane)\b/i, designs: ['systematic-review'] },
  { re: /\breview\b/i, designs: ['narrative-review', 'systematic-review'] },
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

/** Capitalised words of the population and title that name places and institutions ("Stanford", "Dublin"). */
export function placesOf(study: StudyView): string[] {
  const text = `${study.population} ${study.citation.title ?? ''}`;
  const out = new Set<string>();
  for (const m of text.matchAll(/(?<![\w-])([A-Z][a-zA-Z]{2,}(?:\s(?:State|University|Medical|College))?)/g)) {
    const word = m[1]!;
    if (STOP_CAPS.has(word.split(' ')[0]!)) continue;
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
  const places = placesOf(study).filter((p) => !conditionTerms.has(p.toLowerCase()) && !surnames.includes(p));
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
      const designHits = DESIGN_CUES.filter((c) => c.re.test(text));
      const conditions = new Set(conditionIds);
      const scored: StudyMatch[] = [];
      for (const s of indexed) {
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
      return kept;
    },
  };
}

const cache = new WeakMap<EvidencePort, StudyResolver>();

export function studyResolverFor(evidence: EvidencePort): StudyResolver {
  let r = cache.get(evidence);
  if (!r) {
    const terms = new Set<string>();
    for (const c of evidence.conditions()) for (const t of [c.name, ...c.synonyms, ...c.abbreviations]) terms.add(t.toLowerCase());
    r = compileStudyResolver(evidence.studies(), terms);
    cache.set(evidence, r);
  }
  return r;
}
