/** Public surface of the claim checker core (pure: no I/O). */
export { checkClaims, checkArticle, summarise } from './check.js';
export type { CheckResult, CheckedClaim, CheckSummary, ClaimNumber } from './check.js';
export { htmlToText, MAX_HTML_DEPTH, MAX_HTML_NODES } from './html.js';
export { prepareArticle, assertCheckableText, formatFromFileName, countWords, MAX_WORDS, MAX_CHARS } from './input.js';
export type { ArticleFormat } from './input.js';
export { splitSentences } from './sentences.js';
export type { Sentence } from './sentences.js';
export { CHECK_VERDICTS } from './verdict.js';
export type { CheckVerdict } from './verdict.js';
export type { ClaimType, ClaimStrength } from './classify.js';
export type { NumberUnit } from './numbers.js';
export type { EvidencePort, ConditionView, StudyView, GradeView } from './evidence-port.js';
export { evidenceFromAtlas } from './atlas-adapter.js';
export { addDocument, emptyCounts, figures, matchClaims, jaccard } from './metrics.js';
export type { AnnotatedClaim, QualityCounts, QualityFigures } from './metrics.js';
