/**
 * When a study is named once and the next sentences report what it found
 * ("In a study of 127 patients… The combination led to fewer withdrawal
 * symptoms."), those sentences refer to the same study although they carry no
 * anchor of their own. This file decides whether a sentence still belongs to
 * the passage about one study. The test is deliberately narrow: the sentence
 * must read as a report of that study's findings (past tense, no general
 * present-tense statement), and anything that could point elsewhere ends the
 * passage: another study, a named researcher who is not an author, a different
 * year or participant count, a condition the study is not about, a heading.
 */
import type { StudyView } from './evidence-port.js';
import { extractNumbers } from './numbers.js';
import { surnamesOf } from './study-refs.js';

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
/** Ends like a sentence (a flattened heading does not). */
const TERMINATED = /[.!]["'”’)\]]*\s*$/;

/** Nothing in the sentence points to a study other than `study`. */
export function staysWithStudy(text: string, ownConditions: readonly string[], study: StudyView, allowed: ReadonlySet<string>): boolean {
  if (OTHER_STUDY.test(text)) return false;
  if (ownConditions.some((c) => !allowed.has(c))) return false;
  const surnames = surnamesOf(study.citation.authors);
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
export function continuesStudy(text: string, ownConditions: readonly string[], study: StudyView, allowed: ReadonlySet<string>): boolean {
  const t = text.trim();
  return TERMINATED.test(t) && PAST.test(t) && !GENERAL.test(t) && staysWithStudy(t, ownConditions, study, allowed);
}
