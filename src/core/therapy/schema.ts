/**
 * Schemas of the therapy-planner data in data/therapy/. One JSON file per
 * record; the loader (src/data/therapy-files.ts) validates every file with
 * these schemas and then checks cross-references (source ids, ingredient ids).
 * Every record that states a medical fact names its sources by id.
 */
import { z } from 'zod';
import { doiSchema, nctSchema, pmidSchema, recordId } from '../evidence/schema.js';

export const THERAPY_SCHEMA_VERSION = 1;
const version = z.literal(THERAPY_SCHEMA_VERSION);
const sourceIds = z.array(recordId).min(1, 'at least one source id is required');
const mcg = z.number().int('doses are integer micrograms').positive().max(50_000);

export const SOURCE_STRENGTHS = ['primary', 'secondary', 'weak'] as const;
export const sourceSchema = z.strictObject({
  schemaVersion: version,
  id: recordId,
  citation: z.string().min(5),
  kind: z.enum(['label', 'guideline', 'trial', 'review', 'registry', 'database', 'practice']),
  /** primary = label, trial, guideline; secondary = review or expert page; weak = commercial, AI-written or lay page. */
  strength: z.enum(SOURCE_STRENGTHS),
  pmid: pmidSchema.optional(),
  pmcid: z
    .string()
    .regex(/^PMC\d{4,9}$/)
    .optional(),
  doi: doiSchema.optional(),
  nct: nctSchema.optional(),
  url: z.url().optional(),
  /** Honesty note, e.g. "figure quoted from memory; not confirmed against a stored copy". */
  note: z.string().optional(),
});
export type TherapySource = z.infer<typeof sourceSchema>;

export const DRUG_CLASSES = [
  'opioid_agonist',
  'opioid_partial_agonist',
  'opioid_mixed_agonist_antagonist',
  'peripheral_opioid_agonist',
  'opioid_antagonist',
  'immunosuppressant',
  'thyroid_hormone',
  'none',
] as const;
export type DrugClass = (typeof DRUG_CLASSES)[number];

export const ACTIONS = ['block', 'caution', 'info', 'ok'] as const;
export type ScreenAction = (typeof ACTIONS)[number];

export const WASHOUT_PROFILES = ['short-acting', 'long-acting', 'methadone', 'buprenorphine'] as const;
export type WashoutProfile = (typeof WASHOUT_PROFILES)[number];

const name = z.string().min(2).max(80);

export const productSchema = z.strictObject({
  name,
  /** Other ingredients of a combination product (ids of lexicon files); the file's own ingredient is implied. */
  with: z.array(recordId).optional(),
  /** Extended-release or depot forms lengthen the opioid washout. */
  release: z.enum(['immediate', 'extended']).optional(),
  /** Topical, eye or skin forms act locally; immunosuppressant cautions are softened for them. */
  route: z.enum(['systemic', 'topical']).optional(),
  regions: z.array(z.enum(['US', 'UK', 'EU', 'AU', 'NZ', 'CA', 'INT'])).optional(),
});
export type Product = z.infer<typeof productSchema>;

export const ingredientSchema = z.strictObject({
  schemaVersion: version,
  id: recordId,
  name,
  /** RxNorm ingredient concept id; null where we were not sure of it. */
  rxcui: z
    .string()
    .regex(/^\d{1,8}$/)
    .nullable(),
  class: z.enum(DRUG_CLASSES),
  /** Only for opioids: which washout rule applies when no release form is named. */
  washout: z.enum(WASHOUT_PROFILES).optional(),
  /** Generic names, INN/USAN spellings, salt forms. Misspellings are handled by fuzzy matching, not listed. */
  synonyms: z.array(name),
  products: z.array(productSchema),
  /** An ingredient-specific message that replaces or adds to the class rule. */
  note: z
    .strictObject({
      action: z.enum(ACTIONS).optional(),
      text: z.string().min(10),
      sources: sourceIds,
    })
    .optional(),
  sources: sourceIds,
});
export type Ingredient = z.infer<typeof ingredientSchema>;

export const classRuleSchema = z.strictObject({
  schemaVersion: version,
  id: z.enum(DRUG_CLASSES),
  action: z.enum(ACTIONS),
  reasons: z.array(z.string().min(10)).min(1),
  /** For topical products of this class (e.g. tacrolimus ointment). */
  topical: z.strictObject({ action: z.enum(ACTIONS), reason: z.string().min(10) }).optional(),
  sources: sourceIds,
});
export type ClassRule = z.infer<typeof classRuleSchema>;

export const SITUATIONS = [
  'surgery',
  'acute-pain',
  'pregnancy',
  'breastfeeding',
  'liver-disease',
  'organ-transplant',
  'opioid-use-disorder-treatment',
  'thyroid-replacement-hashimoto',
] as const;
export type SituationId = (typeof SITUATIONS)[number];

export const situationRuleSchema = z.strictObject({
  schemaVersion: version,
  id: z.enum(SITUATIONS),
  name,
  action: z.enum(ACTIONS),
  /** Lower-case phrases that signal the situation; matched after the same normalisation as drug names. */
  phrases: z.array(z.string().min(2)).min(1),
  reasons: z.array(z.string().min(10)).min(1),
  /** When to pause and when to restart LDN, where the sources say. */
  pause: z.string().min(10).optional(),
  restart: z.string().min(10).optional(),
  sources: sourceIds,
});
export type SituationRule = z.infer<typeof situationRuleSchema>;

