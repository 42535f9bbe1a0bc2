/**
 * Exact quantities for the planner and the compounding calculator. Doses are
 * integer micrograms, volumes integer microlitres, concentrations a fraction
 * (micrograms per microlitre as num/den), so 4.5 mg at 1 mg/mL is exactly
 * 4500 µL and never 4.499999 mL.
 */
import { DomainError } from '../shared/errors.js';
import { assertDose, formatMg, mgToMcg, type DoseMcg } from '../shared/dose.js';

/** Oral-syringe graduations the calculator rounds to, in microlitres. */
export const SYRINGE_STEPS_UL = [50, 100, 200, 500] as const;
export const DEFAULT_SYRINGE_STEP_UL = 100;

const DECIMAL = /^(\d{1,7})(?:\.(\d{1,3}))?$/;

function plain(value: number | string): string {
  if (typeof value === 'string') return value.trim();
  if (!Number.isFinite(value)) return String(value);
  return value.toFixed(3).replace(/\.?0+$/, '');
}

/** Parses a non-negative decimal with at most three places into thousandths (mg -> µg, mL -> µL). */
export function parseThousandths(value: number | string, field: string, what: string): number {
  const text = plain(value);
  const m = DECIMAL.exec(text);
  if (!m) {
    throw new DomainError('LDN_VALIDATION_FAILED', `${field} must be a non-negative ${what} with at most three decimals; got "${text}".`, {
      field,
    });
  }
  return Number(m[1]) * 1000 + Number((m[2] ?? '').padEnd(3, '0'));
}

/** A dose in mg (edge input) to exact micrograms, range-checked. */
export function doseFromMg(value: number | string, field: string): DoseMcg {
  return mgToMcg(typeof value === 'number' ? value : value.trim(), field);
}

export function assertDoseMcg(mcg: number, field: string): DoseMcg {
  return assertDose(mcg, field);
}

/** Microlitres as mL with no trailing zeros: 4500 -> "4.5". */
export const formatMl = (ul: number): string => formatMg(ul);
export const mlNumber = (ul: number): number => Number(formatMg(ul));

/** Concentration as a fraction: `num` µg per `den` µL. */
export interface Concentration {
  readonly num: number;
  readonly den: number;
}

export function gcd(a: number, b: number): number {
  let [x, y] = [Math.abs(a), Math.abs(b)];
  while (y) [x, y] = [y, x % y];
  return x || 1;
}

export function concentration(num: number, den: number): Concentration {
  const g = gcd(num, den);
  return { num: num / g, den: den / g };
}

/** Round-half-up of the fraction n/d for non-negative integers. */
export function roundDiv(n: number, d: number): number {
  return Math.floor((2 * n + d) / (2 * d));
}

/** mg/mL for display: exact when the fraction is a short decimal, else rounded to 3 places with a flag. */
export function formatConcentration(c: Concentration): { mgPerMl: string; exact: boolean } {
  // µg/µL equals mg/mL; thousandths of mg/mL = num*1000/den.
  const exact = (c.num * 1000) % c.den === 0;
  return { mgPerMl: formatMg(roundDiv(c.num * 1000, c.den)), exact };
}

export interface VolumeForDose {
  /** Exact volume as a decimal string when exact, else rounded to 0.001 mL. */
  readonly exactMl: string;
  readonly exactIsExact: boolean;
  /** Volume rounded to the syringe graduation, in µL. */
  readonly roundedUl: number;
  /** The dose actually drawn up at the rounded volume, rounded to the microgram. */
  readonly deliveredMcg: number;
  /** delivered minus intended, to the microgram (sign kept). */
  readonly errorMcg: number;
  /** (delivered - intended) / intended, in tenths of a percent, rounded. */
  readonly errorPermille: number;
}

/** Volume of liquid holding `doseMcg`, rounded to the syringe graduation `stepUl`. */
export function volumeForDose(doseMcg: number, c: Concentration, stepUl: number, field = 'doseMg'): VolumeForDose {
  // exact µL = dose * den / num
  const n = doseMcg * c.den;
  const exactUlRounded = roundDiv(n, c.num);
  const exactIsExact = n % c.num === 0;
  const steps = roundDiv(n, c.num * stepUl);
  const roundedUl = steps * stepUl;
  if (roundedUl === 0) {
    throw new DomainError(
      'LDN_DOSE_OUT_OF_RANGE',
      `${field}: ${formatMg(doseMcg)} mg is less than half a syringe graduation (${formatMl(stepUl)} mL) at this concentration; ask the pharmacy for a more dilute liquid.`,
      { field },
    );
  }
  // delivered µg = roundedUl * num / den; error numerator in units of 1/den µg
  const deliveredNum = roundedUl * c.num;
  const diffNum = deliveredNum - n;
  const sign = diffNum < 0 ? -1 : 1;
  return {
    exactMl: formatMl(exactUlRounded),
    exactIsExact,
    roundedUl,
    deliveredMcg: roundDiv(deliveredNum, c.den),
    errorMcg: sign * roundDiv(Math.abs(diffNum), c.den),
    errorPermille: sign * roundDiv(Math.abs(diffNum) * 1000, n),
  };
}

/** Tenths of a percent as text: 123 -> "12.3", -5 -> "-0.5". */
export function formatPermille(p: number): string {
  const sign = p < 0 ? '-' : '';
  const a = Math.abs(p);
  return `${sign}${Math.floor(a / 10)}.${a % 10}`;
}
