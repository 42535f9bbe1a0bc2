/**
 * When a study is named once and the next sentences report what it found
 * ("In a study of 127 patients… The combination led to fewer withdrawal
 * symptoms."), those sentences refer to the same study although they carry no
 * anchor of their own. This file decides whether a sentence still belongs to
 * the passage about one study. The test is deliberately narrow: the sentence
 * must read as a report of that study's findings (past tense, no general
 * present-tense statement), and anything that could point elsewhere ends the
 * passage: another study, a named researcher who is not an author, a different
 * year or participant count, a condition the study is not about, a heading,
 * "researchers"/"team"/"group", "the <word> trial", a nationality, or any
 * capitalised word that is not the study's author or place, a condition or the drug.
 */
import type { StudyView } from './evidence-port.js';
import { extractNumbers } from './numbers.js';
import { placesOf, surnamesOf } from './study-refs.js';

/** A study reference that is not the one in play: "another study", "a trial of…", "one review". */
const OTHER_STUDY =
  /\banother\b|\b(?:a|an|one|other|some|several|many|multiple|two|three|four|five|recent|new|earlier|later|further|separate|this|these)\s+(?:[\w-]+\s+){0,2}?(?:stud(?:y|ies)|trials?|experiments?|reviews?|papers?|reports?|analys[ie]s|research|pilot)\b/i;
const NAMED_RESEARCHER =
  /\b(?:Dr|Prof|Professor)\.?\s+(?:[A-Z][\w'’-]*\.?\s+){0,2}([A-Z][\w'’-]+)|\b([A-Z][\w'’-]+)\s+(?:et al\b|and (?:her |his )?colleagues\b|and co-?workers\b)/g;
/** A report of what happened: past-tense verbs. */
const PAST = /\b(?:was|were|had|did|led|saw|showed|found|felt|fell|rose|went|became|grew|\w{3,}ed)\b/i;
/** Present tense or a modal: a general statement about the drug, not a report of one study. */
const GENERAL =
  /\b(?:is|are|am|be|can|cannot|may|might|could|will|would|should|must|has|have|does|do|helps?|treats?|works?|seems?|appears?|shows|suggests?)\b/i;
/**
 * People or places that are not the study's: "researchers in Denmark", "the Danish trial", "the FINAL study". A group
 * named by its treatment ("the placebo group", "the group taking both drugs") is an arm of the same study.
 */
const OTHER_PEOPLE =
  /\b(?:researchers?|investigators?|scientists?|team|(?<!\b(?:placebo|control|treatment|LDN|active|naltrexone)\s)group(?!\s+(?:taking|receiving|given|treated|on)\b))\b/i;
const THE_NAMED_STUDY = /\bthe\s+[\w-]+\s+(?:stud(?:y|ies)|trials?)\b/i;
const NATIONALITY =
  /\b(?:Danish|Spanish|British|English|Scottish|Welsh|Irish|American|Canadian|Mexican|Brazilian|German|French|Italian|Dutch|Swedish|Norwegian|Finnish|Swiss|Austrian|Belgian|Polish|Greek|Turkish|Israeli|Iranian|Egyptian|Malian|African|Chinese|Japanese|Korean|Indian|Australian|European|Scandinavian|Russian|Portuguese|Nordic)\b/i;
/** Capitalised words that never point elsewhere: the drug and a sentence-initial "I". */
const NEUTRAL_CAPS = new Set(['LDN', 'Naltrexone', 'I']);

/** Ends like a sentence (a flattened heading does not). */
const TERMINATED = /[.!]["'”’)\]]*\s*$/;

/** The study being carried, the conditions a sentence may name while it stays with it, and every condition's words. */
export interface CarriedStudy {
  readonly study: StudyView;
  /** The study's conditions and their parents. */
  readonly allowed: ReadonlySet<string>;
  readonly conditionWords: ReadonlySet<string>;
  /** Capitalised words of the sentence that named the study ("VLNTX" defined there): they point nowhere else. */
  readonly anchorWords: ReadonlySet<string>;
}

/** Nothing in the sentence points to a study other than the carried one. */
export function staysWithStudy(
  text: string,
  ownConditions: readonly string[],
  { study, allowed, conditionWords, anchorWords }: CarriedStudy,
): boolean {
  if (OTHER_STUDY.test(text) || OTHER_PEOPLE.test(text) || THE_NAMED_STUDY.test(text) || NATIONALITY.test(text)) return false;
  if (ownConditions.some((c) => !allowed.has(c))) return false;
  const surnames = surnamesOf(study.citation.authors);
  // Any capitalised word after the first that is not the study's author or place, a condition's name or the drug
  // may name another study, team or place ("Patients at Stanford…" after a Danish trial): the passage ends.
  // Single capitals ("(R)", "P=0.01") name nothing.
  const places = new Set(placesOf(study).flatMap((p) => p.split(' ')));
  const body = text.replace(/^[^A-Za-z]*[A-Za-z'’-]+/, '');
  for (const m of body.matchAll(/(?<![\w'’-])([A-Z][\w'’-]+)/g)) {
    const word = m[1]!.replace(/['’]s$/, '');
    if (NEUTRAL_CAPS.has(word) || surnames.includes(word) || places.has(word) || anchorWords.has(word)) continue;
    if (word.split('-').every((w) => conditionWords.has(w.toLowerCase()))) continue;
    return false;
  }
  for (const m of text.matchAll(NAMED_RESEARCHER)) {
    const name = m[1] ?? m[2];
    if (name !== undefined && !surnames.includes(name)) return false;
  }
  const years = [...text.matchAll(/\b(19[5-9]\d|20[0-3]\d)\b/g)].map((m) => Number(m[1]));
  if (years.some((y) => y !== study.citation.year)) return false;
  const people = extractNumbers(text)
    .filter((n) => n.unit === 'people')
    .map((n) => n.value);
  if (people.length > 0 && study.n !== null && !people.includes(study.n)) return false;
  return true;
}

/** The sentence continues the report of `study`: it stays with it and reads as a finding, not a general statement or heading. */
export function continuesStudy(text: string, ownConditions: readonly string[], carried: CarriedStudy): boolean {
  const t = text.trim();
  return TERMINATED.test(t) && PAST.test(t) && !GENERAL.test(t) && staysWithStudy(t, ownConditions, carried);
}

/** The capitalised words of a sentence, possessives dropped: what a carried sentence may repeat. */
export const capitalisedWords = (text: string): ReadonlySet<string> =>
  new Set([...text.matchAll(/(?<![\w'’-])([A-Z][\w'’-]+)/g)].map((m) => m[1]!.replace(/['’]s$/, '')));
