/**
 * Layout of the forest-style plots: effects are only comparable on one axis when
 * they share a kind, a unit and which way is better, so outcomes are grouped by
 * those three. Pure, unit-tested in forest.test.ts.
 */
import type { EvidenceStudyResponse } from '../../../../contracts/evidence.js';

type Effect = NonNullable<EvidenceStudyResponse['outcomes'][number]['effect']>;

export interface ForestRow {
  readonly studyId: string;
  readonly label: string;
  readonly measure: string;
  readonly primary: boolean;
  readonly effect: Effect;
}

export interface ForestGroup {
  readonly key: string;
  readonly kind: Effect['kind'];
  readonly unit: string | undefined;
  readonly lowerIsBetter: boolean;
  /** The value meaning "no difference": 1 for ratios, 0 otherwise. */
  readonly nullValue: number;
  readonly rows: readonly ForestRow[];
  readonly min: number;
  readonly max: number;
}

export const KIND_WORDS: Record<Effect['kind'], string> = {
  'mean-difference': 'Mean difference',
  'standardized-mean-difference': 'Standardised mean difference',
  'risk-ratio': 'Risk ratio',
  'odds-ratio': 'Odds ratio',
  'risk-difference': 'Risk difference',
};

const isRatio = (kind: Effect['kind']): boolean => kind === 'risk-ratio' || kind === 'odds-ratio';

export function forestGroups(studies: readonly EvidenceStudyResponse[]): ForestGroup[] {
  const groups = new Map<string, ForestRow[]>();
  for (const s of studies) {
    for (const o of s.outcomes) {
      if (!o.effect) continue;
      const key = `${o.effect.kind}|${o.effect.unit ?? ''}|${o.effect.lowerIsBetter}`;
      const row: ForestRow = { studyId: s.id, label: s.label, measure: o.measure, primary: o.primary, effect: o.effect };
      const list = groups.get(key);
      if (list) list.push(row);
      else groups.set(key, [row]);
    }
  }
  return [...groups.entries()].map(([key, rows]) => {
    const first = rows[0]!.effect;
    const nullValue = isRatio(first.kind) ? 1 : 0;
    const values = rows.flatMap((r) => [r.effect.value, r.effect.ciLow ?? r.effect.value, r.effect.ciHigh ?? r.effect.value]);
    let min = Math.min(nullValue, ...values);
    let max = Math.max(nullValue, ...values);
    // A little room either side so no mark sits on the frame; a lone point at the null value still gets an axis.
    const pad = (max - min) * 0.1 || 1;
    min -= pad;
    max += pad;
    return { key, kind: first.kind, unit: first.unit, lowerIsBetter: first.lowerIsBetter, nullValue, rows, min, max };
  });
}

/** Position of a value on an axis from x0 to x1 pixels. */
export function scale(g: Pick<ForestGroup, 'min' | 'max'>, x0: number, x1: number): (v: number) => number {
  return (v) => x0 + ((v - g.min) / (g.max - g.min)) * (x1 - x0);
}

/** "−0.34 (95% CI −0.95 to 0.27) NRS points", with a true minus sign. */
export function effectText(e: Effect): string {
  const n = (v: number): string => String(v).replace('-', '−');
  const ci =
    e.ciLow !== undefined && e.ciHigh !== undefined ? ` (95% CI ${n(e.ciLow)} to ${n(e.ciHigh)})` : ' (no confidence interval reported)';
  return `${n(e.value)}${ci}${e.unit ? ` ${e.unit}` : ''}`;
}
