import { SIDE_EFFECT_LABELS } from '../../../../core/journal/side-effects.js';
import type { Entry } from './types.js';

const effectLabel = (key: string): string => SIDE_EFFECT_LABELS.get(key) ?? key.replace(/_/g, ' ');

/** One line of words describing an entry, e.g. "1.5 mg at 21:30; pain 3, fatigue 5; vivid dreams (mild)". */
export function describeEntry(entry: Pick<Entry, 'status' | 'dose' | 'scores' | 'sideEffects' | 'note'>): string {
  if (entry.status === 'too_unwell') return 'Too unwell to log';
  const parts: string[] = [];
  if (entry.dose) parts.push(`${entry.dose.mg} mg${entry.dose.time ? ` at ${entry.dose.time}` : ''}`);
  else parts.push('no dose recorded');
  const scores = Object.entries(entry.scores).map(([k, v]) => `${k.replace(/_/g, ' ')} ${v}`);
  if (scores.length) parts.push(scores.join(', '));
  if (entry.sideEffects.length) parts.push(entry.sideEffects.map((s) => `${effectLabel(s.key).toLowerCase()} (${s.severity})`).join(', '));
  if (entry.note) parts.push(`note: ${entry.note}`);
  return parts.join('; ');
}

export function EntrySummary({ entry }: { entry: Parameters<typeof describeEntry>[0] }): React.JSX.Element {
  return <span>{describeEntry(entry)}</span>;
}
