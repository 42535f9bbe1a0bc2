import { z } from 'zod';
import { entryInputSchema, DOSE_FORMS } from '../core/journal/entry.js';
import { SEVERITIES } from '../core/journal/side-effects.js';
import { SUPPLY_FIELDS } from '../core/journal/supply.js';
import { localDateString } from './common.js';
import { sourceRefSchema } from './therapy.js';

export const entryRequestSchema = entryInputSchema.meta({ id: 'JournalEntryInput' });

/** The allow-list of what an entry response may contain. */
export const entryResponseSchema = z
  .object({
    id: z.string(),
    day: localDateString,
    status: z.enum(['logged', 'too_unwell']),
    dose: z
      .object({
        mg: z.number(),
        time: z.string().optional(),
        form: z.enum(DOSE_FORMS).optional(),
        pharmacy: z.string().optional(),
        lot: z.string().optional(),
      })
      .nullable(),
    scores: z.record(z.string(), z.number()),
    sideEffects: z.array(z.object({ key: z.string(), severity: z.enum(SEVERITIES) })),
    note: z.string().optional(),
    version: z.number().int(),
    updatedAt: z.string(),
  })
  .meta({ id: 'JournalEntry' });
export type EntryResponse = z.infer<typeof entryResponseSchema>;

export const entryEnvelopeSchema = z.object({ entry: entryResponseSchema, created: z.boolean().optional() });
export const entryListSchema = z.object({ entries: z.array(entryResponseSchema) }).meta({ id: 'JournalEntryList' });
export const historySchema = z
  .object({
    revisions: z.array(
      z.object({
        version: z.number().int(),
        replacedAt: z.string(),
        entry: entryResponseSchema
          .omit({ version: true, updatedAt: true })
          .extend({ version: z.number().int().optional(), updatedAt: z.string().optional() }),
      }),
    ),
  })
  .meta({ id: 'JournalEntryHistory' });

export const rangeQuerySchema = z.object({ from: localDateString.optional(), to: localDateString.optional() });
export const idParamSchema = z.object({ id: z.string().min(1).max(64) });

export const scalesSchema = z
  .object({ scales: z.array(z.object({ key: z.string().regex(/^[a-z0-9_]{1,40}$/), label: z.string().trim().min(1).max(60) })).max(20) })
  .meta({ id: 'SymptomScales' });

const interval = z.object({ estimate: z.number(), low: z.number(), high: z.number() });
const measureComparison = z.object({
  scale: z.string(),
  before: z.object({ n: z.number().int(), mean: z.number().nullable() }),
  after: z.object({ n: z.number().int(), mean: z.number().nullable() }),
  difference: interval.nullable(),
  reading: z.enum(['better', 'worse', 'no clear change', 'too few days']),
});
export const insightsSchema = z
  .object({
    from: z.string().nullable(),
    to: z.string().nullable(),
    days: z.object({ logged: z.number().int(), tooUnwell: z.number().int(), missing: z.number().int() }),
    series: z.array(
      z.object({
        scale: z.string(),
        label: z.string(),
        higherIsBetter: z.boolean(),
        points: z.array(z.object({ day: z.string(), value: z.number() })),
      }),
    ),
    doseSteps: z.array(z.object({ from: z.string(), to: z.string(), mg: z.number() })),
    comparisons: z.array(measureComparison.extend({ changeDay: z.string(), fromMg: z.number(), toMg: z.number() })),
    /** A new form, pharmacy or lot; compared before/after only when no dose change is within the window. */
    supplyChanges: z.array(
      z.object({
        day: z.string(),
        changes: z.array(z.object({ field: z.enum(SUPPLY_FIELDS), from: z.string(), to: z.string() })),
        notComputed: z.object({ doseChangeDay: z.string(), fromMg: z.number(), toMg: z.number(), reason: z.string() }).nullable(),
        comparisons: z.array(measureComparison),
      }),
    ),
    sideEffects: z.array(
      z.object({ key: z.string(), label: z.string(), days: z.array(z.object({ day: z.string(), severity: z.string() })) }),
    ),
    /** Side effects logged on at least 3 of the 7 days ending on the latest entry (an app choice, not a clinical threshold), with the planner's advice. */
    recurringSideEffects: z.array(
      z.object({
        key: z.string(),
        label: z.string(),
        days: z.number().int(),
        window: z.object({ from: z.string(), to: z.string() }),
        severe: z.boolean(),
        advice: z.array(z.object({ id: z.string(), title: z.string(), text: z.string(), sources: z.array(sourceRefSchema) })),
      }),
    ),
    caveat: z.string(),
  })
  .meta({ id: 'JournalInsights' });

export const importResultSchema = z
  .object({ imported: z.number().int(), errors: z.array(z.object({ line: z.number().int(), reason: z.string() })) })
  .meta({ id: 'JournalImportResult' });
