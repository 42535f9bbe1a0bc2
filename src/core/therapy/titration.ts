/**
 * Titration planner: turns a protocol (data/therapy/protocols) or custom
 * numbers into a dated schedule of steps and days. Doses stay integer
 * micrograms throughout; mg and mL appear only in the output fields.
 */
import { DomainError } from '../shared/errors.js';
import { addDays, parseLocalDate, type LocalDate } from '../shared/dates.js';
import { formatMg, mcgToMg, type DoseMcg } from '../shared/dose.js';
import {
  concentration,
  DEFAULT_SYRINGE_STEP_UL,
  doseFromMg,
  formatConcentration,
  formatMl,
  formatPermille,
  mlNumber,
  parseThousandths,
  SYRINGE_STEPS_UL,
  volumeForDose,
  type Concentration,
} from './quantity.js';
import { resolveSources, type SourceRef } from './sources.js';
import type { Advice, Protocol, TherapySource } from './schema.js';

export const MAX_PLAN_DAYS = 3660;
/** After the last step the plan keeps the target dose this long unless told otherwise. */
export const DEFAULT_MAINTENANCE_DAYS = 28;

export const OFF_LABEL_NOTICE =
  'Low-dose naltrexone is an off-label use of naltrexone. This plan is a planning aid, not medical advice: agree every dose and change with your prescriber.';

export type PlanFormInput =
  | { readonly kind: 'mg' }
  | { readonly kind: 'liquid'; readonly concentrationMgPerMl?: number | string; readonly syringeStepMl?: number | string }
  | { readonly kind: 'capsule'; readonly strengthsMg?: readonly (number | string)[] };

export interface CustomProtocolInput {
  readonly startMg: number | string;
  readonly stepMg: number | string;
  readonly intervalDays: number;
  readonly targetMg: number | string;
  readonly maxMg: number | string;
}

export interface PlanInput {
  readonly protocolId: string;
  /** First day of the plan, YYYY-MM-DD. */
  readonly startDate: string;
  /** Total days covered (titration plus maintenance). Default: titration + 28 days. */
  readonly durationDays?: number;
  readonly form?: PlanFormInput;
  /** Required when protocolId is "custom". */
  readonly custom?: CustomProtocolInput;
}

export interface PlanData {
  readonly protocols: readonly Protocol[];
  readonly advice: readonly Advice[];
  readonly sources: readonly TherapySource[];
}

export type PlanForm =
  | { readonly kind: 'mg' }
  | { readonly kind: 'liquid'; readonly concentrationMgPerMl: string; readonly syringeStepMl: number }
  | { readonly kind: 'capsule'; readonly strengthsMg: readonly number[] | null };

export interface CapsuleCount {
  readonly strengthMg: number;
  readonly count: number;
}

export interface PlanStep {
  readonly index: number;
  /** First and last day of the step, inclusive. */
  readonly from: LocalDate;
  readonly to: LocalDate;
  readonly days: number;
  readonly doseMcg: DoseMcg;
  readonly doseMg: number;
  /** Liquid only: volume rounded to the syringe graduation. */
  readonly doseMl?: number;
  /** Liquid only, when rounding changes the dose: e.g. "0.1 mL holds 0.1 mg (-20.0%)". */
  readonly roundingNote?: string;
  /** Capsule only: how to make up the dose from the stated strengths (one capsule of the dose if none given). */
  readonly capsules?: readonly CapsuleCount[];
  readonly label: string;
}

export interface PlanDay {
  readonly date: LocalDate;
  readonly day: number;
  readonly step: number;
  readonly doseMcg: DoseMcg;
  readonly doseMg: number;
  readonly doseMl?: number;
}

export interface AdviceItem {
  readonly id: string;
  readonly title: string;
  readonly trigger?: string;
  readonly action: Advice['action'];
  readonly text: string;
  readonly sources: readonly SourceRef[];
}

export interface Plan {
  readonly protocol: {
    readonly id: string;
    readonly name: string;
    readonly description: string;
    readonly notes: readonly string[];
    readonly setting: 'self' | 'supervised';
  };
  readonly parameters: {
    readonly startMcg: number;
    readonly stepMcg: number;
    readonly intervalDays: number;
    readonly targetMcg: number;
    readonly maxMcg: number;
  };
  readonly startDate: LocalDate;
  readonly endDate: LocalDate;
  readonly durationDays: number;
  /** The day the target dose is first taken, or null if the plan ends before it. */
  readonly targetReachedOn: LocalDate | null;
  readonly form: PlanForm;
  readonly steps: readonly PlanStep[];
  readonly days: readonly PlanDay[];
  readonly timing: readonly AdviceItem[];
  readonly sideEffectRules: readonly AdviceItem[];
  readonly notices: readonly string[];
  readonly sources: readonly SourceRef[];
}

