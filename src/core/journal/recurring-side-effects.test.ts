import { describe, expect, it } from 'vitest';
import { addDays, type LocalDate } from '../shared/dates.js';
import type { Advice, TherapySource } from '../therapy/schema.js';
import { parseEntry, type JournalEntry } from './entry.js';
import { recurringSideEffects } from './recurring-side-effects.js';

const last = '2026-03-10' as LocalDate;
const window = { from: '2026-03-04', to: '2026-03-10' };

const sources: TherapySource[] = [
  { schemaVersion: 1, id: 'trial-a', citation: 'Trial A, 2010', kind: 'trial', strength: 'primary', pmid: '12345678' },
  { schemaVersion: 1, id: 'page-b', citation: 'Practice page B', kind: 'practice', strength: 'weak', url: 'https://example.org/b' },
];
const advice: Advice[] = [
  {
    schemaVersion: 1,
    id: 'se-head',
    kind: 'side-effect',
    title: 'Headache',
    action: 'step-back',
    text: 'Stay at the dose; step back if it persists.',
    journalSideEffects: ['headache', 'nausea'],
    sources: ['trial-a', 'page-b'],
  },
  {
    schemaVersion: 1,
    id: 'se-sleep',
    kind: 'side-effect',
    title: 'Sleep',
    action: 'hold-step',
    text: 'Hold the step until sleep settles.',
    journalSideEffects: ['vivid_dreams'],
    sources: ['trial-a'],
  },
  {
    schemaVersion: 1,
    id: 'timing',
    kind: 'timing',
    title: 'Morning',
    action: 'switch-to-morning',
    text: 'Take it in the morning if sleep stays disturbed.',
    journalSideEffects: ['vivid_dreams'],
    sources: ['page-b'],
  },
  {
    schemaVersion: 1,
    id: 'bedtime',
    kind: 'timing',
    title: 'Bedtime',
    action: 'take-at-bedtime',
    text: 'Take it at bedtime.',
    sources: ['trial-a'],
  },
];

type Logged = Record<string, 'mild' | 'moderate' | 'severe'>;
/** One entry per offset (days before `last`); `null` is a "too unwell to log" day. */
function journal(days: Record<number, Logged | null>): JournalEntry[] {
  return Object.entries(days).map(([offset, effects]) =>
    parseEntry(
      effects === null
        ? { day: addDays(last, -Number(offset)), status: 'too_unwell' }
        : { day: addDays(last, -Number(offset)), sideEffects: Object.entries(effects).map(([key, severity]) => ({ key, severity })) },
    ),
  );
}
const run = (entries: JournalEntry[]) => recurringSideEffects(entries, advice, sources);

