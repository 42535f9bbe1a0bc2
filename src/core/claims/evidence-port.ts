/**
 * What the claim checker needs from the evidence atlas, and nothing more.
 * The checker never reads the corpus itself: it asks this port.
 * `evidenceFromAtlas` (atlas-adapter.ts) implements it over the real atlas;
 * tests build a small atlas from invented records (src/core/evidence/fixtures.ts).
 */
import type { BestDirection } from '../evidence/grading.js';
import type { Condition, Grade, Study } from '../evidence/schema.js';

/** The parts of a condition record the checker uses to find mentions in text. */
export type ConditionView = Pick<Condition, 'id' | 'name' | 'synonyms' | 'abbreviations' | 'parent'>;

/** The parts of a study record used to resolve references and explain verdicts. */
export type StudyView = Pick<Study, 'id' | 'citation' | 'ids' | 'design' | 'n' | 'population' | 'direction' | 'conditions' | 'outcomes'>;

/** The atlas's judgement of one condition. */
export interface GradeView {
  readonly grade: Grade;
  /** Which way the best evidence points; 'none' when nothing in people says. */
  readonly direction: BestDirection;
  /** Shown to the reader; the atlas's own words. */
  readonly rationale: string;
  /** E.g. 'open-label-positive-controlled-null'. */
  readonly flags: readonly string[];
  /** Ids of the studies that decided grade and direction, strongest first. */
  readonly decidingStudies: readonly string[];
}

export interface EvidencePort {
  /** Every condition the atlas knows, with names, synonyms and abbreviations. */
  conditions(): readonly ConditionView[];
  /** Every study record. */
  studies(): readonly StudyView[];
  /** Studies bearing on one condition (its own and those of its more specific forms). */
  studiesFor(conditionId: string): readonly StudyView[];
  /** The grade of one condition, or undefined when the atlas has none. */
  grade(conditionId: string): GradeView | undefined;
}
