import { DomainError } from './errors.js';
import type { Brand } from './brand.js';

/** A person's calendar day, `YYYY-MM-DD`, with no time zone attached. */
export type LocalDate = Brand<string, 'LocalDate'>;

const DAY_MS = 86_400_000;
const PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isLocalDate(value: string): value is LocalDate {
  const m = PATTERN.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const t = new Date(Date.UTC(y, mo - 1, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === mo - 1 && t.getUTCDate() === d;
}

/** Validates a day string; throws LDN_DATE_INVALID naming `field`. */
export function parseLocalDate(value: string, field = 'date'): LocalDate {
  if (!isLocalDate(value)) {
    throw new DomainError('LDN_DATE_INVALID', `${field} must be a real calendar day written YYYY-MM-DD; got "${value}".`, {
      field,
    });
  }
  return value;
}

function toUtcMs(date: LocalDate): number {
  return Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10)));
}

function fromUtcMs(ms: number): LocalDate {
  return new Date(ms).toISOString().slice(0, 10) as LocalDate;
}

/** Calendar arithmetic in whole days; UTC is used only as a neutral counter. */
export function addDays(date: LocalDate, days: number): LocalDate {
  return fromUtcMs(toUtcMs(date) + days * DAY_MS);
}

/** Whole days from `a` to `b` (positive when `b` is later). */
export function daysBetween(a: LocalDate, b: LocalDate): number {
  return Math.round((toUtcMs(b) - toUtcMs(a)) / DAY_MS);
}

export function compareLocalDates(a: LocalDate, b: LocalDate): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
