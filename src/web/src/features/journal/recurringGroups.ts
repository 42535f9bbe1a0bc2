import type { Insights } from './types.js';

export type Recurring = Insights['recurringSideEffects'][number];

/**
 * Side effects answered by the same guidance share one card (vivid dreams and trouble sleeping both lead to the sleep
 * advice), so nobody on a phone reads the same paragraphs twice. One with no guidance keeps a card of its own.
 * Groups keep the API's order (severe first, then most days): a card sits where its first member does.
 */
export function groupByAdvice(items: readonly Recurring[]): Recurring[][] {
  const groups = new Map<string, Recurring[]>();
  for (const item of items) {
    const signature = item.advice.length === 0 ? `none:${item.key}` : item.advice.map((a) => a.id).join(' ');
    groups.set(signature, [...(groups.get(signature) ?? []), item]);
  }
  return [...groups.values()];
}

/**
 * Checklist labels as one phrase: "Headache", "Headache and nausea", "Headache, nausea and dizziness". Labels after the
 * first lose their capital (no checklist label starts with an abbreviation); the rest of each label is kept, "(MS)" too.
 */
export function joinedLabels(labels: readonly string[]): string {
  const words = labels.map((l, i) => (i === 0 ? l : l.charAt(0).toLowerCase() + l.slice(1)));
  return words.length <= 1 ? (words[0] ?? '') : `${words.slice(0, -1).join(', ')} and ${words[words.length - 1] ?? ''}`;
}
