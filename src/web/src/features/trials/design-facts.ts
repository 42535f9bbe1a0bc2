/** Small pure helpers for the wizard's live summary. */

export function addDaysTo(day: string, days: number): string {
  const t = Date.parse(`${day}T00:00:00Z`) + days * 86_400_000;
  return new Date(t).toISOString().slice(0, 10);
}

/**
 * "12 periods, 168 days in all; 11 days of each period are compared." or null when
 * the numbers are not whole numbers yet. The server has the last word on what is allowed.
 */
export function designFacts(pairs: string, periodDays: string, washoutDays: string): string | null {
  const [k, d, w] = [pairs, periodDays, washoutDays].map((x) => (/^\d{1,3}$/.test(x.trim()) ? Number(x) : NaN));
  if (k === undefined || d === undefined || w === undefined || [k, d, w].some((x) => Number.isNaN(x))) return null;
  const analysable = Math.max(0, d - w);
  return `${2 * k} periods, ${2 * k * d} days in all; ${analysable} day(s) of each period are compared.`;
}
