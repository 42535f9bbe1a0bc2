import type { ScaleChoice } from './types.js';

/**
 * The default measures of src/core/journal/scales.ts, copied because that
 * module pulls zod (about 25 KB gzipped) into the bundle; scaleHints.test.ts
 * fails if the two lists drift apart.
 */
export const DEFAULT_SCALE_INFO: ReadonlyArray<ScaleChoice & { readonly higherIsBetter: boolean }> = [
  { key: 'pain', label: 'Pain', higherIsBetter: false },
  { key: 'fatigue', label: 'Fatigue', higherIsBetter: false },
  { key: 'sleep_quality', label: 'Sleep quality', higherIsBetter: true },
  { key: 'mood', label: 'Mood', higherIsBetter: true },
  { key: 'brain_fog', label: 'Brain fog', higherIsBetter: false },
];

/** The default measures offered in the picker. */
export const DEFAULT_CHOICES: readonly ScaleChoice[] = DEFAULT_SCALE_INFO.map((s) => ({ key: s.key, label: s.label }));

/** What the ends of a 0-10 scale mean, in words, so the number never stands alone. */
export function scaleEnds(key: string): { low: string; high: string } {
  const known = DEFAULT_SCALE_INFO.find((s) => s.key === key);
  if (!known) return { low: 'lowest', high: 'highest' };
  return known.higherIsBetter ? { low: 'worst', high: 'best' } : { low: 'none', high: 'worst' };
}

/** A key the API accepts (`^[a-z0-9_]{1,40}$`) made from a label the person typed. */
export function keyForLabel(label: string): string {
  return label
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '')
    .slice(0, 40);
}