function invalid(field: string, message: string): never {
  throw new DomainError('LDN_VALIDATION_FAILED', `${field}: ${message}`, { field });
}

function isZero(value: number | string): boolean {
  const n = typeof value === 'number' ? value : Number(value.trim());
  return n === 0 && String(value).trim() !== '';
}

interface Params {
  startMcg: number;
  stepMcg: number;
  intervalDays: number;
  targetMcg: number;
  maxMcg: number;
}

function customParams(c: CustomProtocolInput | undefined): Params {
  if (!c) invalid('custom', 'the custom protocol needs startMg, stepMg, intervalDays, targetMg and maxMg.');
  const startMcg = doseFromMg(c.startMg, 'custom.startMg');
  if (isZero(c.stepMg)) {
    throw new DomainError('LDN_PLAN_STEP_ZERO', 'custom.stepMg: a step of 0 mg would never reach the target; use a positive step.', {
      field: 'custom.stepMg',
    });
  }
  const stepMcg = doseFromMg(c.stepMg, 'custom.stepMg');
  const targetMcg = doseFromMg(c.targetMg, 'custom.targetMg');
  const maxMcg = doseFromMg(c.maxMg, 'custom.maxMg');
  if (!Number.isInteger(c.intervalDays) || c.intervalDays < 1 || c.intervalDays > 365) {
    invalid('custom.intervalDays', `days between steps must be a whole number from 1 to 365; got ${String(c.intervalDays)}.`);
  }
  if (targetMcg > maxMcg) {
    throw new DomainError(
      'LDN_PLAN_TARGET_ABOVE_MAX',
      `custom.targetMg: the target ${formatMg(targetMcg)} mg is above the maximum ${formatMg(maxMcg)} mg.`,
      { field: 'custom.targetMg' },
    );
  }
  if (startMcg > targetMcg) {
    throw new DomainError(
      'LDN_DOSE_OUT_OF_RANGE',
      `custom.startMg: the start dose ${formatMg(startMcg)} mg is above the target ${formatMg(targetMcg)} mg; this planner only steps up.`,
      { field: 'custom.startMg' },
    );
  }
  return { startMcg, stepMcg, intervalDays: c.intervalDays, targetMcg, maxMcg };
}

interface FormPlan {
  form: PlanForm;
  conc: Concentration | null;
  stepUl: number;
  strengthsMcg: number[] | null;
}

function parseForm(input: PlanFormInput | undefined): FormPlan {
  if (!input || input.kind === 'mg') return { form: { kind: 'mg' }, conc: null, stepUl: 0, strengthsMcg: null };
  if (input.kind === 'liquid') {
    const concMcgPerMl = parseThousandths(input.concentrationMgPerMl ?? 1, 'form.concentrationMgPerMl', 'number of mg per mL');
    if (concMcgPerMl <= 0 || concMcgPerMl > 50_000) invalid('form.concentrationMgPerMl', 'must be above 0 and at most 50 mg/mL.');
    const stepUl =
      input.syringeStepMl === undefined
        ? DEFAULT_SYRINGE_STEP_UL
        : parseThousandths(input.syringeStepMl, 'form.syringeStepMl', 'volume in mL');
    if (!(SYRINGE_STEPS_UL as readonly number[]).includes(stepUl)) {
      invalid('form.syringeStepMl', `syringe graduation must be one of ${SYRINGE_STEPS_UL.map(formatMl).join(', ')} mL.`);
    }
    const conc = concentration(concMcgPerMl, 1000);
    return {
      form: { kind: 'liquid', concentrationMgPerMl: formatConcentration(conc).mgPerMl, syringeStepMl: mlNumber(stepUl) },
      conc,
      stepUl,
      strengthsMcg: null,
    };
  }
  if (input.kind === 'capsule') {
    const list = input.strengthsMg;
    if (!list || list.length === 0) return { form: { kind: 'capsule', strengthsMg: null }, conc: null, stepUl: 0, strengthsMcg: null };
    if (list.length > 6) invalid('form.strengthsMg', 'give at most 6 capsule strengths.');
    const strengthsMcg = [...new Set(list.map((s, i) => doseFromMg(s, `form.strengthsMg.${i}`) as number))].sort((a, b) => b - a);
    return { form: { kind: 'capsule', strengthsMg: strengthsMcg.map(mcgToMg) }, conc: null, stepUl: 0, strengthsMcg };
  }
  return invalid('form.kind', 'must be "mg", "liquid" or "capsule".');
}

