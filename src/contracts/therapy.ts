/**
 * Request and response shapes of the therapy planner API. Requests are loose
 * where the core checks more precisely (doses, dates), so a bad dose gets the
 * core's own code (LDN_DOSE_OUT_OF_RANGE, LDN_DATE_INVALID...) naming the field.
 * Responses are allow-lists: anything the core adds later stays out until named here.
 */
import { z } from 'zod';
import { ACTIONS, DRUG_CLASSES, SITUATIONS, SOURCE_STRENGTHS, WASHOUT_PROFILES } from '../core/therapy/schema.js';

/** A number of mg (or mL) as a JSON number or a decimal string such as "4.5". */
const amount = z.union([z.number(), z.string().max(24)]).meta({ example: 4.5 });

export const sourceRefSchema = z
  .object({
    id: z.string(),
    citation: z.string(),
    strength: z.enum(SOURCE_STRENGTHS),
    pmid: z.string().optional(),
    pmcid: z.string().optional(),
    doi: z.string().optional(),
    nct: z.string().optional(),
    url: z.string().optional(),
    note: z.string().optional(),
  })
  .meta({ id: 'TherapySource' });
export type SourceRefResponse = z.infer<typeof sourceRefSchema>;

// ---- screen ----

export const screenRequestSchema = z
  .object({
    lines: z.array(z.string()).optional().meta({ description: 'One medicine or situation per line.' }),
    text: z.string().optional().meta({ description: 'The same, as one text split on line breaks.' }),
  })
  .refine((b) => (b.lines === undefined) !== (b.text === undefined), {
    message: 'give either lines or text (exactly one)',
    path: ['lines'],
  })
  .meta({ id: 'ScreenRequest', example: { lines: ['Percocet 5/325', 'levothyroxine 50 mcg'] } });

export const screenLineSchema = z
  .object({
    line: z.number().int(),
    input: z.string(),
    status: z.enum(['recognized', 'unrecognized']),
    ingredients: z.array(z.object({ name: z.string(), rxcui: z.string().nullable(), class: z.enum(DRUG_CLASSES) })),
    situations: z.array(z.enum(SITUATIONS)),
    class: z.enum(DRUG_CLASSES),
    action: z.enum(ACTIONS),
    washout: z
      .object({
        profile: z.enum(WASHOUT_PROFILES),
        minDays: z.number().int(),
        maxDays: z.number().int().nullable(),
        advice: z.string(),
        sources: z.array(sourceRefSchema),
      })
      .nullable(),
    reasons: z.array(z.string()),
    sources: z.array(sourceRefSchema),
  })
  .meta({ id: 'ScreenLine' });
export type ScreenLineResponse = z.infer<typeof screenLineSchema>;

export const screenResultSchema = z
  .object({
    results: z.array(screenLineSchema),
    summary: z.object({
      block: z.number().int(),
      caution: z.number().int(),
      info: z.number().int(),
      ok: z.number().int(),
      unrecognized: z.number().int(),
    }),
    highestAction: z.enum(ACTIONS),
    notice: z.string(),
  })
  .meta({ id: 'ScreenResult' });
export type ScreenResultResponse = z.infer<typeof screenResultSchema>;

// ---- protocols ----

export const protocolListSchema = z
  .object({
    protocols: z.array(
      z.object({
        id: z.string(),
        kind: z.enum(['stepped', 'custom', 'reference-only']),
        name: z.string(),
        description: z.string(),
        notes: z.array(z.string()),
        /** false for reference-only bands that cannot be scheduled. */
        schedulable: z.boolean(),
        band: z.enum(['low', 'very-low', 'ultra-low']).optional(),
        setting: z.enum(['self', 'supervised']).optional(),
        startMg: z.number().optional(),
        stepMg: z.number().optional(),
        intervalDays: z.number().int().optional(),
        targetMg: z.number().optional(),
        maxMg: z.number().optional(),
        sources: z.array(sourceRefSchema),
      }),
    ),
    notice: z.string(),
  })
  .meta({ id: 'ProtocolList' });
export type ProtocolListResponse = z.infer<typeof protocolListSchema>;

// ---- plan ----

export const planFormSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('mg') }),
  z.object({ kind: z.literal('liquid'), concentrationMgPerMl: amount.optional(), syringeStepMl: amount.optional() }),
  z.object({ kind: z.literal('capsule'), strengthsMg: z.array(amount).max(20).optional() }),
]);

export const planRequestSchema = z
  .object({
    protocolId: z.string().min(1).max(80),
    startDate: z.string().max(40).meta({ description: 'First day, YYYY-MM-DD.', example: '2026-03-02' }),
    durationDays: z.number().optional(),
    form: planFormSchema.optional(),
    custom: z
      .object({ startMg: amount, stepMg: amount, intervalDays: z.number(), targetMg: amount, maxMg: amount })
      .optional()
      .meta({ description: 'Required when protocolId is "custom".' }),
  })
  .meta({ id: 'PlanRequest', example: { protocolId: 'start-low', startDate: '2026-03-02', form: { kind: 'mg' } } });
export type PlanRequest = z.infer<typeof planRequestSchema>;

const adviceItemSchema = z.object({
  id: z.string(),
  title: z.string(),
  trigger: z.string().optional(),
  action: z.string(),
  text: z.string(),
  sources: z.array(sourceRefSchema),
});

