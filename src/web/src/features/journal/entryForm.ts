/** The check-in form's state and its translation to and from the API's entry shape. Pure, so it is unit tested. */
import type { DoseForm } from '../../../../core/journal/entry.js';
import type { Severity } from '../../../../core/journal/side-effects.js';
import type { Entry } from './types.js';

export interface CheckInState {
  readonly day: string;
  readonly doseMg: string;
  readonly time: string;
  readonly form: DoseForm | '';
  readonly pharmacy: string;
  readonly lot: string;
  readonly scores: Readonly<Record<string, number>>;
  readonly sideEffects: Readonly<Record<string, Severity>>;
  readonly note: string;
}

/** Labels for every dose form; typed as a full record so a new form in the core fails the type check here. */
export const DOSE_FORM_LABELS: Readonly<Record<DoseForm, string>> = {
  capsule: 'Capsule',
  liquid: 'Liquid',
  tablet: 'Tablet',
  sublingual: 'Sublingual (under the tongue)',
  cream: 'Cream',
  other: 'Other',
};

const latestWithDose = (entries: readonly Entry[], before: string): Entry | undefined =>
  [...entries].reverse().find((e) => e.dose !== null && e.day <= before) ?? [...entries].reverse().find((e) => e.dose !== null);

/**
 * The form for `day`: that day's saved values when it has an entry, otherwise
 * a blank day with the dose, form, pharmacy and lot carried over from the most
 * recent entry that recorded a dose (people rarely change bottles day to day).
 */
export function stateForDay(day: string, entries: readonly Entry[], now: string): CheckInState {
  const saved = entries.find((e) => e.day === day);
  if (saved && saved.status === 'logged') return fromEntry(saved, now);
  const last = latestWithDose(entries, day)?.dose;
  return {
    day,
    doseMg: last ? String(last.mg) : '',
    time: now,
    form: last?.form ?? '',
    pharmacy: last?.pharmacy ?? '',
    lot: last?.lot ?? '',
    scores: {},
    sideEffects: Object.fromEntries((saved?.sideEffects ?? []).map((s) => [s.key, s.severity])),
    note: saved?.note ?? '',
  };
}

export function fromEntry(entry: Entry, now: string): CheckInState {
  return {
    day: entry.day,
    doseMg: entry.dose ? String(entry.dose.mg) : '',
    time: entry.dose?.time ?? now,
    form: entry.dose?.form ?? '',
    pharmacy: entry.dose?.pharmacy ?? '',
    lot: entry.dose?.lot ?? '',
    scores: { ...entry.scores },
    sideEffects: Object.fromEntries(entry.sideEffects.map((s) => [s.key, s.severity])),
    note: entry.note ?? '',
  };
}

export interface EntryRequest {
  day: string;
  status: 'logged';
  dose: { mg: string; time?: string; form?: DoseForm; pharmacy?: string; lot?: string } | null;
  scores: Record<string, number>;
  sideEffects: Array<{ key: string; severity: Severity }>;
  note?: string;
}

/** An empty dose box means no dose was recorded that day; a decimal comma is accepted as a point. */
export function toRequest(s: CheckInState): EntryRequest {
  const mg = s.doseMg.trim().replace(',', '.');
  const pharmacy = s.pharmacy.trim();
  const lot = s.lot.trim();
  const note = s.note.trim();
  return {
    day: s.day,
    status: 'logged',
    dose: mg
      ? {
          mg,
          ...(s.time ? { time: s.time } : {}),
          ...(s.form ? { form: s.form } : {}),
          ...(pharmacy ? { pharmacy } : {}),
          ...(lot ? { lot } : {}),
        }
      : null,
    scores: { ...s.scores },
    sideEffects: Object.entries(s.sideEffects).map(([key, severity]) => ({ key, severity })),
    ...(note ? { note } : {}),
  };
}
