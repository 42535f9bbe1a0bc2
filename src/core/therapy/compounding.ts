/**
 * Compounding calculator: a liquid made from naltrexone tablets, compounded
 * capsules, and a monthly cost range. Every figure is exact (integer µg and
 * µL, concentrations as fractions) and every piece of advice carries its source.
 */
import { DomainError } from '../shared/errors.js';
import { formatMg, mcgToMg } from '../shared/dose.js';
import {
  concentration,
  DEFAULT_SYRINGE_STEP_UL,
  doseFromMg,
  formatConcentration,
  formatMl,
  formatPermille,
  mlNumber,
  parseThousandths,
  roundDiv,
  SYRINGE_STEPS_UL,
  volumeForDose,
} from './quantity.js';
import { resolveSources, type SourceRef } from './sources.js';
import type { CompoundingRecord, TherapySource } from './schema.js';

export interface CompoundingData {
  readonly compounding: readonly CompoundingRecord[];
  readonly sources: readonly TherapySource[];
}

export interface LiquidInput {
  /** Strength of one tablet, mg (naltrexone tablets are usually 50 mg). */
  readonly tabletMg: number | string;
  /** Water for one tablet, mL. Give this or targetConcentrationMgPerMl. */
  readonly waterMl?: number | string;
  readonly targetConcentrationMgPerMl?: number | string;
  readonly doseMg: number | string;
  /** Days of supply to plan for; default 30. */
  readonly days?: number;
  /** Oral-syringe graduation: 0.05, 0.1 (default), 0.2 or 0.5 mL. */
  readonly syringeStepMl?: number | string;
  /** true if the pharmacy adds a preservative (changes the beyond-use period). */
  readonly preserved?: boolean;
}

export interface Guidance {
  readonly text: string;
  readonly sources: readonly SourceRef[];
}

export interface LiquidResult {
  readonly tabletMg: number;
  /** Water for one tablet; `waterMlExact` false when rounded to 0.001 mL. */
  readonly waterMl: number;
  readonly waterMlExact: boolean;
  readonly concentrationMgPerMl: string;
  readonly concentrationExact: boolean;
  readonly doseMg: number;
  readonly perDose: {
    /** Exact volume for the dose (rounded to 0.001 mL if it is not a short decimal). */
    readonly exactMl: number;
    readonly syringeStepMl: number;
    /** What to draw up, rounded to the syringe graduation. */
    readonly ml: number;
    readonly deliveredMg: number;
    readonly errorMg: number;
    /** One decimal place, e.g. "-2.2". */
    readonly errorPercent: string;
    readonly text: string;
  };
  readonly supply: {
    readonly days: number;
    readonly totalMl: number;
    /** Tablets by volume alone. */
    readonly tabletsByVolume: number;
    /** Days one tablet's batch lasts: the smaller of the doses it holds and the beyond-use period. */
    readonly batchDays: number;
    /** Tablets to buy when a fresh batch is made from one tablet each time. */
    readonly tablets: number;
    readonly text: string;
  };
  readonly storage: { readonly beyondUseDays: number; readonly storage: string } & Guidance;
  readonly warnings: readonly Guidance[];
}

const MAX_TABLET_MCG = 150_000;
const MAX_WATER_UL = 1_000_000;
export const MAX_SUPPLY_DAYS = 366;

function invalid(field: string, message: string): never {
  throw new DomainError('LDN_VALIDATION_FAILED', `${field}: ${message}`, { field });
}

function checkDays(days: number | undefined): number {
  const d = days ?? 30;
  if (!Number.isInteger(d) || d < 1 || d > MAX_SUPPLY_DAYS)
    invalid('days', `must be a whole number from 1 to ${MAX_SUPPLY_DAYS}; got ${String(d)}.`);
  return d;
}

function guidance(records: readonly CompoundingRecord[], ids: readonly string[], sources: readonly TherapySource[]): Guidance[] {
  return ids.flatMap((id) => {
    const r = records.find((x) => x.id === id);
    return r && 'text' in r ? [{ text: r.text, sources: resolveSources(r.sources, sources) }] : [];
  });
}

