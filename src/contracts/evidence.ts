/**
 * Response shapes of the evidence atlas API (conditions, studies, sources, search).
 * Every shape is an allow-list: `allow()` strips fields the core adds later
 * (`schemaVersion`, internal bookkeeping) until they are named here. Every response
 * that carries medical content has the off-label / not-medical-advice `notice`.
 */
import { z } from 'zod';
import { GRADE_FLAGS } from '../core/evidence/grading.js';
import {
  CLAIM_STRENGTHS,
  CLAIM_TYPES,
  CONDITION_CATEGORIES,
  DIRECTIONS,
  GRADES,
  STUDY_DESIGNS,
  VERDICTS,
} from '../core/evidence/schema.js';

const grade = z.enum(GRADES);
const bestDirection = z.enum(['positive', 'null', 'mixed', 'none']);
const notice = z.string().meta({ description: 'LDN is off-label; this is information, not medical advice.' });

export const evidenceIdParamSchema = z.object({ id: z.string().min(1).max(120) });

export const studyListQuerySchema = z.object({
  condition: z.string().min(1).max(120).optional().meta({ description: 'A condition id; its more specific forms are included.' }),
  design: z.enum(STUDY_DESIGNS).optional(),
  direction: z.enum(DIRECTIONS).optional(),
});

export const searchQuerySchema = z.object({
  q: z.string().max(200).meta({ description: 'Words to find in conditions, studies and claims; typos and abbreviations allowed.' }),
  limit: z.coerce.number().int().min(1).max(50).optional().meta({ description: 'At most this many results (default 20).' }),
});

// ---- studies ----

const studyRefSchema = z.object({
  id: z.string(),
  label: z.string(),
  design: z.enum(STUDY_DESIGNS),
  n: z.number().int().nullable(),
  direction: z.enum(DIRECTIONS),
});

export const effectSchema = z.object({
  kind: z.enum(['mean-difference', 'standardized-mean-difference', 'risk-ratio', 'odds-ratio', 'risk-difference']),
  value: z.number(),
  ciLow: z.number().optional(),
  ciHigh: z.number().optional(),
  lowerIsBetter: z.boolean(),
  unit: z.string().optional(),
});

export const evidenceStudySchema = z
  .object({
    id: z.string(),
    /** "Bruun 2024": first author and year. */
    label: z.string(),
    citation: z.object({
      authors: z.string(),
      title: z.string().optional(),
      journal: z.string().optional(),
      year: z.number().int(),
      details: z.string().optional(),
    }),
    ids: z.object({
      pmid: z.string().optional(),
      doi: z.string().optional(),
      nct: z.string().optional(),
      other: z.array(z.string()).optional(),
    }),
    design: z.enum(STUDY_DESIGNS),
    n: z.number().int().nullable(),
    population: z.string(),
    dose: z.object({ regimen: z.string(), minMg: z.number().optional(), maxMg: z.number().optional() }),
    duration: z.string().nullable(),
    comparator: z.string().nullable(),
    outcomes: z.array(
      z.object({
        measure: z.string(),
        primary: z.boolean(),
        result: z.string(),
        direction: z.enum(DIRECTIONS),
        effect: effectSchema.optional(),
      }),
    ),
    direction: z.enum(DIRECTIONS),
    adverseEvents: z.string(),
    conditions: z.array(z.string()),
    sourceUrls: z.array(z.string()),
    caveats: z.string().optional(),
  })
  .meta({ id: 'EvidenceStudy' });
export type EvidenceStudyResponse = z.infer<typeof evidenceStudySchema>;

export const studyListSchema = z.object({ studies: z.array(evidenceStudySchema), notice }).meta({ id: 'EvidenceStudyList' });
export type StudyListResponse = z.infer<typeof studyListSchema>;

const conditionRefSchema = z.object({ id: z.string(), name: z.string() });

export const studyDetailSchema = z
  .object({ study: evidenceStudySchema, conditions: z.array(conditionRefSchema), notice })
  .meta({ id: 'EvidenceStudyDetail' });
export type StudyDetailResponse = z.infer<typeof studyDetailSchema>;

// ---- claims and sources ----

