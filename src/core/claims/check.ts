/**
 * The claim checker: finds each health claim about LDN in an article and sets
 * it against the evidence atlas. Pure; the evidence comes in through the port.
 */
import type { Grade } from '../evidence/schema.js';
import { classifySentence, type ClaimStrength, type ClaimType } from './classify.js';
import { conditionIndexFor } from './condition-index.js';
import type { EvidencePort, StudyView } from './evidence-port.js';
import { assertCheckableText, prepareArticle, type ArticleFormat } from './input.js';
import { LDN_ANAPHOR, LDN_EXPLICIT, STUDY } from './lexicon.js';
import { extractNumbers, type NumberUnit } from './numbers.js';
import { splitSentences, type Sentence } from './sentences.js';
import { studyDescriptionMatcherFor } from './study-description.js';
import { capitalisedWords, continuesStudy, staysWithStudy } from './study-passage.js';
import { conditionVocabularyOf, studyResolverFor } from './study-refs.js';
import { CHECK_VERDICTS, judgeClaim, type CheckVerdict } from './verdict.js';

export interface ClaimNumber {
  readonly value: number;
  readonly unit: NumberUnit;
  readonly text: string;
}

export interface CheckedClaim {
  /** The sentence, exactly `text.slice(start, end)` of the checked text. */
  readonly text: string;
  readonly start: number;
  readonly end: number;
  /** Index of the sentence among all sentences of the text. */
  readonly sentence: number;
  readonly conditions: readonly string[];
  readonly type: ClaimType;
  readonly strength: ClaimStrength;
  readonly numbers: readonly ClaimNumber[];
  readonly studies: readonly string[];
  readonly verdict: CheckVerdict;
  readonly grade: Grade | null;
  readonly explanation: string;
}

export interface CheckSummary {
  readonly total: number;
  readonly byVerdict: Readonly<Record<CheckVerdict, number>>;
  readonly byType: Readonly<Record<ClaimType, number>>;
  /** Condition ids in order of first mention among the claims. */
  readonly conditions: readonly string[];
}

export interface CheckResult {
  readonly sentenceCount: number;
  readonly claims: readonly CheckedClaim[];
  readonly summary: CheckSummary;
}

const PRECLINICAL_WORDING =
  /\b(?:mice|mouse|murine|rats?|animals?|in vitro|cell cultures?|tissue culture|cell lines?|cancer cells|tumou?r cells)\b/i;
