/** Shapes shared by every route: the problem body and small reusable fields. */
import { z } from 'zod';
import { ERROR_CODES, type ErrorCode } from '../core/shared/errors.js';

export const problemSchema = z
  .object({
    type: z.string(),
    title: z.string(),
    status: z.number().int(),
    code: z.enum(Object.keys(ERROR_CODES) as [ErrorCode, ...ErrorCode[]]),
    detail: z.string(),
    field: z.string().optional(),
    details: z.record(z.string(), z.unknown()).optional(),
    requestId: z.string().optional(),
  })
  .meta({ id: 'Problem', description: 'RFC 9457 problem details with a stable LDN_* code.' });

export const localDateString = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date written YYYY-MM-DD')
  .meta({ example: '2026-01-31' });

/** The notice every page and every data response carries. */
export const NOT_MEDICAL_ADVICE =
  'LDN is used off-label. LDN Atlas is an information tool, not medical advice: discuss any change with your prescriber.';

export const problemResponses = {
  400: { description: 'Invalid input; `field` names what is wrong.', content: { 'application/problem+json': { schema: problemSchema } } },
  500: { description: 'Unexpected failure.', content: { 'application/problem+json': { schema: problemSchema } } },
} as const;
