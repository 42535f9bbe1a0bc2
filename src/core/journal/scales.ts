import { z } from 'zod';

/**
 * Symptom scales are 0-10 numeric rating scales; a person picks which to track.
 * `higherIsBetter` tells charts and comparisons which way is improvement.
 */
export interface Scale {
  readonly key: string;
  readonly label: string;
  readonly higherIsBetter: boolean;
  /** LOINC code when one exists for a 0-10 self-rating of this measure. */
  readonly loinc?: { code: string; display: string };
}

export const scaleKeySchema = z.string().regex(/^[a-z0-9_]{1,40}$/, 'must be 1-40 lower-case letters, digits or underscores');

export const DEFAULT_SCALES: readonly Scale[] = [
  // LOINC 72514-3 is the 0-10 verbal numeric pain severity rating.
  {
    key: 'pain',
    label: 'Pain',
    higherIsBetter: false,
    loinc: { code: '72514-3', display: 'Pain severity - 0-10 verbal numeric rating [Score] - Reported' },
  },
  { key: 'fatigue', label: 'Fatigue', higherIsBetter: false },
  { key: 'sleep_quality', label: 'Sleep quality', higherIsBetter: true },
  { key: 'mood', label: 'Mood', higherIsBetter: true },
  { key: 'brain_fog', label: 'Brain fog', higherIsBetter: false },
];

export function scaleFor(key: string, custom: readonly Scale[] = []): Scale {
  return (
    custom.find((s) => s.key === key) ??
    DEFAULT_SCALES.find((s) => s.key === key) ?? { key, label: key.replace(/_/g, ' '), higherIsBetter: false }
  );
}
