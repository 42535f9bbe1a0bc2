import { describe, expect, it } from 'vitest';
import { groupByAdvice, joinedLabels, type Recurring } from './recurringGroups.js';

const window = { from: '2026-11-30', to: '2026-12-06' };
const advice = (id: string): Recurring['advice'][number] => ({ id, title: id, text: `${id} text`, sources: [] });
const item = (key: string, ids: readonly string[], severe = false): Recurring => ({
  key,
  label: key,
  days: 3,
  window,
  severe,
  advice: ids.map(advice),
});

describe('recurring side effects grouped by their guidance', () => {
  it('puts side effects with the same guidance on one card, in the order given, and keeps the rest apart', () => {
    const items = [
      item('headache', ['se-head'], true),
      item('vivid_dreams', ['se-sleep', 'timing']),
      item('dizziness', []),
      item('insomnia', ['se-sleep', 'timing']),
      item('nausea', ['se-head']),
      item('anxiety', []),
    ];
    expect(groupByAdvice(items).map((g) => g.map((i) => i.key))).toEqual([
      ['headache', 'nausea'],
      ['vivid_dreams', 'insomnia'],
      ['dizziness'],
      ['anxiety'],
    ]);
  });

  it('does not merge guidance lists that differ in content or order', () => {
    const items = [item('a', ['x', 'y']), item('b', ['y', 'x']), item('c', ['x'])];
    expect(groupByAdvice(items)).toHaveLength(3);
  });

  it('joins labels as a sentence', () => {
    expect(joinedLabels([])).toBe('');
    expect(joinedLabels(['Headache'])).toBe('Headache');
    expect(joinedLabels(['Headache', 'nausea'])).toBe('Headache and nausea');
    expect(joinedLabels(['Headache', 'Nausea', 'Dizziness'])).toBe('Headache, nausea and dizziness');
    expect(joinedLabels(['Vivid dreams', 'More muscle stiffness (MS)'])).toBe('Vivid dreams and more muscle stiffness (MS)');
  });
});
