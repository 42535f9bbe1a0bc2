/**
 * The ONLY place where a DomainError becomes an HTTP status and an
 * `application/problem+json` body (RFC 9457). Add a status here when a code is added.
 */
import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { type ErrorCode, DomainError, normalizeError } from '../../core/shared/errors.js';

const STATUS: Record<ErrorCode, ContentfulStatusCode> = {
  LDN_VALIDATION_FAILED: 400,
  LDN_NOT_FOUND: 404,
  LDN_CONFLICT: 409,
  LDN_AUTH_REQUIRED: 401,
  LDN_AUTH_INVALID_CREDENTIALS: 401,
  LDN_AUTH_RATE_LIMITED: 429,
  LDN_AUTH_SETUP_DONE: 409,
  LDN_CSRF_FAILED: 403,
  LDN_PAYLOAD_TOO_LARGE: 413,
  LDN_UNSUPPORTED_MEDIA: 415,
  LDN_INTERNAL: 500,
  LDN_DB_UNAVAILABLE: 503,
  LDN_DB_VERSION_TOO_NEW: 503,
  LDN_CONFIG_INVALID: 500,
  LDN_PORT_IN_USE: 500,
  LDN_CORPUS_INVALID: 500,
  LDN_DOSE_OUT_OF_RANGE: 400,
  LDN_PLAN_TARGET_ABOVE_MAX: 400,
  LDN_PLAN_STEP_ZERO: 400,
  LDN_DATE_INVALID: 400,
  LDN_SCREEN_TOO_MANY_LINES: 413,
  LDN_TRIAL_TOO_SHORT: 422,
  LDN_TRIAL_TOO_FEW_PAIRS: 422,
  LDN_TRIAL_MISSING_ARM: 422,
  LDN_TRIAL_EMPTY_PERIOD: 422,
  LDN_TRIAL_OVERLAP: 422,
  LDN_TRIAL_BAD_SEED: 400,
  LDN_TRIAL_SEALED: 409,
  LDN_CHECK_EMPTY_TEXT: 400,
  LDN_CHECK_BINARY: 415,
  LDN_CHECK_TOO_LARGE: 413,
  LDN_CHECK_HTML_TOO_COMPLEX: 422,
  LDN_IMPORT_INVALID_CSV: 400,
};

export function statusOf(code: ErrorCode): ContentfulStatusCode {
  return STATUS[code];
}

export interface Problem {
  type: string;
  title: string;
  status: number;
  code: ErrorCode;
  detail: string;
  field?: string;
  details?: Record<string, unknown>;
  requestId?: string;
}

export function toProblem(error: DomainError, requestId?: string): Problem {
  const status = statusOf(error.code);
  return {
    type: `/docs/errors#${error.code.toLowerCase()}`,
    title: error.code,
    status,
    code: error.code,
    // Internal failures never leak their cause to the client; the log has it.
    detail: status >= 500 && error.code === 'LDN_INTERNAL' ? 'Something went wrong on our side.' : error.message,
    ...(error.field === undefined ? {} : { field: error.field }),
    ...(error.details === undefined ? {} : { details: { ...error.details } }),
    ...(requestId === undefined ? {} : { requestId }),
  };
}

/** Hono's body validators throw HTTPException for a malformed JSON body (400) or an undeclared content type (415). */
function fromHttpException(thrown: unknown): unknown {
  if (!(thrown instanceof HTTPException)) return thrown;
  if (thrown.status === 400)
    return new DomainError('LDN_VALIDATION_FAILED', 'body: the request body is not valid JSON.', { field: 'body' });
  if (thrown.status === 415) {
    return new DomainError('LDN_UNSUPPORTED_MEDIA', 'content-type: this endpoint does not read that content type.', {
      field: 'content-type',
    });
  }
  return thrown;
}

export function problemResponse(c: Context, thrown: unknown): Response {
  const error = normalizeError(fromHttpException(thrown));
  const requestId = c.get('requestId') as string | undefined;
  const problem = toProblem(error, requestId);
  return c.body(JSON.stringify(problem), problem.status as ContentfulStatusCode, {
    'content-type': 'application/problem+json; charset=utf-8',
  });
}
