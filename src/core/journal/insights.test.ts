import { describe, expect, it } from 'vitest';
import { parseEntry } from './entry.js';
import { computeInsights, UNCONTROLLED_CAVEAT } from './insights.js';
import { addDays, type LocalDate } from '../shared/dates.js';

const start = '2026-01-01' as LocalDate;
/** Persona: Robin, 14 days on 1.5 mg with pain 6-7, then 14 days on 3 mg with pain 4-5. */
function robin() {
  return Array.from({ length: 28 }, (_, i) =>
    parseEntry({
      day: addDays(start, i),
      dose: { mg: i < 14 ? '1.5' : 3, time: '22:00', form: 'capsule' },
      scores: { pain: i < 14 ? 6 + (i % 2) : 4 + (i % 2), mood: 5 },
      sideEffects: i < 3 ? [{ key: 'vivid_dreams', severity: 'mild' }] : [],
    }),
  );
}

describe('journal insights', () => {
  it('finds dose steps in exact micrograms', () => {
    const ins = computeInsights(robin());
    expect(ins.doseSteps).toEqual([
      { from: '2026-01-01', to: '2026-01-14', mcg: 1500 },
      { from: '2026-01-15', to: '2026-01-28', mcg: 3000 },
    ]);
  });

  it('compares before and after a dose change with a Welch interval (known answer)', () => {
    const pain = computeInsights(robin()).comparisons.find((c) => c.scale === 'pain');
    // before: 7x6 and 7x7 (mean 6.5); after: 7x4 and 7x5 (mean 4.5); each sd = 0.5189, se = 0.1961,
    // Welch df = 26, t(0.975, 26) = 2.0555 -> half-width 0.4031.
    expect(pain?.difference?.estimate).toBeCloseTo(-2, 10);
    expect(pain?.difference?.low).toBeCloseTo(-2.40313, 4);
    expect(pain?.difference?.high).toBeCloseTo(-1.59687, 4);
    expect(pain?.reading).toBe('better'); // lower pain is better
    const mood = computeInsights(robin()).comparisons.find((c) => c.scale === 'mood');
    expect(mood?.reading).toBe('no clear change');
    expect(mood?.difference).toEqual({ estimate: 0, low: 0, high: 0 });
  });

  it('counts "too unwell to log" days as entries of their own, and missing days separately', () => {
    const entries = [
      parseEntry({ day: '2026-02-01', scores: { pain: 5 } }),
      parseEntry({ day: '2026-02-02', status: 'too_unwell' }),
      parseEntry({ day: '2026-02-05', scores: { pain: 4 } }),
    ];
    expect(computeInsights(entries).days).toEqual({ logged: 2, tooUnwell: 1, missing: 2 });
  });

  it('always carries the plain-language caveat and builds a side-effect timeline', () => {
    const ins = computeInsights(robin());
    expect(ins.caveat).toBe(UNCONTROLLED_CAVEAT);
    expect(ins.caveat).toMatch(/not controlled/);
    expect(ins.sideEffects).toEqual([
      {
        key: 'vivid_dreams',
        days: robin()
          .slice(0, 3)
          .map((e) => ({ day: e.day, severity: 'mild' })),
      },
    ]);
  });

  it('says "too few days" rather than inventing an interval', () => {
    const entries = [
      parseEntry({ day: '2026-03-01', dose: { mg: 1.5 }, scores: { pain: 5 } }),
      parseEntry({ day: '2026-03-02', dose: { mg: 3 }, scores: { pain: 4 } }),
    ];
    const c = computeInsights(entries).comparisons[0];
    expect(c?.reading).toBe('too few days');
    expect(c?.difference).toBeNull();
  });

  it('handles an empty journal without NaN', () => {
    const ins = computeInsights([]);
    expect(JSON.stringify(ins)).not.toContain('NaN');
    expect(ins.days).toEqual({ logged: 0, tooUnwell: 0, missing: 0 });
  });
});

describe('entry parsing', () => {
  it('keeps 4.5 mg exact as 4500 micrograms', () => {
    expect(parseEntry({ day: '2026-01-01', dose: { mg: 4.5 } }).dose?.mcg).toBe(4500);
    expect(parseEntry({ day: '2026-01-01', dose: { mg: '0.1' } }).dose?.mcg).toBe(100);
  });
  it.each([
    [{ day: '2026-02-30' }, 'day'],
    [{ day: '2026-01-01', dose: { mg: -1 } }, 'dose.mg'],
    [{ day: '2026-01-01', dose: { mg: 500 } }, 'dose.mg'],
    [{ day: '2026-01-01', scores: { pain: 11 } }, 'scores.pain'],
    [{ day: '2026-01-01', scores: { pain: 2.5 } }, 'scores.pain'],
    [{ day: '2026-01-01', dose: { mg: 3, time: '25:00' } }, 'dose.time'],
    [{ day: '2026-01-01', status: 'too_unwell', scores: { pain: 3 } }, 'status'],
  ])('rejects %j naming %s', (input, field) => {
    const r = (() => {
      try {
        parseEntry(input);
        return null;
      } catch (e) {
        return (e as { issues: Array<{ path: unknown[] }> }).issues[0]?.path.join('.');
      }
    })();
    expect(r).toBe(field);
  });
});