describe('recurring side effects (3 of the last 7 days)', () => {
  it('shows a side effect logged on exactly 3 of the 7 days, with its advice and resolved sources', () => {
    const items = run(journal({ 0: { headache: 'mild' }, 2: { headache: 'moderate' }, 6: { headache: 'mild' } }));
    expect(items).toEqual([
      {
        key: 'headache',
        label: 'Headache',
        days: 3,
        window,
        severe: false,
        advice: [
          {
            id: 'se-head',
            title: 'Headache',
            text: 'Stay at the dose; step back if it persists.',
            sources: [
              { id: 'trial-a', citation: 'Trial A, 2010', strength: 'primary', pmid: '12345678' },
              { id: 'page-b', citation: 'Practice page B', strength: 'weak', url: 'https://example.org/b' },
            ],
          },
        ],
      },
    ]);
  });

  it('does not show 2 of 7', () => {
    expect(run(journal({ 0: { headache: 'mild' }, 3: { headache: 'mild' }, 5: {} }))).toEqual([]);
  });

  it('ignores days outside the window (the 8th day back) and before it', () => {
    expect(run(journal({ 0: { nausea: 'mild' }, 1: { nausea: 'mild' }, 7: { nausea: 'mild' }, 20: { nausea: 'mild' } }))).toEqual([]);
    // The window ends on the latest entry, even if that day logged nothing.
    expect(run(journal({ 0: {}, 1: { nausea: 'mild' }, 2: { nausea: 'mild' }, 7: { nausea: 'severe' } }))).toEqual([]);
  });

  it('counts "too unwell to log" days and days with no entry as not logged', () => {
    // A too-unwell day may carry side effects in the data; it still does not count.
    const unwell = parseEntry({ day: addDays(last, -4), status: 'too_unwell', sideEffects: [{ key: 'headache', severity: 'severe' }] });
    const items = run([...journal({ 0: { headache: 'mild' }, 1: null, 2: { headache: 'mild' } }), unwell]);
    expect(items).toEqual([]);
    const three = run([...journal({ 0: { headache: 'mild' }, 1: null, 2: { headache: 'mild' }, 5: { headache: 'mild' } }), unwell]);
    expect(three.map((i) => [i.key, i.days, i.severe])).toEqual([['headache', 3, false]]);
  });

  it('flags "severe" on any of the days in the window, but not outside it', () => {
    const severe = run(journal({ 0: { insomnia: 'mild' }, 3: { insomnia: 'severe' }, 4: { insomnia: 'mild' } }));
    expect(severe.map((i) => [i.key, i.severe])).toEqual([['insomnia', true]]);
    expect(severe[0]?.advice).toEqual([]); // no advice in this list names insomnia
    const old = run(journal({ 0: { insomnia: 'mild' }, 3: { insomnia: 'mild' }, 4: { insomnia: 'mild' }, 9: { insomnia: 'severe' } }));
    expect(old.map((i) => [i.key, i.severe])).toEqual([['insomnia', false]]);
  });

  it('lists several, most days first, then in checklist order, each with every linked advice in order', () => {
    const items = run(
      journal({
        0: { nausea: 'mild', vivid_dreams: 'mild', dizziness: 'mild', headache: 'moderate' },
        1: { nausea: 'mild', vivid_dreams: 'mild', dizziness: 'mild', headache: 'mild' },
        2: { nausea: 'mild', vivid_dreams: 'mild', dizziness: 'mild', headache: 'mild' },
        3: { dizziness: 'mild', stomach_upset: 'mild' },
        4: { stomach_upset: 'mild' },
      }),
    );
    // Checklist order: vivid_dreams, insomnia, headache, nausea, vomiting, dizziness...
    expect(items.map((i) => [i.key, i.days])).toEqual([
      ['dizziness', 4],
      ['vivid_dreams', 3],
      ['headache', 3],
      ['nausea', 3],
    ]);
    expect(items.find((i) => i.key === 'vivid_dreams')?.advice.map((a) => a.id)).toEqual(['se-sleep', 'timing']);
    expect(items.find((i) => i.key === 'nausea')?.advice.map((a) => a.id)).toEqual(['se-head']);
    expect(items.find((i) => i.key === 'dizziness')?.advice).toEqual([]);
  });

  it('puts one rated severe first, above others logged on more days', () => {
    const items = run(
      journal({
        0: { dizziness: 'mild', headache: 'mild' },
        1: { dizziness: 'mild', headache: 'severe' },
        2: { dizziness: 'mild', headache: 'mild' },
        3: { dizziness: 'mild' },
      }),
    );
    expect(items.map((i) => [i.key, i.days, i.severe])).toEqual([
      ['headache', 3, true],
      ['dizziness', 4, false],
    ]);
  });

  it('counts each day once and accepts entries in any order', () => {
    const entries = journal({ 5: { headache: 'mild' }, 0: { headache: 'mild' }, 3: { headache: 'mild' } }).reverse();
    expect(run(entries).map((i) => [i.key, i.days, i.window])).toEqual([['headache', 3, window]]);
  });

  it('returns nothing for an empty journal', () => {
    expect(run([])).toEqual([]);
  });
});
