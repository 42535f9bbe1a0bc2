/**
 * Request and response shapes of the claim checker API (`POST /api/check-claims`).
 * The response is an allow-list: what the core adds later stays out until named here.
 * Offsets (`start`, `end`) are UTF-16 code units into `text` of the response
 * (the article as given for text and Markdown; the reduced text for HTML).
 */
import { z } from 'zod';
import { CHECK_VERDICTS } from '../core/claims/verdict.js';
import { CLAIM_STRENGTHS, CLAIM_TYPES, DIRECTIONS, GRADES, STUDY_DESIGNS } from '../core/evidence/schema.js';

export const CHECK_FORMATS = ['txt', 'md', 'html'] as const;
export type CheckFormat = (typeof CHECK_FORMATS)[number];

/** The claim checker's own request body limit: 50,000 words of HTML need more than the API's default 1 MiB. */
export const CHECK_CLAIMS_BODY_LIMIT = 4 * 1024 * 1024;

export const checkClaimsRequestSchema = z
  .object({
    text: z.string().meta({ description: 'The article: plain text, Markdown or HTML (at most 50,000 words).' }),
    format: z.enum(CHECK_FORMATS).optional().meta({ description: 'How to read `text`; plain text when absent.' }),
  })
  .meta({
    id: 'CheckClaimsRequest',
    example: { text: 'Low-dose naltrexone cures multiple sclerosis in every patient.', format: 'txt' },
  });
export type CheckClaimsRequest = z.infer<typeof checkClaimsRequestSchema>;

const NUMBER_UNITS = ['percent', 'mg', 'mcg', 'people', 'days', 'weeks', 'months', 'years', 'usd', 'p-value', 'count'] as const;

export const checkedClaimSchema = z
  .object({
    text: z.string().meta({ description: 'The sentence, exactly text.slice(start, end).' }),
    start: z.number().int(),
    end: z.number().int(),
    sentence: z.number().int().meta({ description: 'Index of the sentence among all sentences of the text.' }),
    conditions: z.array(z.string()).meta({ description: 'Condition ids (see /evidence/conditions/<id>).' }),
    type: z.enum(CLAIM_TYPES),
    strength: z.enum(CLAIM_STRENGTHS),
    numbers: z.array(z.object({ value: z.number(), unit: z.enum(NUMBER_UNITS), text: z.string() })),
    studies: z.array(z.string()).meta({ description: 'Ids of the studies the sentence refers to (see /evidence/studies/<id>).' }),
    verdict: z.enum(CHECK_VERDICTS),
    grade: z.enum(GRADES).nullable(),
    explanation: z.string(),
  })
  .meta({ id: 'CheckedClaim' });
export type CheckedClaimResponse = z.infer<typeof checkedClaimSchema>;

const countsOf = <T extends readonly [string, ...string[]]>(keys: T): z.ZodObject<Record<T[number], z.ZodNumber>> =>
  z.object(Object.fromEntries(keys.map((k) => [k, z.number().int()])) as Record<T[number], z.ZodNumber>);

export const checkSummarySchema = z
  .object({
    total: z.number().int(),
    byVerdict: countsOf(CHECK_VERDICTS),
    byType: countsOf(CLAIM_TYPES),
    conditions: z.array(z.string()).meta({ description: 'Condition ids in order of first mention among the claims.' }),
  })
  .meta({ id: 'CheckSummary' });

export const checkStudyRefSchema = z
  .object({
    id: z.string(),
    label: z.string().meta({ example: 'Younger 2013' }),
    design: z.enum(STUDY_DESIGNS),
    n: z.number().int().nullable(),
    direction: z.enum(DIRECTIONS),
    pmid: z.string().optional(),
    doi: z.string().optional(),
    nct: z.string().optional(),
  })
  .meta({ id: 'CheckStudyRef' });
export type CheckStudyRefResponse = z.infer<typeof checkStudyRefSchema>;

export const checkConditionRefSchema = z
  .object({
    id: z.string(),
    name: z.string(),
    grade: z.enum(GRADES).nullable(),
    direction: z.enum(['positive', 'null', 'mixed', 'none']).nullable(),
    /** The strongest controlled study bearing on the condition, or null when the atlas holds none. */
    bestControlledTrial: checkStudyRefSchema.nullable(),
  })
  .meta({ id: 'CheckConditionRef' });
export type CheckConditionRefResponse = z.infer<typeof checkConditionRefSchema>;

export const checkClaimsResponseSchema = z
  .object({
    claims: z.array(checkedClaimSchema),
    summary: checkSummarySchema,
    text: z.string().meta({ description: 'The text the offsets point into.' }),
    format: z.enum(CHECK_FORMATS),
    /** Names, grades and best trials of every condition and study the claims name, for display and links. */
    conditions: z.array(checkConditionRefSchema),
    studies: z.array(checkStudyRefSchema),
    notice: z.string(),
  })
  .meta({ id: 'CheckClaimsResult' });
export type CheckClaimsResponse = z.infer<typeof checkClaimsResponseSchema>;