/** Fewest capsules that add up exactly to the dose (coin change over a few strengths). */
function capsulesFor(doseMcg: number, strengths: readonly number[]): CapsuleCount[] | null {
  const unit = strengths.reduce((g, s) => {
    let [a, b] = [g, s];
    while (b) [a, b] = [b, a % b];
    return a;
  }, doseMcg);
  const n = doseMcg / unit;
  const coins = strengths.map((s) => s / unit);
  const best = new Array<number>(n + 1).fill(Infinity);
  const pick = new Array<number>(n + 1).fill(-1);
  best[0] = 0;
  for (let v = 1; v <= n; v++) {
    coins.forEach((c, i) => {
      if (c <= v && best[v - c]! + 1 < best[v]!) {
        best[v] = best[v - c]! + 1;
        pick[v] = i;
      }
    });
  }
  if (!Number.isFinite(best[n]!)) return null;
  const counts = new Map<number, number>();
  for (let v = n; v > 0; v -= coins[pick[v]!]!) {
    const s = strengths[pick[v]!]!;
    counts.set(s, (counts.get(s) ?? 0) + 1);
  }
  return [...counts].sort((a, b) => b[0] - a[0]).map(([s, count]) => ({ strengthMg: mcgToMg(s), count }));
}

function adviceItems(list: readonly Advice[], kind: Advice['kind'], sources: readonly TherapySource[]): AdviceItem[] {
  return list
    .filter((a) => a.kind === kind)
    .map((a) => ({
      id: a.id,
      title: a.title,
      ...(a.trigger === undefined ? {} : { trigger: a.trigger }),
      action: a.action,
      text: a.text,
      sources: resolveSources(a.sources, sources),
    }));
}