export const evidenceClaimSchema = z
  .object({
    id: z.string(),
    sourceId: z.string(),
    sourceTitle: z.string(),
    /** Our paraphrase, never the article's sentence. */
    paraphrase: z.string(),
    conditions: z.array(z.string()),
    type: z.enum(CLAIM_TYPES),
    strength: z.enum(CLAIM_STRENGTHS),
    studies: z.array(z.string()),
    verdict: z.enum(VERDICTS),
    reason: z.string(),
  })
  .meta({ id: 'EvidenceClaim' });
export type EvidenceClaimResponse = z.infer<typeof evidenceClaimSchema>;

const sourceFields = z.object({
  id: z.string(),
  title: z.string(),
  publisher: z.string(),
  author: z.string().optional(),
  date: z.string(),
  seedFile: z.string().optional(),
  summary: z.string(),
  claimCount: z.number().int(),
});

export const sourceListSchema = z.object({ sources: z.array(sourceFields), notice }).meta({ id: 'EvidenceSourceList' });
export type SourceListResponse = z.infer<typeof sourceListSchema>;

export const sourceDetailSchema = z
  .object({ source: sourceFields, claims: z.array(evidenceClaimSchema), notice })
  .meta({ id: 'EvidenceSourceDetail' });
export type SourceDetailResponse = z.infer<typeof sourceDetailSchema>;

// ---- conditions ----

export const conditionSummarySchema = z.object({
  id: z.string(),
  name: z.string(),
  category: z.enum(CONDITION_CATEGORIES),
  parent: z.string().optional(),
  synonyms: z.array(z.string()),
  abbreviations: z.array(z.string()),
  grade,
  /** True when the editors set the grade by hand (see the condition's override reason). */
  overridden: z.boolean(),
  controlledTrials: z.number().int(),
  direction: bestDirection,
  flags: z.array(z.enum(GRADE_FLAGS)),
  studyCount: z.number().int(),
});
export type ConditionSummary = z.infer<typeof conditionSummarySchema>;

export const conditionListSchema = z.object({ conditions: z.array(conditionSummarySchema), notice }).meta({ id: 'EvidenceConditionList' });
export type ConditionListResponse = z.infer<typeof conditionListSchema>;

const outcomeGradeSchema = z.object({
  measure: z.string(),
  grade,
  direction: bestDirection,
  studies: z.array(studyRefSchema),
  rationale: z.string(),
});

export const conditionDetailSchema = z
  .object({
    condition: z.object({
      id: z.string(),
      name: z.string(),
      category: z.enum(CONDITION_CATEGORIES),
      parent: conditionRefSchema.optional(),
      children: z.array(conditionRefSchema),
      synonyms: z.array(z.string()),
      abbreviations: z.array(z.string()),
      codes: z.object({ snomedCt: z.string().optional(), icd10: z.string().optional() }),
      summary: z.string(),
      dosesStudied: z.array(z.string()),
      outcomeMeasures: z.array(z.string()),
    }),
    grade: z.object({
      grade,
      derivedGrade: grade,
      /** Present only when the editors overrode the derived grade. */
      override: z.object({ grade, reason: z.string() }).optional(),
      direction: bestDirection,
      controlledTrials: z.number().int(),
      flags: z.array(z.enum(GRADE_FLAGS)),
      rationale: z.string(),
      outcomes: z.array(outcomeGradeSchema),
      decidingStudies: z.array(studyRefSchema),
    }),
    studies: z.array(evidenceStudySchema),
    claims: z.array(evidenceClaimSchema),
    notice,
  })
  .meta({ id: 'EvidenceConditionDetail' });
export type ConditionDetailResponse = z.infer<typeof conditionDetailSchema>;

// ---- search ----

export const searchResultSchema = z
  .object({
    results: z.array(
      z.object({
        type: z.enum(['condition', 'study', 'claim']),
        id: z.string(),
        title: z.string(),
        score: z.number(),
        /** Claims only: the article the claim was read in, whose page lists it. */
        sourceId: z.string().optional(),
      }),
    ),
    notice,
  })
  .meta({ id: 'EvidenceSearchResult' });
export type SearchResultResponse = z.infer<typeof searchResultSchema>;
