/**
 * The one error vocabulary of LDN Atlas. Every expected failure that crosses a
 * boundary (HTTP, CLI, start-up) carries one of these stable codes. Codes are
 * never reused or renamed; `docs/errors.md` documents each one and a test keeps
 * the two in step. The HTTP mapping lives only in `src/server/http/errors.ts`.
 */
export const ERROR_CODES = {
  LDN_VALIDATION_FAILED: 'A request or record failed validation; `field` names what is wrong.',
  LDN_NOT_FOUND: 'The thing asked for does not exist, or belongs to someone else.',
  LDN_CONFLICT: 'The change conflicts with what is stored (for example a duplicate).',
  LDN_AUTH_REQUIRED: 'The request needs a signed-in session.',
  LDN_AUTH_INVALID_CREDENTIALS: 'The email or password is wrong (never says which).',
  LDN_AUTH_RATE_LIMITED: 'Too many attempts; wait before trying again.',
  LDN_AUTH_SETUP_DONE: 'The first account already exists; sign up is by the usual route.',
  LDN_CSRF_FAILED: 'The CSRF token is missing or does not match the session.',
  LDN_PAYLOAD_TOO_LARGE: 'The request body is over the size limit.',
  LDN_UNSUPPORTED_MEDIA: 'The request body is not in a format this endpoint reads.',
  LDN_INTERNAL: 'An unexpected failure; the request id in the log tells what happened.',
  LDN_DB_UNAVAILABLE: 'The database cannot be reached or opened.',
  LDN_DB_VERSION_TOO_NEW: 'The database was migrated by a newer LDN Atlas than this one.',
  LDN_CONFIG_INVALID: 'A setting (environment variable or flag) is malformed.',
  LDN_PORT_IN_USE: 'The port asked for is already taken by another program.',
  LDN_CORPUS_INVALID: 'A data file in data/ is malformed or inconsistent.',
  LDN_DOSE_OUT_OF_RANGE: 'A dose is negative, zero where not allowed, or absurdly high.',
  LDN_PLAN_TARGET_ABOVE_MAX: 'The titration target is above the stated maximum.',
  LDN_PLAN_STEP_ZERO: 'A titration step of zero would never reach the target.',
  LDN_DATE_INVALID: 'A date is not a real calendar day in YYYY-MM-DD form.',
  LDN_SCREEN_TOO_MANY_LINES: 'More lines were pasted into the safety screen than it accepts.',
  LDN_TRIAL_TOO_SHORT: 'The n-of-1 design is too short to answer anything.',
  LDN_TRIAL_TOO_FEW_PAIRS: 'An n-of-1 trial needs at least three pairs of periods.',
  LDN_TRIAL_MISSING_ARM: 'Trial data lack one of the two arms.',
  LDN_TRIAL_EMPTY_PERIOD: 'A trial period has no usable data.',
  LDN_TRIAL_OVERLAP: 'Trial periods or dates overlap.',
  LDN_TRIAL_BAD_SEED: 'The randomisation seed is not a non-negative integer.',
  LDN_TRIAL_SEALED: 'The allocation is still sealed; unblind it first, with a reason.',
  LDN_CHECK_EMPTY_TEXT: 'The article to check is empty.',
  LDN_CHECK_BINARY: 'The article to check is binary data, not text.',
  LDN_CHECK_TOO_LARGE: 'The article to check is over the word limit.',
  LDN_CHECK_HTML_TOO_COMPLEX: 'The HTML is nested too deeply or has too many elements to read safely.',
  LDN_IMPORT_INVALID_CSV: 'The CSV file cannot be read at all (rows with errors are reported one by one instead).',
} as const;

export type ErrorCode = keyof typeof ERROR_CODES;

export interface DomainErrorOptions {
  /** Dotted path of the offending field, such as `dose.mg` or `lines[3]`. */
  readonly field?: string;
  /** Extra machine-readable detail, already safe to show to the user. */
  readonly details?: Readonly<Record<string, unknown>>;
  readonly cause?: unknown;
}

/** An expected failure with a stable code. Bugs throw plain `Error`s instead. */
export class DomainError extends Error {
  readonly code: ErrorCode;
  readonly field: string | undefined;
  readonly details: Readonly<Record<string, unknown>> | undefined;

  constructor(code: ErrorCode, message: string, options: DomainErrorOptions = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'DomainError';
    this.code = code;
    this.field = options.field;
    this.details = options.details;
  }
}

export function isDomainError(value: unknown): value is DomainError {
  return value instanceof DomainError;
}

/** Turns anything thrown into a DomainError; unknown failures become LDN_INTERNAL. */
export function normalizeError(value: unknown): DomainError {
  if (value instanceof DomainError) return value;
  return new DomainError('LDN_INTERNAL', 'Something went wrong on our side.', { cause: value });
}
