/**
 * The calculator's form state and its translation to the API's request bodies.
 * Pure, so it is unit tested. Only what the browser can tell without a round
 * trip is checked here (an empty box, days that are not a whole number); the
 * API checks everything else and names the field.
 */
import type { z } from 'zod';
import type { capsuleRequestSchema, liquidRequestSchema } from '../../../../contracts/therapy.js';
import { DEFAULT_SYRINGE_STEP_UL, formatMl, SYRINGE_STEPS_UL } from '../../../../core/therapy/quantity.js';

export type LiquidRequest = z.input<typeof liquidRequestSchema>;
export type CapsuleRequest = z.input<typeof capsuleRequestSchema>;

export type Mode = 'liquid' | 'capsule';
/** A liquid's strength is set either by the water for one tablet or by the mg per mL wanted. */
export type StrengthBy = 'water' | 'target';

export interface LiquidFields {
  readonly tabletMg: string;
  readonly strengthBy: StrengthBy;
  readonly waterMl: string;
  readonly targetConcentrationMgPerMl: string;
  readonly doseMg: string;
  readonly days: string;
  readonly syringeStepMl: string;
  readonly preserved: boolean;
}

export interface CapsuleFields {
  readonly doseMg: string;
  /** Empty for one capsule per dose. */
  readonly capsuleMg: string;
  readonly days: string;
}

/** The oral-syringe markings the API accepts, in mL ("0.05", "0.1", ...), taken from the core so they stay in step. */
export const SYRINGE_STEPS_ML: readonly string[] = SYRINGE_STEPS_UL.map(formatMl);

export const LIQUID_DEFAULTS: LiquidFields = {
  tabletMg: '50',
  strengthBy: 'water',
  waterMl: '50',
  targetConcentrationMgPerMl: '1',
  doseMg: '4.5',
  days: '30',
  syringeStepMl: formatMl(DEFAULT_SYRINGE_STEP_UL),
  preserved: false,
};

export const CAPSULE_DEFAULTS: CapsuleFields = { doseMg: '4.5', capsuleMg: '', days: '30' };

export type Checked<T> = { readonly ok: true; readonly body: T } | { readonly ok: false; readonly field: string; readonly message: string };

const problem = (field: string, message: string): Checked<never> => ({ ok: false, field, message });

/** Days go to the API as a JSON number, so a non-number is caught here rather than as a type error there. */
function parseDays(text: string): number | null {
  const t = text.trim();
  return /^\d{1,4}$/.test(t) ? Number(t) : null;
}

export function liquidRequest(f: LiquidFields): Checked<LiquidRequest> {
  const tabletMg = f.tabletMg.trim();
  const waterMl = f.waterMl.trim();
  const target = f.targetConcentrationMgPerMl.trim();
  const doseMg = f.doseMg.trim();
  if (tabletMg === '') return problem('tabletMg', 'Give the strength of one tablet in mg, such as 50.');
  if (f.strengthBy === 'water' && waterMl === '') return problem('waterMl', 'Give the water for one tablet in mL, such as 50.');
  if (f.strengthBy === 'target' && target === '')
    return problem('targetConcentrationMgPerMl', 'Give the strength wanted in mg per mL, such as 1.');
  if (doseMg === '') return problem('doseMg', 'Give the dose in mg, such as 4.5.');
  const days = parseDays(f.days);
  if (days === null) return problem('days', 'Days of supply must be a whole number, such as 30.');
  return {
    ok: true,
    body: {
      tabletMg,
      ...(f.strengthBy === 'water' ? { waterMl } : { targetConcentrationMgPerMl: target }),
      doseMg,
      days,
      syringeStepMl: f.syringeStepMl,
      preserved: f.preserved,
    },
  };
}

export function capsuleRequest(f: CapsuleFields): Checked<CapsuleRequest> {
  const doseMg = f.doseMg.trim();
  const capsuleMg = f.capsuleMg.trim();
  if (doseMg === '') return problem('doseMg', 'Give the dose in mg, such as 4.5.');
  const days = parseDays(f.days);
  if (days === null) return problem('days', 'Days of supply must be a whole number, such as 30.');
  return { ok: true, body: { doseMg, ...(capsuleMg === '' ? {} : { capsuleMg }), days } };
}
