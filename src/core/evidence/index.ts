/** Public surface of the evidence core: import from here, not from the individual files. */
export { buildAtlas } from './atlas.js';
export type { Atlas, StudyFilter, SourceWithClaims } from './atlas.js';
export { checkCorpus, parseCorpusFiles, validateCorpus, formatProblems, RECORD_KINDS } from './corpus.js';
export type { Corpus, CorpusFiles, CorpusProblem, RawCorpusFile, RecordKind } from './corpus.js';
export {
  gradeAll,
  gradeCondition,
  directionOf,
  studyLabel,
  outcomeMatches,
  GRADE_FLAGS,
  STANDARD_DOSE_MIN_MG,
  SMALL_TRIAL_N,
  GRADE_A_MIN_N,
  CASE_SERIES_MIN_N,
} from './grading.js';
export type { ConditionGrade, OutcomeGrade, GradeFlag, BestDirection, StudyRef } from './grading.js';
export { buildSearchIndex, searchTokens } from './search.js';
export type { SearchHit, SearchHitType, SearchIndex } from './search.js';
export * from './schema.js';