const STUDY_ANAPHOR = /\b(?:this|that|the|her|his|their|same)\s+(?:pilot|study|trial|article|paper|research|series)\b|\b(?:she|he)\b/i;
/** The claim reports that something did not work. */
const NEGATED =
  /\b(?:no better than|not better than|no more (?:effective )?than|did not (?:improve|reduce|relieve|help|work|change|differ)|didn't (?:help|work)|no (?:significant |meaningful )?(?:difference|benefit|effect|improvement)|not effective|ineffective|failed to|as well as (?:a )?placebo)\b/i;
/** How far back (in sentences) a mention of the drug or of a condition carries over. */
const CONTEXT_WINDOW = 5;
/** How many sentences after its last anchored mention a study can be carried. */
const PASSAGE_SENTENCES = 4;
/** "The study found:", "This trial showed:": one definite study introduces the list ("Studies found:" does not). */
const LIST_INTRO = /^\W*(?:the|this)\s+(?:[\w-]+\s+){0,2}?(?:study|trial|pilot|experiment|paper)\b[^:]*:\s*$/i;

function listItemsAfter(sentences: readonly Sentence[], i: number): Sentence[] {
  const items: Sentence[] = [];
  for (let k = i + 1; k < sentences.length; k++) {
    const s = sentences[k]!;
    if (!s.ownLine || s.text.split(/\s+/).length > 8) break;
    items.push(s);
  }
  return items;
}

/** The lines of the block just below sentence i ("The study found:" and one finding a line). */
function findingsListedAfter(sentences: readonly Sentence[], i: number): Sentence[] {
  const block = sentences[i + 1]?.paragraph;
  const items: Sentence[] = [];
  for (let k = i + 1; k < sentences.length; k++) {
    const s = sentences[k]!;
    if (!s.ownLine || s.paragraph !== block) break;
    items.push(s);
  }
  return items;
}

/** Checks already reduced text (see `prepareArticle` for files and HTML). */
export function checkClaims(text: string, evidence: EvidencePort): CheckResult {
  assertCheckableText(text);
  const sentences = splitSentences(text);
  const conditionIndex = conditionIndexFor(evidence);
  const resolver = studyResolverFor(evidence);
  const describer = studyDescriptionMatcherFor(evidence);
  const byId = new Map<string, StudyView>(evidence.studies().map((s) => [s.id, s]));
  const conditionWords = conditionVocabularyOf(evidence).stems;
  // One pass over the whole text, then each mention goes to the sentence that holds it.
  const mentions: string[][] = sentences.map(() => []);
  let si = 0;
  for (const m of conditionIndex.find(text)) {
    while (si < sentences.length && sentences[si]!.end <= m.start) si++;
    const s = sentences[si];
    if (!s || m.start < s.start || m.end > s.end) continue;
    if (!mentions[si]!.includes(m.conditionId)) mentions[si]!.push(m.conditionId);
  }
  // Coreference, cheaply: a sentence keeps the drug in play if it names it, or
  // refers back to it ("the drug", "it") while it is already in play.
  const drugNamed: boolean[] = [];
  const inContext = (i: number): boolean => {
    for (let k = i - 1; k >= 0 && k >= i - CONTEXT_WINDOW; k--) if (drugNamed[k]) return true;
    return false;
  };
  sentences.forEach((s, i) => drugNamed.push(LDN_EXPLICIT.test(s.text) || (LDN_ANAPHOR.test(s.text) && inContext(i))));

  const paragraphSize = new Map<number, number>();
  for (const s of sentences) paragraphSize.set(s.paragraph, (paragraphSize.get(s.paragraph) ?? 0) + 1);
  const isHeading = (s: Sentence): boolean => s.ownLine && !/[.!?]["'”’)\]]*$/.test(s.text);

  // The title (first line, when it stands alone) names the topic: a claim with no condition of its own or nearby falls back to it.
  const first = sentences[0];
  const topic = first && first.ownLine && mentions[0]!.length <= 2 ? mentions[0]! : [];

  /** Conditions named just before sentence i, within the passage it belongs to. */
  const contextConditions = (i: number): readonly string[] => {
    const s = sentences[i]!;
    for (let k = i - 1; k >= 0 && k >= i - CONTEXT_WINDOW; k--) {
      const prev = sentences[k]!;
      // Within the paragraph; across a break only to the sentence just above, when that is a heading,
      // a line of its own or a short paragraph (news style). A heading never inherits from text above it.
      if (prev.paragraph !== s.paragraph) {
        if (k !== i - 1 || isHeading(s)) break;
        if (!prev.ownLine && (paragraphSize.get(prev.paragraph) ?? 0) > 2) break;
      }
      if (mentions[k]!.length > 0) return mentions[k]!;
    }
    return [];
  };
  const parentOf = new Map(evidence.conditions().flatMap((c) => (c.parent ? [[c.id, c.parent] as const] : [])));
  const refine = (conditions: readonly string[], i: number): readonly string[] => {
    if (!conditions.some((c) => [...parentOf.values()].includes(c))) return conditions;
    const nearby = new Set<string>();
    for (let k = i; k >= 0 && k >= i - CONTEXT_WINDOW; k--) {
      if (k < i && isHeading(sentences[k]!)) break;
      for (const c of mentions[k]!) nearby.add(c);
    }
    const out = conditions.flatMap((c) => {
      const children = [...nearby].filter((n) => parentOf.get(n) === c);
      return children.length > 0 ? children : [c];
    });
    return [...new Set(out)];
  };

  // Study links that carry over: the items listed under "The study found:", and the sentences
  // that go on reporting one study (see study-passage.ts). Only one study at a time is carried.
  const studyParents = (study: StudyView): ReadonlySet<string> =>
    new Set(
      study.conditions.flatMap((c) => {
        const p = parentOf.get(c);
        return p ? [c, p] : [c];
      }),
    );
  const listStudy = new Map<number, StudyView>();
  let passage: { study: StudyView; paragraph: number; anchor: number; words: ReadonlySet<string> } | undefined;
  const refTextOf = (i: number): string => {
    const s = sentences[i]!;
    const text = STUDY_ANAPHOR.test(s.text) && i > 0 ? `${sentences[i - 1]!.text} ${s.text}` : s.text;
    // Citation keys such as "[Younger2014]" name an author and a year.
    return text.replace(/([A-Za-z])((?:19|20)\d\d)\b/g, '$1 $2');
  };
  /**
   * Studies sentence i refers to, by its own words or carried over; updates the passage in play. `tentative`: the
   * link rests on a description or on carrying, not on an anchor of the sentence itself (see the verdict's safety net).
   */
  const linkStudies = (i: number, conditions: readonly string[], resolveOwn: boolean): { ids: string[]; tentative: boolean } => {
    const s = sentences[i]!;
    const refText = refTextOf(i);
    let ids = resolveOwn ? resolver.resolve(refText, conditions).map((m) => m.studyId) : [];
    let tentative = false;
    if (resolveOwn && ids.length === 0) {
      const described = describer.match(refText, conditions);
      if (described) {
        ids = [described];
        tentative = true;
      }
    }
    if (LIST_INTRO.test(s.text)) {
      // The study comes from the intro and the sentence before it, never from the items: an item that names
      // another study must not decide which study the others are linked to.
      const items = findingsListedAfter(sentences, i);
      const intro = STUDY_ANAPHOR.test(s.text) || i === 0 ? refText : `${sentences[i - 1]!.text} ${refText}`;
      const introConditions = [...new Set([...conditions, ...mentions[i]!, ...(i > 0 ? mentions[i - 1]! : [])])];
      const found = resolver.resolve(intro, introConditions).map((m) => m.studyId);
      const id = found.length === 1 ? found[0] : found.length === 0 ? describer.match(intro, introConditions) : undefined;
      const study = id === undefined ? undefined : byId.get(id);
      if (study) {
        const allowed = studyParents(study);
        for (
          let k = 0;
          k < items.length &&
          staysWithStudy(items[k]!.text, mentions[i + 1 + k]!, { study, allowed, conditionWords, anchorWords: capitalisedWords(s.text) });
          k++
        )
          listStudy.set(i + 1 + k, study);
      }
    }
    let carried = false;
    if (ids.length === 0) {
      const listed = listStudy.get(i);
      if (listed) {
        ids = [listed.id];
        tentative = true;
      } else if (
        passage &&
        passage.paragraph === s.paragraph &&
        i - passage.anchor <= PASSAGE_SENTENCES &&
        continuesStudy(s.text, mentions[i]!, {
          study: passage.study,
          allowed: studyParents(passage.study),
          conditionWords,
          anchorWords: passage.words,
        })
      ) {
        ids = [passage.study.id];
        carried = true;
        tentative = true;
      }
    }
    const one = ids.length === 1 ? byId.get(ids[0]!) : undefined;
    if (!one) passage = undefined;
    else if (!carried) passage = { study: one, paragraph: s.paragraph, anchor: i, words: capitalisedWords(s.text) };
    return { ids, tentative };
  };

  const claims: CheckedClaim[] = [];
  for (let i = 0; i < sentences.length; i++) {
    const s = sentences[i]!;
    const drugInContext = inContext(i);
    const own = mentions[i]!;
    const cls = classifySentence(s.text, { drugInContext, conditionCount: own.length, ownLine: s.ownLine });
    if (!cls.isClaim) {
      // Not a claim, but it may name the study that the next claims report on, or end the passage about one.
      const context = own.length > 0 ? own : contextConditions(i);
      linkStudies(i, /:\s*$/.test(s.text) ? own : context, STUDY.test(s.text));
      continue;
    }

    let conditions: readonly string[] = own;
    if (/:\s*$/.test(s.text)) {
      const listed = listItemsAfter(sentences, i).flatMap((_, k) => mentions[i + 1 + k]!);
      conditions = [...new Set([...own, ...listed])];
    }
    const anaphoric =
      /^\W*(?:\w+\s+){0,2}?(?:it|this|these|that|those|they|their)\b|\b(?:these|this|the) (?:symptoms?|disease|condition|illness|patients?)\b/i.test(
        s.text,
      );
    const inheriting = cls.type === 'efficacy' || cls.type === 'study-result';
    if (conditions.length === 0 && (inheriting || (cls.type === 'mechanism' && anaphoric))) conditions = contextConditions(i);
    // "Cancer" in "anti-cancer action" while the passage is about ovarian cancer: keep the specific form.
    conditions = refine(conditions, i);

    const { ids: studies, tentative } = linkStudies(i, conditions, true);
    const firstStudy = studies[0];
    if (conditions.length === 0 && inheriting) {
      // A study found without a condition tells which condition is meant; failing that, the title's.
      const first = firstStudy === undefined ? undefined : byId.get(firstStudy);
      conditions = first ? first.conditions : i > 0 ? topic : [];
    }
    const numbers = extractNumbers(s.text).map((n) => ({ value: n.value, unit: n.unit, text: n.text }));
    const judged = judgeClaim(
      {
        type: cls.type,
        strength: cls.strength,
        conditions,
        studies,
        tentativeStudies: tentative,
        numbers: extractNumbers(s.text),
        preclinicalWording: PRECLINICAL_WORDING.test(s.text),
        negated: NEGATED.test(s.text),
      },
      evidence,
      byId,
      conditionIndex.names,
    );
    claims.push({
      text: s.text,
      start: s.start,
      end: s.end,
      sentence: i,
      conditions,
      type: cls.type,
      strength: cls.strength,
      numbers,
      studies,
      verdict: judged.verdict,
      grade: judged.grade,
      explanation: judged.explanation,
    });
  }
  return { sentenceCount: sentences.length, claims, summary: summarise(claims) };
}

export function summarise(claims: readonly CheckedClaim[]): CheckSummary {
  const byVerdict = Object.fromEntries(CHECK_VERDICTS.map((v) => [v, 0])) as Record<CheckVerdict, number>;
  const byType: Record<ClaimType, number> = { efficacy: 0, safety: 0, dose: 0, mechanism: 0, cost: 0, 'study-result': 0 };
  const conditions: string[] = [];
  for (const c of claims) {
    byVerdict[c.verdict]++;
    byType[c.type]++;
    for (const id of c.conditions) if (!conditions.includes(id)) conditions.push(id);
  }
  return { total: claims.length, byVerdict, byType, conditions };
}

/** Prepares a raw article (text, Markdown or HTML) and checks it; returns the text the offsets point into. */
export function checkArticle(raw: string, format: ArticleFormat, evidence: EvidencePort): { text: string; result: CheckResult } {
  const text = prepareArticle(raw, format);
  return { text, result: checkClaims(text, evidence) };
}