export function buildPlan(input: PlanInput, data: PlanData): Plan {
  const protocol = data.protocols.find((p) => p.id === input.protocolId);
  if (!protocol) {
    throw new DomainError(
      'LDN_NOT_FOUND',
      `protocolId: no protocol "${input.protocolId}"; choose one of ${data.protocols.map((p) => p.id).join(', ')}.`,
      { field: 'protocolId' },
    );
  }
  if (protocol.kind === 'reference-only') invalid('protocolId', `"${protocol.id}" cannot be scheduled. ${protocol.description}`);
  const startDate = parseLocalDate(input.startDate, 'startDate');
  const params: Params = protocol.kind === 'custom' ? customParams(input.custom) : protocol;
  const formPlan = parseForm(input.form);

  const stepDoses: number[] = [];
  for (let d = params.startMcg; ; d += params.stepMcg) {
    const dose = Math.min(d, params.targetMcg);
    stepDoses.push(dose);
    if (dose >= params.targetMcg) break;
  }
  const titrationDays = (stepDoses.length - 1) * params.intervalDays;
  const durationDays = input.durationDays ?? titrationDays + DEFAULT_MAINTENANCE_DAYS;
  if (!Number.isInteger(durationDays) || durationDays < 1 || durationDays > MAX_PLAN_DAYS) {
    invalid('durationDays', `must be a whole number of days from 1 to ${MAX_PLAN_DAYS}; got ${String(durationDays)}.`);
  }
  const endDate = addDays(startDate, durationDays - 1);
  const notices: string[] = [OFF_LABEL_NOTICE];
  if (protocol.kind === 'stepped' && protocol.setting === 'supervised') {
    notices.push(`The ${protocol.name} regimen has only been used under clinical supervision; do not follow it on your own.`);
  }
  if (params.targetMcg > 6000) notices.push('Doses above 6 mg have not been tested in LDN trials (FINAL used 6 mg).');

  const steps: PlanStep[] = [];
  const days: PlanDay[] = [];
  let largestErrorPermille = 0;
  for (let i = 0; i < stepDoses.length; i++) {
    const fromDay = i * params.intervalDays;
    if (fromDay >= durationDays) break;
    const last = i === stepDoses.length - 1;
    const toDay = last ? durationDays - 1 : Math.min(fromDay + params.intervalDays, durationDays) - 1;
    const doseMcg = stepDoses[i]! as DoseMcg;
    const from = addDays(startDate, fromDay);
    const to = addDays(startDate, toDay);
    let doseMl: number | undefined;
    let roundingNote: string | undefined;
    let capsules: CapsuleCount[] | undefined;
    let label = `${formatMg(doseMcg)} mg`;
    if (formPlan.conc) {
      const v = volumeForDose(doseMcg, formPlan.conc, formPlan.stepUl, `steps.${i}.doseMg`);
      doseMl = mlNumber(v.roundedUl);
      label = `${formatMg(doseMcg)} mg = ${formatMl(v.roundedUl)} mL of ${formatConcentration(formPlan.conc).mgPerMl} mg/mL`;
      if (v.errorMcg !== 0 || !v.exactIsExact) {
        roundingNote = `${formatMl(v.roundedUl)} mL holds ${formatMg(v.deliveredMcg)} mg (${formatPermille(v.errorPermille)}%)`;
        label += ` (holds ${formatMg(v.deliveredMcg)} mg)`;
        largestErrorPermille = Math.max(largestErrorPermille, Math.abs(v.errorPermille));
      }
    } else if (input.form?.kind === 'capsule') {
      if (formPlan.strengthsMcg) {
        const c = capsulesFor(doseMcg, formPlan.strengthsMcg);
        if (!c) {
          invalid(
            'form.strengthsMg',
            `${formatMg(doseMcg)} mg cannot be made up from capsules of ${formPlan.strengthsMcg.map((s) => formatMg(s)).join(', ')} mg.`,
          );
        }
        capsules = c;
        label = `${formatMg(doseMcg)} mg = ${c.map((x) => `${x.count} x ${String(x.strengthMg)} mg`).join(' + ')}`;
      } else {
        capsules = [{ strengthMg: mcgToMg(doseMcg), count: 1 }];
        label = `${formatMg(doseMcg)} mg capsule`;
      }
    }
    steps.push({
      index: i,
      from,
      to,
      days: toDay - fromDay + 1,
      doseMcg,
      doseMg: mcgToMg(doseMcg),
      ...(doseMl === undefined ? {} : { doseMl }),
      ...(roundingNote === undefined ? {} : { roundingNote }),
      ...(capsules === undefined ? {} : { capsules }),
      label,
    });
    for (let d = fromDay; d <= toDay; d++) {
      days.push({
        date: addDays(startDate, d),
        day: d + 1,
        step: i,
        doseMcg,
        doseMg: mcgToMg(doseMcg),
        ...(doseMl === undefined ? {} : { doseMl }),
      });
    }
  }
  const reached = steps.length === stepDoses.length ? steps[steps.length - 1]!.from : null;
  if (!reached) notices.push(`The plan ends on ${endDate}, before the target of ${formatMg(params.targetMcg)} mg is reached.`);
  if (largestErrorPermille > 50) {
    notices.push(
      `At this concentration the syringe rounding changes some doses by up to ${formatPermille(largestErrorPermille)}%; ask the pharmacy for a more dilute liquid or a finer syringe.`,
    );
  }

  const timing = adviceItems(data.advice, 'timing', data.sources);
  const sideEffectRules = adviceItems(data.advice, 'side-effect', data.sources);
  const sourceIds = [...protocol.sources, ...data.advice.flatMap((a) => a.sources)];
  return {
    protocol: {
      id: protocol.id,
      name: protocol.name,
      description: protocol.description,
      notes: protocol.notes,
      setting: protocol.kind === 'stepped' ? protocol.setting : 'self',
    },
    parameters: {
      startMcg: params.startMcg,
      stepMcg: params.stepMcg,
      intervalDays: params.intervalDays,
      targetMcg: params.targetMcg,
      maxMcg: params.maxMcg,
    },
    startDate,
    endDate,
    durationDays,
    targetReachedOn: reached,
    form: formPlan.form,
    steps,
    days,
    timing,
    sideEffectRules,
    notices,
    sources: resolveSources(sourceIds, data.sources),
  };
}
