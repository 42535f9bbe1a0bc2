/**
 * A day in the journal. The input schema is the boundary for the API, the CLI
 * and CSV import alike; doses arrive in mg and are kept as integer micrograms.
 */
import { z } from 'zod';
import { isLocalDate, type LocalDate } from '../shared/dates.js';
import { MAX_DOSE_MCG, mgToMcg, type DoseMcg } from '../shared/dose.js';
import { scaleKeySchema } from './scales.js';
import { SEVERITIES, type Severity } from './side-effects.js';

export const DOSE_FORMS = ['capsule', 'liquid', 'tablet', 'sublingual', 'cream', 'other'] as const;
export type DoseForm = (typeof DOSE_FORMS)[number];

export const localDateSchema = z.string().refine(isLocalDate, 'must be a real calendar day written YYYY-MM-DD');

const mgSchema = z
  .union([z.number(), z.string()])
  .transform((v, ctx) => {
    try {
      return mgToMcg(v);
    } catch (e) {
      ctx.addIssue({ code: 'custom', message: (e as Error).message });
      return z.NEVER;
    }
  })
  .refine((mcg) => mcg > 0 && mcg <= MAX_DOSE_MCG, `must be more than 0 and at most ${MAX_DOSE_MCG / 1000} mg`);

export const entryInputSchema = z
  .object({
    day: localDateSchema,
    status: z.enum(['logged', 'too_unwell']).default('logged'),
    dose: z
      .object({
        mg: mgSchema,
        time: z
          .string()
          .regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'must be a time written HH:MM')
          .optional(),
        form: z.enum(DOSE_FORMS).optional(),
        pharmacy: z.string().trim().max(120).optional(),
        lot: z.string().trim().max(60).optional(),
      })
      .nullable()
      .optional(),
    scores: z.record(scaleKeySchema, z.number().int('must be a whole number from 0 to 10').min(0).max(10)).default({}),
    sideEffects: z
      .array(z.object({ key: scaleKeySchema, severity: z.enum(SEVERITIES) }))
      .max(40)
      .default([]),
    note: z.string().max(4000).optional(),
  })
  .strict()
  .superRefine((e, ctx) => {
    if (e.status === 'too_unwell' && (Object.keys(e.scores).length > 0 || e.dose)) {
      // "Too unwell to log" is an entry of its own, not a half-filled day.
      ctx.addIssue({ code: 'custom', path: ['status'], message: 'a "too unwell to log" day carries no scores or dose' });
    }
    const keys = e.sideEffects.map((s) => s.key);
    if (new Set(keys).size !== keys.length)
      ctx.addIssue({ code: 'custom', path: ['sideEffects'], message: 'each side effect at most once' });
  });

export type EntryInput = z.input<typeof entryInputSchema>;

export interface JournalEntry {
  readonly day: LocalDate;
  readonly status: 'logged' | 'too_unwell';
  readonly dose: {
    readonly mcg: DoseMcg;
    readonly time?: string | undefined;
    readonly form?: DoseForm | undefined;
    readonly pharmacy?: string | undefined;
    readonly lot?: string | undefined;
  } | null;
  readonly scores: Readonly<Record<string, number>>;
  readonly sideEffects: ReadonlyArray<{ readonly key: string; readonly severity: Severity }>;
  readonly note?: string | undefined;
}

/** Parsed and normalised entry; throws the zod error for the boundary to translate. */
export function parseEntry(input: unknown): JournalEntry {
  return fromParsedEntry(entryInputSchema.parse(input));
}

/** The domain entry from an already validated input (the HTTP layer validates once, at its boundary). */
export function fromParsedEntry(e: z.output<typeof entryInputSchema>): JournalEntry {
  return {
    day: e.day as LocalDate,
    status: e.status,
    dose: e.dose
      ? { mcg: e.dose.mg, time: e.dose.time, form: e.dose.form, pharmacy: e.dose.pharmacy || undefined, lot: e.dose.lot || undefined }
      : null,
    scores: e.scores,
    sideEffects: e.sideEffects,
    note: e.note?.trim() || undefined,
  };
}
