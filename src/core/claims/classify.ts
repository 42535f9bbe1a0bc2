/**
 * Decides whether one sentence makes a health claim about LDN and, if so, of
 * which type and how strongly worded. Rule-based: cue lexicons (lexicon.ts),
 * condition mentions and whether the drug is named here or earlier in the
 * paragraph (coreference).
 */
import type { CLAIM_STRENGTHS, CLAIM_TYPES } from '../evidence/schema.js';
import {
  ABSOLUTE,
  ADVERSE_EFFECT,
  OUTCOME_PHRASE,
  REGIMEN,
  CLINICAL,
  COST,
  DOSE,
  EFFECT,
  FINDING,
  FINITE_VERB,
  HEDGE,
  LDN_ANAPHOR,
  LDN_PHRASE,
  LDN_EXPLICIT,
  MECHANISM,
  MECHANISM_WEAK,
  MODERATE,
  NON_CLAIM,
  QUESTION,
  SAFETY,
  STRONG,
  STUDY,
} from './lexicon.js';

export type ClaimType = (typeof CLAIM_TYPES)[number];
export type ClaimStrength = (typeof CLAIM_STRENGTHS)[number];

export interface SentenceContext {
  /** The drug was named earlier in the same paragraph (or the sentence continues a list it introduced). */
  readonly drugInContext: boolean;
  /** Conditions mentioned in the sentence itself. */
  readonly conditionCount: number;
  /** The sentence is a line of its own (heading or list item). */
  readonly ownLine: boolean;
}

export interface Classification {
  readonly isClaim: boolean;
  readonly type: ClaimType;
  readonly strength: ClaimStrength;
}

const NOT_A_CLAIM: Classification = { isClaim: false, type: 'efficacy', strength: 'neutral' };

/** Imperatives and advice ("Avoid ...", "Ask your doctor ...") recommend rather than claim. */
const IMPERATIVE =
  /^(?:(?:so|also|and|but|then|first|finally|ideally)?,?\s*(?:to be on the safe side,\s*)?)?(?:avoid|ask|talk|consult|contact|see|read|check|simply|please|be aware|make sure|remember|note|don't|do not|click|return|plus)\b/i;

/** A reference-list entry: authors "et al." and a year, and no claim outside the quoted title. */
function isCitation(sentence: string): boolean {
  if (!/\bet al\b/i.test(sentence) || !/\b(?:19|20)\d\d\b/.test(sentence)) return false;
  const outside = sentence.replace(/\[[^\]]*\]|"[^"]*"|“[^”]*”/g, ' ');
  return !EFFECT.test(outside);
}

export function strengthOf(sentence: string): ClaimStrength {
  const absolute = ABSOLUTE.test(sentence);
  const hedge = HEDGE.test(sentence);
  const strong = STRONG.test(sentence);
  if (absolute && !hedge) return 'absolute';
  if (absolute && hedge) return 'strong';
  if (hedge) return 'hedged';
  if (strong) return 'strong';
  if (MODERATE.test(sentence)) return 'moderate';
  return EFFECT.test(sentence) ? 'moderate' : 'neutral';
}

function typeOf(sentence: string, ctx: SentenceContext): ClaimType {
  const cost = COST.test(sentence);
  const safety = SAFETY.test(sentence);
  const effect = EFFECT.test(sentence) || OUTCOME_PHRASE.test(sentence);
  const clinical = CLINICAL.test(sentence) || ctx.conditionCount > 0;
  // "reduces nausea", "lowers the risk": an effect on a symptom, not a statement about harm.
  if (
    safety &&
    !/\b(?:reduc|decreas|lower|prevent|reliev|alleviat|eas)\w*\s+(?:\w+\s+){0,3}(?:risk|nausea|insomnia|headaches?|itch\w*|toxicity)\b/i.test(
      sentence,
    )
  )
    return 'safety';
  if (cost && !(effect && clinical)) return 'cost';
  const study = STUDY.test(sentence) && FINDING.test(sentence);
  const mechanism = MECHANISM.test(sentence);
  const mg = /\d\s?(?:mg|mcg|µg)\b/i.test(sentence);
  if (
    (mg || (DOSE.test(sentence) && !MECHANISM.test(sentence.replace(MECHANISM_WEAK, ' ')))) &&
    /\d\s?(?:mg|mcg|µg)\b|\bdoses?\b|\bdosage\b|\bbedtime\b|release\b|fillers?\b/i.test(sentence) &&
    !(effect && clinical)
  )
    return 'dose';
  if (study && (clinical || /\d/.test(sentence) || /\b(?:mice|rats|cells)\b/i.test(sentence))) return 'study-result';
  // An outcome quoted as a share of patients is a reported result.
  if (/\d\s?(?:%|percent\b)/i.test(sentence) && /\b(?:patients|people|participants|subjects|cases)\b/i.test(sentence))
    return 'study-result';
  if (mechanism && (!clinical || /\bmechanism|receptors?\b/i.test(sentence))) return 'mechanism';
  return 'efficacy';
}

export function classifySentence(original: string, ctx: SentenceContext): Classification {
  const words = original.split(/\s+/).filter(Boolean).length;
  if (words < 4 && !(ctx.ownLine && words >= 3)) return NOT_A_CLAIM;
  if (QUESTION.test(original) || NON_CLAIM.test(original) || IMPERATIVE.test(original) || isCitation(original)) return NOT_A_CLAIM;
  // A heading or list line (no closing punctuation) without a finite verb is a title, not an assertion.
  if (ctx.ownLine && !/[.!?]["'”’)\]]*$/.test(original.trim()) && !FINITE_VERB.test(original)) return NOT_A_CLAIM;
  const sentence = original.replace(LDN_PHRASE, 'LDN');
  const explicit = LDN_EXPLICIT.test(sentence);
  const anaphor = LDN_ANAPHOR.test(sentence);
  if (!explicit && !ctx.drugInContext) return NOT_A_CLAIM;

  const effect = EFFECT.test(sentence) || OUTCOME_PHRASE.test(sentence);
  const safety = SAFETY.test(sentence);
  const cost = COST.test(sentence);
  const mechanism = MECHANISM.test(sentence.replace(MECHANISM_WEAK, ' '));
  const study = STUDY.test(sentence);
  const clinical = CLINICAL.test(sentence) || ctx.conditionCount > 0;
  const dose = /\d\s?(?:mg|mcg|µg)\b/i.test(sentence) || REGIMEN.test(sentence);

  let claim: boolean;
  if (explicit) {
    claim = effect || safety || cost || mechanism || dose || (ctx.conditionCount > 0 && /\b(?:for|in|against)\b/.test(sentence) && study);
  } else {
    // Only context ties the sentence to the drug: ask for an outcome on patients or a condition.
    claim =
      (effect && (clinical || study)) ||
      (safety && (anaphor || clinical || study || ADVERSE_EFFECT.test(sentence))) ||
      (cost && (anaphor || /[$€£]\s?\d/.test(sentence))) ||
      (dose && (anaphor || /\bdos(?:e|es|age|ing)\b|\bformulas?\b/i.test(sentence))) ||
      (mechanism && /^\W*(?:\w+\s+){0,2}?(?:it|this|these|that|those|the (?:drug|medication|treatment))\b/i.test(sentence));
  }
  if (!claim) return NOT_A_CLAIM;
  // History and background ("was approved", "was pioneered") without an outcome word are not claims.
  if (!effect && !safety && !cost && !dose && !mechanism) return NOT_A_CLAIM;
  return { isClaim: true, type: typeOf(sentence, ctx), strength: strengthOf(original) };
}