export const planResponseSchema = z
  .object({
    protocol: z.object({
      id: z.string(),
      name: z.string(),
      description: z.string(),
      notes: z.array(z.string()),
      setting: z.enum(['self', 'supervised']),
    }),
    parameters: z.object({
      startMg: z.number(),
      stepMg: z.number(),
      intervalDays: z.number().int(),
      targetMg: z.number(),
      maxMg: z.number(),
    }),
    startDate: z.string(),
    endDate: z.string(),
    durationDays: z.number().int(),
    targetReachedOn: z.string().nullable(),
    form: z.discriminatedUnion('kind', [
      z.object({ kind: z.literal('mg') }),
      z.object({ kind: z.literal('liquid'), concentrationMgPerMl: z.string(), syringeStepMl: z.number() }),
      z.object({ kind: z.literal('capsule'), strengthsMg: z.array(z.number()).nullable() }),
    ]),
    steps: z.array(
      z.object({
        index: z.number().int(),
        from: z.string(),
        to: z.string(),
        days: z.number().int(),
        doseMg: z.number(),
        doseMl: z.number().optional(),
        roundingNote: z.string().optional(),
        capsules: z.array(z.object({ strengthMg: z.number(), count: z.number().int() })).optional(),
        label: z.string(),
      }),
    ),
    days: z.array(
      z.object({ date: z.string(), day: z.number().int(), step: z.number().int(), doseMg: z.number(), doseMl: z.number().optional() }),
    ),
    timing: z.array(adviceItemSchema),
    sideEffectRules: z.array(adviceItemSchema),
    notices: z.array(z.string()),
    sources: z.array(sourceRefSchema),
  })
  .meta({ id: 'Plan' });
export type PlanResponse = z.infer<typeof planResponseSchema>;

export const PLAN_EXPORT_FORMATS = ['ics', 'csv', 'html'] as const;
export type PlanExportFormat = (typeof PLAN_EXPORT_FORMATS)[number];
export const planFormatQuerySchema = z.object({
  format: z.enum(PLAN_EXPORT_FORMATS).optional().meta({ description: 'Return an export instead of JSON.' }),
  disposition: z
    .enum(['attachment', 'inline'])
    .optional()
    .meta({ description: 'inline shows the printable page in the browser; attachment (default) downloads it.' }),
});
/**
 * GET form of the exports, so a plain link can download a calendar or open the printable page:
 * the plan request travels as JSON text in `plan`. Nothing is stored, so a GET is safe.
 */
export const planExportQuerySchema = z.object({
  plan: z.string().max(4000).meta({ description: 'The plan request (PlanRequest) as JSON text.' }),
  disposition: planFormatQuerySchema.shape.disposition,
});

// ---- compounding ----

const guidanceSchema = z.object({ text: z.string(), sources: z.array(sourceRefSchema) });
const costSchema = z.object({
  form: z.enum(['liquid', 'capsule', 'sublingual']),
  currency: z.literal('USD'),
  days: z.number().int(),
  perDose: z.object({ min: z.string(), max: z.string() }),
  perMonth: z.object({ min: z.string(), max: z.string() }),
  text: z.string(),
  sources: z.array(sourceRefSchema),
});

export const liquidRequestSchema = z
  .object({
    tabletMg: amount,
    waterMl: amount.optional(),
    targetConcentrationMgPerMl: amount.optional(),
    doseMg: amount,
    days: z.number().optional(),
    syringeStepMl: amount.optional(),
    preserved: z.boolean().optional(),
  })
  .meta({ id: 'LiquidRequest', example: { tabletMg: 50, waterMl: 50, doseMg: 4.5, days: 30 } });

export const liquidResultSchema = z
  .object({
    tabletMg: z.number(),
    waterMl: z.number(),
    waterMlExact: z.boolean(),
    concentrationMgPerMl: z.string(),
    concentrationExact: z.boolean(),
    doseMg: z.number(),
    perDose: z.object({
      exactMl: z.number(),
      syringeStepMl: z.number(),
      ml: z.number(),
      deliveredMg: z.number(),
      errorMg: z.number(),
      errorPercent: z.string(),
      text: z.string(),
    }),
    supply: z.object({
      days: z.number().int(),
      totalMl: z.number(),
      tabletsByVolume: z.number().int(),
      batchDays: z.number().int(),
      tablets: z.number().int(),
      text: z.string(),
    }),
    storage: z.object({ beyondUseDays: z.number().int(), storage: z.string(), text: z.string(), sources: z.array(sourceRefSchema) }),
    warnings: z.array(guidanceSchema),
    cost: costSchema,
    notice: z.string(),
  })
  .meta({ id: 'LiquidResult' });
export type LiquidResultResponse = z.infer<typeof liquidResultSchema>;

export const capsuleRequestSchema = z
  .object({ doseMg: amount, capsuleMg: amount.optional(), days: z.number().optional() })
  .meta({ id: 'CapsuleRequest', example: { doseMg: 4.5, days: 30 } });

export const capsuleResultSchema = z
  .object({
    doseMg: z.number(),
    capsuleMg: z.number(),
    capsulesPerDose: z.number().int(),
    days: z.number().int(),
    count: z.number().int(),
    fillers: z.array(
      z.object({
        name: z.string(),
        verdict: z.enum(['preferred', 'acceptable', 'avoid']),
        text: z.string(),
        sources: z.array(sourceRefSchema),
      }),
    ),
    warnings: z.array(guidanceSchema),
    cost: costSchema,
    notice: z.string(),
  })
  .meta({ id: 'CapsuleResult' });
export type CapsuleResultResponse = z.infer<typeof capsuleResultSchema>;
