/**
 * Schemas of the evidence corpus in data/evidence/. Each record is one JSON
 * file; the same schemas validate the files at start-up, in tests and at the
 * API boundary. Bump `schemaVersion` and add an upgrade function when a shape changes.
 */
import { z } from 'zod';

export const CORPUS_SCHEMA_VERSION = 1;

export const recordId = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be kebab-case: lower-case letters, digits and single hyphens');

/** PubMed ids are 1-9 digit integers without leading zeros. */
export const pmidSchema = z.string().regex(/^[1-9]\d{0,8}$/, 'a PMID is 1 to 9 digits with no leading zero');
/** DOI syntax per the DOI Handbook §2.2: prefix "10." + registrant, "/", suffix. */
export const doiSchema = z.string().regex(/^10\.\d{4,9}\/\S+$/, 'a DOI looks like 10.1234/suffix');
/** ClinicalTrials.gov ids are "NCT" and eight digits. */
export const nctSchema = z.string().regex(/^NCT\d{8}$/, 'an NCT id is NCT followed by eight digits');

export const CONDITION_CATEGORIES = [
  'pain',
  'gastrointestinal',
  'neurological',
  'autoimmune',
  'cancer',
  'infectious',
  'psychiatric',
  'developmental',
  'dermatological',
  'substance-use',
  'post-viral',
  'other',
] as const;

export const GRADES = ['A', 'B', 'C', 'D', 'P', 'I'] as const;
export type Grade = (typeof GRADES)[number];

export const conditionSchema = z.strictObject({
  schemaVersion: z.literal(CORPUS_SCHEMA_VERSION),
  id: recordId,
  name: z.string().min(2),
  synonyms: z.array(z.string().min(1)),
  abbreviations: z.array(z.string().min(1)),
  category: z.enum(CONDITION_CATEGORIES),
  /** Parent condition for a specific form, e.g. pancreatic-cancer -> cancer. */
  parent: recordId.optional(),
  codes: z.strictObject({
    snomedCt: z
      .string()
      .regex(/^\d{6,18}$/)
      .optional(),
    icd10: z
      .string()
      .regex(/^[A-Z]\d{2}(\.[0-9A-Z]{1,4})?$/)
      .optional(),
  }),
  /** Own words; no sentence copied from any article. */
  summary: z.string().min(40),
  dosesStudied: z.array(z.string()),
  outcomeMeasures: z.array(z.string()),
  /** A hand-set grade must say why; the reason is shown to users. */
  gradeOverride: z.strictObject({ grade: z.enum(GRADES), reason: z.string().min(20) }).optional(),
});
export type Condition = z.infer<typeof conditionSchema>;

/** Ordered from strongest design to weakest; the grading rule relies on this order. */
export const STUDY_DESIGNS = [
  'meta-analysis',
  'systematic-review',
  'rct',
  'rct-crossover',
  'controlled-trial',
  'single-blind-placebo',
  'open-label',
  'cohort',
  'retrospective',
  'case-series',
  'case-report',
  'narrative-review',
  'animal',
  'in-vitro',
  'registration',
] as const;
export type StudyDesign = (typeof STUDY_DESIGNS)[number];

export const DIRECTIONS = ['positive', 'null', 'negative', 'mixed', 'not-applicable'] as const;
export type Direction = (typeof DIRECTIONS)[number];

export const effectSchema = z.strictObject({
  kind: z.enum(['mean-difference', 'standardized-mean-difference', 'risk-ratio', 'odds-ratio', 'risk-difference']),
  /** Negative favours LDN when lower is better; see `lowerIsBetter`. */
  value: z.number(),
  ciLow: z.number().optional(),
  ciHigh: z.number().optional(),
  lowerIsBetter: z.boolean(),
  unit: z.string().optional(),
});

export const outcomeSchema = z.strictObject({
  measure: z.string().min(2),
  primary: z.boolean(),
  /** Numbers exactly as the source reports them. */
  result: z.string().min(2),
  direction: z.enum(DIRECTIONS),
  effect: effectSchema.optional(),
});

export const studySchema = z
  .strictObject({
    schemaVersion: z.literal(CORPUS_SCHEMA_VERSION),
    id: recordId,
    citation: z.strictObject({
      authors: z.string().min(2),
      title: z.string().optional(),
      journal: z.string().optional(),
      year: z.number().int().min(1950).max(2030),
      details: z.string().optional(),
    }),
    ids: z.strictObject({
      pmid: pmidSchema.optional(),
      doi: doiSchema.optional(),
      nct: nctSchema.optional(),
      other: z.array(z.string()).optional(),
    }),
    design: z.enum(STUDY_DESIGNS),
    n: z.number().int().nonnegative().nullable(),
    population: z.string(),
    dose: z.strictObject({
      regimen: z.string(),
      minMg: z.number().nonnegative().optional(),
      maxMg: z.number().nonnegative().optional(),
    }),
    duration: z.string().nullable(),
    comparator: z.string().nullable(),
    outcomes: z.array(outcomeSchema),
    direction: z.enum(DIRECTIONS),
    adverseEvents: z.string(),
    conditions: z.array(recordId).min(1),
    /** Where the facts were read. */
    sourceUrls: z.array(z.string().url()).min(1),
    /** Anything taken from memory and not checked against a source says so here. */
    caveats: z.string().optional(),
  })
  .refine((s) => s.ids.pmid ?? s.ids.doi ?? s.ids.nct, {
    message: 'a study needs at least one of ids.pmid, ids.doi or ids.nct',
    path: ['ids'],
  });
export type Study = z.infer<typeof studySchema>;

export const sourceSchema = z.strictObject({
  schemaVersion: z.literal(CORPUS_SCHEMA_VERSION),
  id: recordId,
  title: z.string().min(2),
  publisher: z.string().min(2),
  author: z.string().optional(),
  /** YYYY, YYYY-MM or YYYY-MM-DD, as precise as the article says. */
  date: z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/),
  /** File name under shared/seeds/ when the source is one of the seeds. */
  seedFile: z
    .string()
    .regex(/^[\w.-]+\.txt$/)
    .optional(),
  summary: z.string().min(20),
});
export type Source = z.infer<typeof sourceSchema>;

export const CLAIM_TYPES = ['efficacy', 'safety', 'dose', 'mechanism', 'cost', 'study-result'] as const;
/** From the most sweeping wording ("cures", "all patients") down to neutral reporting. */
export const CLAIM_STRENGTHS = ['absolute', 'strong', 'moderate', 'hedged', 'neutral'] as const;
export const VERDICTS = ['supported', 'partly-supported', 'overstated', 'unsupported', 'contradicted', 'not-assessable'] as const;
export type Verdict = (typeof VERDICTS)[number];

export const claimSchema = z.strictObject({
  schemaVersion: z.literal(CORPUS_SCHEMA_VERSION),
  id: recordId,
  sourceId: recordId,
  /** Own words; never the article's sentence. */
  paraphrase: z.string().min(15),
  conditions: z.array(recordId),
  type: z.enum(CLAIM_TYPES),
  strength: z.enum(CLAIM_STRENGTHS),
  studies: z.array(recordId),
  verdict: z.enum(VERDICTS),
  reason: z.string().min(15),
});
export type Claim = z.infer<typeof claimSchema>;
