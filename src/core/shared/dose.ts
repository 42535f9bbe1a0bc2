import { DomainError } from './errors.js';
import type { Brand } from './brand.js';

/**
 * Doses are integer micrograms so that 0.5 mg steps never drift: 4.5 mg is
 * 4500, and sums of steps stay exact. Convert to and from text only at the edges.
 */
export type DoseMcg = Brand<number, 'DoseMcg'>;

/**
 * The highest dose any LDN function accepts. LDN is 0.5-4.5 mg/day and trials
 * went to 6 mg (FINAL, NCT04270877); 50 mg is the addiction dose (FDA label,
 * naltrexone tablets). Anything above 50 mg is treated as a typing error.
 */
export const MAX_DOSE_MCG = 50_000 as DoseMcg;

const MG_PATTERN = /^(\d{1,6})(?:\.(\d{1,3}))?$/;

/** Parses "4.5" or 4.5 (mg) into exact micrograms; at most three decimals. */
export function mgToMcg(mg: string | number, field = 'doseMg'): DoseMcg {
  const text = typeof mg === 'number' ? numberToPlainString(mg) : mg.trim();
  const m = MG_PATTERN.exec(text);
  if (!m) {
    throw new DomainError(
      'LDN_DOSE_OUT_OF_RANGE',
      `${field} must be a non-negative number of mg with at most three decimals; got "${text}".`,
      {
        field,
      },
    );
  }
  const whole = Number(m[1]);
  const frac = Number((m[2] ?? '').padEnd(3, '0'));
  return assertDose((whole * 1000 + frac) as DoseMcg, field);
}

/** Formats micrograms as mg with no trailing zeros: 4500 -> "4.5", 500 -> "0.5". */
export function formatMg(mcg: DoseMcg | number): string {
  const sign = mcg < 0 ? '-' : '';
  const abs = Math.abs(Math.round(mcg));
  const whole = Math.floor(abs / 1000);
  const frac = String(abs % 1000)
    .padStart(3, '0')
    .replace(/0+$/, '');
  return frac ? `${sign}${whole}.${frac}` : `${sign}${whole}`;
}

/** Exact mg as a JSON number: 4500 -> 4.5 (a short decimal prints exactly). */
export function mcgToMg(mcg: DoseMcg | number): number {
  return Number(formatMg(mcg));
}

export function assertDose(mcg: number, field = 'doseMg', { allowZero = false } = {}): DoseMcg {
  if (!Number.isSafeInteger(mcg) || mcg < 0 || (!allowZero && mcg === 0)) {
    throw new DomainError('LDN_DOSE_OUT_OF_RANGE', `${field} must be a positive dose; got ${formatMg(mcg)} mg.`, { field });
  }
  if (mcg > MAX_DOSE_MCG) {
    throw new DomainError(
      'LDN_DOSE_OUT_OF_RANGE',
      `${field} of ${formatMg(mcg)} mg is above ${formatMg(MAX_DOSE_MCG)} mg, the full addiction dose; low-dose naltrexone is usually 0.5-4.5 mg.`,
      { field },
    );
  }
  return mcg as DoseMcg;
}

function numberToPlainString(n: number): string {
  if (!Number.isFinite(n)) return String(n);
  // toFixed(3) then trim avoids 1e-7 style output and binary noise such as 4.499999.
  return n.toFixed(3).replace(/\.?0+$/, '');
}
