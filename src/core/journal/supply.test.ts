import { describe, expect, it } from 'vitest';
import { addDays, type LocalDate } from '../shared/dates.js';
import { parseEntry, type EntryInput } from './entry.js';
import { computeInsights } from './insights.js';
import { supplyChangesOf } from './supply.js';

const start = '2026-01-01' as LocalDate;
const day = (i: number): LocalDate => addDays(start, i);

describe('supply changes', () => {
  it('marks a change only against the last day that recorded the field', () => {
    const entries = (
      [
        { day: day(0), dose: { mg: 3, form: 'capsule' } }, // first form: where the record starts, not a change
        { day: day(1) }, // no dose at all: blank, not a change
        { day: day(2), dose: { mg: 3, form: 'capsule', pharmacy: 'Elm St' } }, // first pharmacy
        { day: day(3), status: 'too_unwell' },
        { day: day(4), dose: { mg: 3, form: 'liquid', pharmacy: ' elm  st ', lot: 'A1' } }, // same pharmacy, first lot
        { day: day(5), dose: { mg: 3, lot: 'A1' } }, // form and pharmacy left blank
        { day: day(6), dose: { mg: 3, form: 'sublingual', pharmacy: 'Oak Rd', lot: 'B2' } },
      ] satisfies EntryInput[]
    ).map((e) => parseEntry(e));
    expect(supplyChangesOf(entries)).toEqual([
      { day: '2026-01-05', changes: [{ field: 'form', from: 'capsule', to: 'liquid' }] },
      {
        day: '2026-01-07',
        changes: [
          { field: 'form', from: 'liquid', to: 'sublingual' },
          { field: 'pharmacy', from: 'Elm St', to: 'Oak Rd' },
          { field: 'lot', from: 'A1', to: 'B2' },
        ],
      },
    ]);
  });

  it('compares before and after a pharmacy switch at a steady dose (known answer)', () => {
    // Robin's pain numbers from insights.test.ts, but the dose stays at 3 mg and the pharmacy changes on day 15.
    const entries = Array.from({ length: 28 }, (_, i) =>
      parseEntry({
        day: day(i),
        dose: { mg: 3, pharmacy: i < 14 ? 'Elm St' : 'Oak Rd' },
        scores: { pain: i < 14 ? 6 + (i % 2) : 4 + (i % 2) },
      }),
    );
    const ins = computeInsights(entries);
    expect(ins.comparisons).toEqual([]);
    expect(ins.supplyChanges).toHaveLength(1);
    const change = ins.supplyChanges[0];
    expect(change?.day).toBe('2026-01-15');
    expect(change?.changes).toEqual([{ field: 'pharmacy', from: 'Elm St', to: 'Oak Rd' }]);
    expect(change?.notComputed).toBeNull();
    const pain = change?.comparisons.find((c) => c.scale === 'pain');
    // before mean 6.5, after 4.5, Welch df 26, t = 2.0555 -> -2 (-2.40313 to -1.59687).
    expect(pain?.before).toEqual({ n: 14, mean: 6.5 });
    expect(pain?.after).toEqual({ n: 14, mean: 4.5 });
    expect(pain?.difference?.estimate).toBeCloseTo(-2, 10);
    expect(pain?.difference?.low).toBeCloseTo(-2.40313, 4);
    expect(pain?.difference?.high).toBeCloseTo(-1.59687, 4);
    expect(pain?.reading).toBe('better');
  });

  it.each([
    [27, true], // 13 days after the dose change: inside the window
    [28, false], // 14 days after: the before window (days 14-27) is all at the new dose
    [1, true],
    [0, false], // the very first day only starts the record
  ])('with a dose change on day 14 and a new lot on day %i, confounded = %s', (switchDay, confounded) => {
    const entries = Array.from({ length: 43 }, (_, i) =>
      parseEntry({ day: day(i), dose: { mg: i < 14 ? 1.5 : 3, lot: i < switchDay ? 'A1' : 'B2' }, scores: { pain: 5 } }),
    );
    const ins = computeInsights(entries);
    if (switchDay === 0) {
      expect(ins.supplyChanges).toEqual([]);
      return;
    }
    const change = ins.supplyChanges[0];
    expect(change?.day).toBe(day(switchDay));
    if (confounded) {
      expect(change?.notComputed).toMatchObject({ doseChangeDay: '2026-01-15', fromMcg: 1500, toMcg: 3000 });
      expect(change?.notComputed?.reason).toMatch(/dose also changed \(1\.5 to 3 mg on 2026-01-15\)/);
      expect(change?.comparisons).toEqual([]);
    } else {
      expect(change?.notComputed).toBeNull();
      expect(change?.comparisons.map((c) => c.reading)).toEqual(['no clear change']);
    }
  });
});
