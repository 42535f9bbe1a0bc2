/**
 * n-of-1 trial shapes. The allow-lists are the blinding: `trialSchema` and
 * `trialStatusSchema` have no field for an arm, a pharmacist code or the seed, so
 * `allow()` strips them even if a caller passes them by mistake. Only
 * `pharmacistSheetSchema` and `trialAnalysisSchema` carry arms.
 */
import { z } from 'zod';
import { localDateString } from './common.js';

const number = z.number();
const arm = z.enum(['A', 'B']);

export const trialIdParamSchema = z.object({ id: z.string().min(1).max(64) });

/**
 * Numbers are checked by the core (designTrial), not here, so a too-short design
 * is refused with its LDN_TRIAL_* code and the field it concerns.
 */
export const createTrialRequestSchema = z
  .object({
    comparison: z.discriminatedUnion('kind', [
      z.object({ kind: z.literal('placebo') }).strict(),
      z.object({ kind: z.literal('doses'), aMg: z.union([number, z.string()]), bMg: z.union([number, z.string()]) }).strict(),
    ]),
    pairs: number,
    periodDays: number,
    washoutDays: number,
    start: z.string(),
    primaryOutcome: z.string(),
    mcid: number,
    /** Defaults to the journal scale's direction (pain: false; mood: true). */
    higherIsBetter: z.boolean().optional(),
    /**
     * Leave out: the server draws one. A seed the patient chose is a seed the
     * patient can replay, which unblinds them; it is accepted for pharmacist-run trials.
     */
    seed: z.union([number, z.string()]).optional(),
  })
  .strict()
  .meta({ id: 'TrialCreate' });

const schedulePeriod = z.object({
  period: z.number().int(),
  start: localDateString,
  end: localDateString,
  washoutEnd: localDateString.nullable(),
  analysisStart: localDateString,
});

/** What the blinded person sees: period numbers and dates, never an arm, a code or the seed. */
export const trialSchema = z
  .object({
    id: z.string(),
    status: z.enum(['sealed', 'unblinded']),
    createdAt: z.string(),
    comparison: z.string(),
    pairs: z.number().int(),
    periodDays: z.number().int(),
    washoutDays: z.number().int(),
    start: localDateString,
    end: localDateString,
    primaryOutcome: z.string(),
    mcid: number,
    higherIsBetter: z.boolean(),
    schedule: z.array(schedulePeriod),
  })
  .meta({ id: 'Trial' });

export const designWarningSchema = z.object({ code: z.string(), message: z.string() });
export const trialCreatedSchema = z.object({ trial: trialSchema, warnings: z.array(designWarningSchema) }).meta({ id: 'TrialCreated' });
export const trialListSchema = z.object({ trials: z.array(trialSchema) }).meta({ id: 'TrialList' });

const unblindingSchema = z.object({
  who: z.enum(['patient', 'clinician']),
  kind: z.enum(['end', 'emergency']),
  reason: z.string(),
  at: z.string(),
});

export const trialStatusSchema = z
  .object({
    trial: trialSchema,
    phase: z.enum(['not_started', 'running', 'finished']),
    currentPeriod: z.number().int().nullable(),
    today: localDateString,
    periods: z.array(
      schedulePeriod.extend({
        state: z.enum(['upcoming', 'current', 'done']),
        analysableDays: z.number().int(),
        elapsedAnalysableDays: z.number().int(),
        logged: z.number().int(),
        tooUnwell: z.number().int(),
        missing: z.number().int(),
        adherence: number.nullable(),
      }),
    ),
    totals: z.object({
      analysableDays: z.number().int(),
      elapsedAnalysableDays: z.number().int(),
      logged: z.number().int(),
      tooUnwell: z.number().int(),
      missing: z.number().int(),
      adherence: number.nullable(),
    }),
    warnings: z.array(z.object({ code: z.string(), message: z.string(), period: z.number().int().optional() })),
    unblindings: z.array(unblindingSchema),
    sheetReleases: z.number().int(),
  })
  .meta({ id: 'TrialStatus' });

