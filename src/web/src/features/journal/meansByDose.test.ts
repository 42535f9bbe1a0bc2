import { describe, expect, it } from 'vitest';
import { doseOn, dosesOf, meansByDose } from './meansByDose.js';

const steps = [
  { from: '2026-01-01', to: '2026-01-03', mg: 1.5 },
  { from: '2026-01-05', to: '2026-01-06', mg: 3 },
  { from: '2026-01-07', to: '2026-01-07', mg: 1.5 },
];

describe('means by dose', () => {
  it('finds the dose covering a day, and none in a gap', () => {
    expect(doseOn(steps, '2026-01-02')).toBe(1.5);
    expect(doseOn(steps, '2026-01-04')).toBeUndefined();
    expect(doseOn(steps, '2026-01-06')).toBe(3);
  });

  it('lists doses in the order first taken', () => {
    expect(dosesOf(steps)).toEqual([1.5, 3]);
  });

  it('averages each dose across all its steps, ignoring days with no dose', () => {
    const series = {
      scale: 'pain',
      label: 'Pain',
      higherIsBetter: false,
      points: [
        { day: '2026-01-01', value: 6 },
        { day: '2026-01-02', value: 4 },
        { day: '2026-01-04', value: 10 },
        { day: '2026-01-05', value: 3 },
        { day: '2026-01-07', value: 2 },
      ],
    };
    expect(meansByDose(series, steps)).toEqual([
      { mg: 1.5, n: 3, mean: 4 },
      { mg: 3, n: 1, mean: 3 },
    ]);
    expect(meansByDose({ ...series, points: [] }, steps)).toEqual([
      { mg: 1.5, n: 0, mean: null },
      { mg: 3, n: 0, mean: null },
    ]);
  });
});