export const washoutRuleSchema = z.strictObject({
  schemaVersion: version,
  id: z.enum(WASHOUT_PROFILES),
  minDays: z.number().int().min(0).max(365),
  maxDays: z.number().int().min(0).max(365).nullable(),
  advice: z.string().min(20),
  sources: sourceIds,
});
export type WashoutRule = z.infer<typeof washoutRuleSchema>;

/** Statements the screen makes on its own account (not tied to one drug class or situation), each with its sources. */
export const NOTICES = ['hidden-opioids'] as const;
export type NoticeId = (typeof NOTICES)[number];

export const noticeRuleSchema = z.strictObject({
  schemaVersion: version,
  id: z.enum(NOTICES),
  /** The fact the sources back, in plain words; the reasons below are how the screen says it. */
  fact: z.string().min(20),
  reasons: z.strictObject({
    /** The whole reason given on a line that names nothing the screen knows. */
    unrecognized: z.string().min(10),
    /** Said after "Read as saying there is no <medicine> here ..." on a line such as "codeine-free". */
    absent: z.string().min(10),
  }),
  sources: sourceIds,
});
export type NoticeRule = z.infer<typeof noticeRuleSchema>;

const steppedFields = {
  schemaVersion: version,
  id: recordId,
  name,
  description: z.string().min(20),
  notes: z.array(z.string().min(10)),
  sources: sourceIds,
};

export const protocolSchema = z.discriminatedUnion('kind', [
  z.strictObject({
    ...steppedFields,
    kind: z.literal('stepped'),
    band: z.enum(['low', 'very-low']),
    /** 'supervised' = only used in trials under clinical supervision; the plan carries a warning. */
    setting: z.enum(['self', 'supervised']),
    startMcg: mcg,
    stepMcg: mcg,
    intervalDays: z.number().int().min(1).max(365),
    targetMcg: mcg,
    maxMcg: mcg,
  }),
  z.strictObject({ ...steppedFields, kind: z.literal('custom') }),
  /** A dose band documented for reference that cannot be scheduled (e.g. ultra-low, below 1 µg). */
  z.strictObject({ ...steppedFields, kind: z.literal('reference-only'), band: z.literal('ultra-low') }),
]);
export type Protocol = z.infer<typeof protocolSchema>;

export const adviceSchema = z.strictObject({
  schemaVersion: version,
  id: recordId,
  kind: z.enum(['timing', 'side-effect']),
  title: z.string().min(3),
  /** What the person notices, for side-effect rules. */
  trigger: z.string().min(3).optional(),
  action: z.enum(['take-at-bedtime', 'switch-to-morning', 'hold-step', 'step-back', 'stop-and-seek-care', 'monitor']),
  text: z.string().min(20),
  /**
   * Keys of the journal's side-effect checklist (src/core/journal/side-effects.ts) this advice answers, so the
   * journal's insights can point to it; the loader rejects a key the checklist does not have.
   */
  journalSideEffects: z.array(z.string().min(1)).min(1).optional(),
  sources: sourceIds,
});
export type Advice = z.infer<typeof adviceSchema>;

export const compoundingSchema = z.discriminatedUnion('kind', [
  z.strictObject({
    schemaVersion: version,
    kind: z.literal('beyond-use'),
    id: recordId,
    preparation: z.enum(['aqueous-unpreserved', 'aqueous-preserved']),
    days: z.number().int().positive().max(365),
    storage: z.string().min(5),
    text: z.string().min(20),
    sources: sourceIds,
  }),
  z.strictObject({
    schemaVersion: version,
    kind: z.literal('filler'),
    id: recordId,
    name,
    verdict: z.enum(['preferred', 'acceptable', 'avoid']),
    text: z.string().min(10),
    sources: sourceIds,
  }),
  z.strictObject({
    schemaVersion: version,
    kind: z.literal('cost'),
    id: recordId,
    form: z.enum(['liquid', 'capsule', 'sublingual']),
    /** US cents per daily dose, as the source states it. */
    perDoseCents: z.strictObject({ min: z.number().int().nonnegative(), max: z.number().int().nonnegative() }),
    currency: z.literal('USD'),
    text: z.string().min(10),
    sources: sourceIds,
  }),
  z.strictObject({
    schemaVersion: version,
    kind: z.literal('warning'),
    id: recordId,
    text: z.string().min(10),
    sources: sourceIds,
  }),
]);
export type CompoundingRecord = z.infer<typeof compoundingSchema>;

/** Everything the therapy core needs, already parsed and cross-checked by the loader. */
export interface TherapyData {
  readonly sources: readonly TherapySource[];
  readonly lexicon: Lexicon;
  readonly rules: ScreenRules;
  readonly protocols: readonly Protocol[];
  readonly advice: readonly Advice[];
  readonly compounding: readonly CompoundingRecord[];
}

export interface Lexicon {
  readonly ingredients: readonly Ingredient[];
}

export interface ScreenRules {
  readonly classes: readonly ClassRule[];
  readonly situations: readonly SituationRule[];
  readonly washout: readonly WashoutRule[];
  /** Keyed by id: the loader requires every notice, so the screen never runs without one. */
  readonly notices: Readonly<Record<NoticeId, NoticeRule>>;
  readonly sources: readonly TherapySource[];
}
