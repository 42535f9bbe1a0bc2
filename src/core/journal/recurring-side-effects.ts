/**
 * Side effects that keep coming back: a checklist item logged on several of the
 * last few days, with the therapy planner's sourced advice for it. It points to
 * guidance worth reading; it decides nothing about the dose.
 */
import { addDays, type LocalDate } from '../shared/dates.js';
import type { Advice, TherapySource } from '../therapy/schema.js';
import { resolveSources, type SourceRef } from '../therapy/sources.js';
import type { JournalEntry } from './entry.js';
import { SIDE_EFFECT_KEYS, SIDE_EFFECT_LABELS } from './side-effects.js';

/**
 * "At least 3 of the last 7 calendar days" is an app design choice: a pattern worth a look, often enough not to be a
 * one-off night and recent enough to be current. It is not a clinical threshold from any source, and the page says so.
 */
export const RECURRING_WINDOW_DAYS = 7;
export const RECURRING_MIN_DAYS = 3;

export interface LinkedAdvice {
  readonly id: string;
  readonly title: string;
  readonly text: string;
  readonly sources: readonly SourceRef[];
}

export interface RecurringSideEffect {
  readonly key: string;
  readonly label: string;
  /** How many days of the window logged it. */
  readonly days: number;
  /** The window, both ends included: the latest entry's day and the days before it. */
  readonly window: { readonly from: LocalDate; readonly to: LocalDate };
  /** Rated "severe" on at least one of those days. */
  readonly severe: boolean;
  /** The planner's advice that names this checklist key, in the order given. */
  readonly advice: readonly LinkedAdvice[];
}

/**
 * Side effects logged on at least RECURRING_MIN_DAYS of the RECURRING_WINDOW_DAYS calendar days ending on the latest
 * entry's day. "Too unwell to log" days and days without an entry count as not logged. Any rated severe first (its
 * card says to contact the prescriber, so it must not sit below milder ones), then most days, then checklist order
 * (keys outside the checklist last, by key).
 */
export function recurringSideEffects(
  entries: readonly JournalEntry[],
  advice: readonly Advice[],
  sources: readonly TherapySource[],
): RecurringSideEffect[] {
  const to = entries.reduce<LocalDate | null>((latest, e) => (latest === null || e.day > latest ? e.day : latest), null);
  if (to === null) return [];
  const from = addDays(to, -(RECURRING_WINDOW_DAYS - 1));

  const seen = new Map<string, { days: Set<LocalDate>; severe: boolean }>();
  for (const e of entries) {
    if (e.status !== 'logged' || e.day < from || e.day > to) continue;
    for (const se of e.sideEffects) {
      const found = seen.get(se.key) ?? { days: new Set<LocalDate>(), severe: false };
      found.days.add(e.day);
      if (se.severity === 'severe') found.severe = true;
      seen.set(se.key, found);
    }
  }

  const order = (key: string): number => {
    const i = SIDE_EFFECT_KEYS.indexOf(key);
    return i === -1 ? SIDE_EFFECT_KEYS.length : i;
  };
  return [...seen.entries()]
    .filter(([, f]) => f.days.size >= RECURRING_MIN_DAYS)
    .map(([key, f]) => ({
      key,
      label: SIDE_EFFECT_LABELS.get(key) ?? key,
      days: f.days.size,
      window: { from, to },
      severe: f.severe,
      advice: advice
        .filter((a) => a.journalSideEffects?.includes(key))
        .map((a) => ({ id: a.id, title: a.title, text: a.text, sources: resolveSources(a.sources, sources) })),
    }))
    .sort(
      (a, b) =>
        Number(b.severe) - Number(a.severe) ||
        b.days - a.days ||
        order(a.key) - order(b.key) ||
        (a.key < b.key ? -1 : a.key > b.key ? 1 : 0),
    );
}