export function liquidFromTablets(input: LiquidInput, data: CompoundingData): LiquidResult {
  const tabletMcg = parseThousandths(input.tabletMg, 'tabletMg', 'number of mg');
  if (tabletMcg <= 0 || tabletMcg > MAX_TABLET_MCG) invalid('tabletMg', `must be above 0 and at most ${formatMg(MAX_TABLET_MCG)} mg.`);
  const doseMcg = doseFromMg(input.doseMg, 'doseMg');
  const days = checkDays(input.days);
  const stepUl =
    input.syringeStepMl === undefined ? DEFAULT_SYRINGE_STEP_UL : parseThousandths(input.syringeStepMl, 'syringeStepMl', 'volume in mL');
  if (!(SYRINGE_STEPS_UL as readonly number[]).includes(stepUl)) {
    invalid('syringeStepMl', `must be one of ${SYRINGE_STEPS_UL.map(formatMl).join(', ')} mL.`);
  }
  const hasWater = input.waterMl !== undefined;
  const hasTarget = input.targetConcentrationMgPerMl !== undefined;
  if (hasWater === hasTarget) invalid('waterMl', 'give either waterMl or targetConcentrationMgPerMl (exactly one).');

  let conc;
  if (hasWater) {
    const waterUl = parseThousandths(input.waterMl!, 'waterMl', 'volume in mL');
    if (waterUl <= 0 || waterUl > MAX_WATER_UL) invalid('waterMl', 'must be above 0 and at most 1000 mL.');
    conc = concentration(tabletMcg, waterUl);
  } else {
    const cMcgPerMl = parseThousandths(input.targetConcentrationMgPerMl!, 'targetConcentrationMgPerMl', 'number of mg per mL');
    if (cMcgPerMl <= 0 || cMcgPerMl > tabletMcg) invalid('targetConcentrationMgPerMl', 'must be above 0 and at most one tablet per mL.');
    conc = concentration(cMcgPerMl, 1000);
  }
  const waterUlNum = tabletMcg * conc.den;
  const waterUl = roundDiv(waterUlNum, conc.num);
  if (waterUl > MAX_WATER_UL) invalid('targetConcentrationMgPerMl', 'one tablet would need more than 1000 mL of water.');
  const { mgPerMl, exact } = formatConcentration(conc);

  const v = volumeForDose(doseMcg, conc, stepUl);
  const errorPercent = formatPermille(v.errorPermille);
  const perDoseText =
    v.errorMcg === 0 && v.exactIsExact
      ? `Draw up ${formatMl(v.roundedUl)} mL for ${formatMg(doseMcg)} mg.`
      : `Draw up ${formatMl(v.roundedUl)} mL (the exact volume is ${v.exactMl} mL); it holds ${formatMg(v.deliveredMcg)} mg, ` +
        `${v.errorMcg >= 0 ? '+' : ''}${formatMg(v.errorMcg)} mg (${errorPercent}%) from the intended ${formatMg(doseMcg)} mg.`;

  const bud = data.compounding.find(
    (r): r is Extract<CompoundingRecord, { kind: 'beyond-use' }> =>
      r.kind === 'beyond-use' && r.preparation === (input.preserved ? 'aqueous-preserved' : 'aqueous-unpreserved'),
  );
  if (!bud)
    throw new DomainError('LDN_CORPUS_INVALID', 'compounding: no beyond-use record for this preparation.', { field: 'compounding' });

  const totalUl = v.roundedUl * days;
  // tablets by volume = ceil(totalUl / (tabletMcg*den/num)) = ceil(totalUl*num / (tabletMcg*den))
  const tabletsByVolume = Math.ceil((totalUl * conc.num) / waterUlNum);
  const dosesPerTablet = Math.floor(waterUlNum / (conc.num * v.roundedUl));
  const batchDays = Math.min(dosesPerTablet, bud.days);
  if (batchDays < 1) invalid('doseMg', 'one dose needs more than one tablet at this concentration.');
  const tablets = Math.ceil(days / batchDays);
  const supplyText =
    `${String(days)} days at ${formatMl(v.roundedUl)} mL a day need ${formatMl(totalUl)} mL: ${String(tabletsByVolume)} tablet(s) by volume. ` +
    `One tablet in ${formatMl(waterUl)} mL lasts ${String(dosesPerTablet)} day(s); with a ${String(bud.days)}-day beyond-use period, ` +
    `mix one tablet every ${String(batchDays)} day(s): ${String(tablets)} tablet(s) in all.`;

  return {
    tabletMg: mcgToMg(tabletMcg),
    waterMl: mlNumber(waterUl),
    waterMlExact: waterUlNum % conc.num === 0,
    concentrationMgPerMl: mgPerMl,
    concentrationExact: exact,
    doseMg: mcgToMg(doseMcg),
    perDose: {
      exactMl: Number(v.exactMl),
      syringeStepMl: mlNumber(stepUl),
      ml: mlNumber(v.roundedUl),
      deliveredMg: mcgToMg(v.deliveredMcg),
      errorMg: mcgToMg(v.errorMcg),
      errorPercent,
      text: perDoseText,
    },
    supply: { days, totalMl: mlNumber(totalUl), tabletsByVolume, batchDays, tablets, text: supplyText },
    storage: { beyondUseDays: bud.days, storage: bud.storage, text: bud.text, sources: resolveSources(bud.sources, data.sources) },
    warnings: guidance(data.compounding, ['warning-home-dilution', 'warning-liquid-equivalence', 'warning-slow-release'], data.sources),
  };
}

