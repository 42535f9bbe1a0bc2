import type { z } from 'zod';
import { DomainError } from '../../core/shared/errors.js';

/** Turns the first zod issue into LDN_VALIDATION_FAILED naming the field, e.g. `scores.pain`. */
export function validationError(error: z.ZodError, prefix?: string): DomainError {
  const issue = error.issues[0];
  const pathText = issue ? issue.path.map(String).join('.') : '';
  const field = [prefix, pathText].filter(Boolean).join('.') || 'body';
  return new DomainError('LDN_VALIDATION_FAILED', `${field}: ${issue?.message ?? 'invalid'}`, {
    field,
    details: { issues: error.issues.slice(0, 10).map((i) => ({ path: i.path.map(String).join('.'), message: i.message })) },
  });
}

/**
 * Responses pass through an allow-list: parsing with the route's response
 * schema strips any field the schema does not name, so stored columns never leak by accident.
 */
type ReadonlyDeep<T> = T extends (infer U)[]
  ? readonly ReadonlyDeep<U>[]
  : T extends object
    ? { readonly [K in keyof T]: ReadonlyDeep<T[K]> }
    : T;

export function allow<S extends z.ZodType>(schema: S, data: ReadonlyDeep<z.input<S>>): z.output<S> {
  return schema.parse(data);
}