export const pharmacistSheetRequestSchema = z
  .object({
    /** The person confirms the sheet goes to the pharmacist (or clinician) unread. */
    handingToPharmacist: z.literal(true, 'confirm that you are handing the sheet to the pharmacist unread'),
  })
  .strict()
  .meta({ id: 'PharmacistSheetRequest' });

export const pharmacistSheetSchema = z
  .object({
    trialId: z.string(),
    comparison: z.string(),
    armLabels: z.object({ A: z.string(), B: z.string() }),
    seed: z.number().int(),
    periods: z.array(
      z.object({
        period: z.number().int(),
        pair: z.number().int(),
        start: localDateString,
        end: localDateString,
        code: z.string(),
        arm,
        armLabel: z.string(),
      }),
    ),
    instructions: z.array(z.string()),
    releases: z.number().int(),
  })
  .meta({ id: 'PharmacistSheet' });

export const unblindRequestSchema = z
  .object({
    who: z.enum(['patient', 'clinician']),
    kind: z.enum(['end', 'emergency']),
    reason: z.string().trim().min(1, 'give a reason for unblinding').max(2000),
  })
  .strict()
  .meta({ id: 'TrialUnblind' });

export const unblindResponseSchema = z
  .object({ trial: trialSchema, unblindings: z.array(unblindingSchema) })
  .meta({ id: 'TrialUnblinded' });

const interval = z.tuple([number, number]);

export const trialAnalysisSchema = z
  .object({
    direction: z.enum(['higher_is_better', 'lower_is_better']),
    mcid: number,
    armLabels: z.object({ A: z.string(), B: z.string() }).optional(),
    periods: z.array(
      z.object({
        period: z.number().int(),
        pair: z.number().int(),
        arm: arm.nullable(),
        start: z.string().nullable(),
        end: z.string().nullable(),
        analysisStart: z.string().nullable(),
        analysableDays: z.number().int(),
        logged: z.number().int(),
        tooUnwell: z.number().int(),
        missing: z.number().int(),
        washoutRowsExcluded: z.number().int(),
        mean: number.nullable(),
        sd: number.nullable(),
      }),
    ),
    pairs: z.array(
      z.object({
        pair: z.number().int(),
        periodA: z.number().int().nullable(),
        periodB: z.number().int().nullable(),
        difference: number.nullable(),
      }),
    ),
    pairsAnalysed: z.number().int(),
    meanDifference: number,
    benefitOfA: number,
    sdDifference: number,
    df: z.number().int(),
    ci95: interval,
    randomizationP: number,
    randomizationMethod: z.enum(['exact', 'monte-carlo']),
    smallestAttainableP: number,
    prior: z.object({ mean: number, sd: number, source: z.string() }),
    posterior: z.object({ mean: number, sd: number, ci95: interval }),
    posteriorProbAboveMcid: number,
    sensitivity: z.object({
      worstValue: number,
      bestValue: number,
      scenarios: z.array(
        z.object({
          name: z.string(),
          description: z.string(),
          imputedDays: z.number().int(),
          meanDifference: number,
          ci95: interval,
          randomizationP: number,
        }),
      ),
    }),
    warnings: z.array(z.object({ code: z.string(), message: z.string(), period: z.number().int().optional() })),
    /** The result in plain words, as the report words it. */
    headline: z.string(),
    clearDifference: z.boolean(),
    notice: z.string(),
  })
  .meta({ id: 'TrialAnalysis' });

export const analyzeCsvRequestSchema = z
  .object({
    csv: z.string().min(1).max(500_000),
    mcid: number,
    higherIsBetter: z.boolean().default(false),
    washoutDays: z.number().int().min(0).max(90).default(0),
  })
  .strict()
  .meta({ id: 'TrialAnalyzeCsv' });

export type CreateTrialRequest = z.input<typeof createTrialRequestSchema>;
export type TrialResponse = z.infer<typeof trialSchema>;
export type TrialCreatedResponse = z.infer<typeof trialCreatedSchema>;
export type TrialStatusResponse = z.infer<typeof trialStatusSchema>;
export type PharmacistSheetResponse = z.infer<typeof pharmacistSheetSchema>;
export type TrialAnalysisResponse = z.infer<typeof trialAnalysisSchema>;