export interface CapsuleInput {
  readonly doseMg: number | string;
  /** Strength of each capsule; default one capsule of the dose. */
  readonly capsuleMg?: number | string;
  readonly days?: number;
}

export interface CapsuleResult {
  readonly doseMg: number;
  readonly capsuleMg: number;
  readonly capsulesPerDose: number;
  readonly days: number;
  readonly count: number;
  readonly fillers: readonly {
    readonly name: string;
    readonly verdict: 'preferred' | 'acceptable' | 'avoid';
    readonly text: string;
    readonly sources: readonly SourceRef[];
  }[];
  readonly warnings: readonly Guidance[];
}

export function capsulePlan(input: CapsuleInput, data: CompoundingData): CapsuleResult {
  const doseMcg = doseFromMg(input.doseMg, 'doseMg');
  const capsuleMcg = input.capsuleMg === undefined ? doseMcg : doseFromMg(input.capsuleMg, 'capsuleMg');
  if (doseMcg % capsuleMcg !== 0) {
    invalid('capsuleMg', `${formatMg(doseMcg)} mg is not a whole number of ${formatMg(capsuleMcg)} mg capsules.`);
  }
  const days = checkDays(input.days);
  const perDose = doseMcg / capsuleMcg;
  const fillers = data.compounding
    .filter((r): r is Extract<CompoundingRecord, { kind: 'filler' }> => r.kind === 'filler')
    .map((r) => ({ name: r.name, verdict: r.verdict, text: r.text, sources: resolveSources(r.sources, data.sources) }));
  return {
    doseMg: mcgToMg(doseMcg),
    capsuleMg: mcgToMg(capsuleMcg),
    capsulesPerDose: perDose,
    days,
    count: perDose * days,
    fillers,
    warnings: guidance(data.compounding, ['warning-slow-release', 'warning-liquid-equivalence'], data.sources),
  };
}

export interface CostRange {
  readonly form: 'liquid' | 'capsule' | 'sublingual';
  readonly currency: 'USD';
  readonly days: number;
  /** Dollars with two decimals, e.g. "0.50". */
  readonly perDose: { readonly min: string; readonly max: string };
  readonly perMonth: { readonly min: string; readonly max: string };
  readonly text: string;
  readonly sources: readonly SourceRef[];
}

const dollars = (cents: number): string => `${String(Math.floor(cents / 100))}.${String(cents % 100).padStart(2, '0')}`;

/** Monthly cost range for one dose a day, from the per-dose prices in the data. */
export function monthlyCost(form: CostRange['form'], data: CompoundingData, days = 30): CostRange {
  const d = checkDays(days);
  const rec = data.compounding.find((r): r is Extract<CompoundingRecord, { kind: 'cost' }> => r.kind === 'cost' && r.form === form);
  if (!rec) invalid('form', `no cost data for "${form}"; choose liquid, capsule or sublingual.`);
  return {
    form,
    currency: 'USD',
    days: d,
    perDose: { min: dollars(rec.perDoseCents.min), max: dollars(rec.perDoseCents.max) },
    perMonth: { min: dollars(rec.perDoseCents.min * d), max: dollars(rec.perDoseCents.max * d) },
    text: rec.text,
    sources: resolveSources(rec.sources, data.sources),
  };
}
