import { describe, expect, it } from 'vitest';
import { entriesFromCsv, entriesToCsv } from './csv.js';
import { parseEntry } from './entry.js';

describe('journal CSV', () => {
  it('round-trips entries exactly, doses included', () => {
    const entries = [
      parseEntry({
        day: '2026-01-02',
        dose: { mg: 4.5, time: '22:30', form: 'liquid', pharmacy: 'Main St, "Compounding"', lot: 'A1' },
        scores: { pain: 3, brain_fog: 7 },
        sideEffects: [{ key: 'vivid_dreams', severity: 'moderate' }],
        note: 'slept, badly\nwoke twice',
      }),
      parseEntry({ day: '2026-01-03', status: 'too_unwell' }),
    ];
    const csv = entriesToCsv(entries);
    expect(csv.split('\n')[0]).toBe('day,status,dose_mg,dose_time,dose_form,pharmacy,lot,side_effects,note,score_brain_fog,score_pain');
    expect(csv).toContain(',4.5,');
    const back = entriesFromCsv(csv);
    expect(back.errors).toEqual([]);
    expect(back.entries).toEqual(entries);
  });

  it('reports each bad row with its line number and reason, and keeps the good rows', () => {
    const csv = [
      'day,status,dose_mg,score_pain,side_effects',
      '2026-01-01,logged,1.5,4,',
      '2026-02-30,logged,1.5,4,', // impossible date (line 3)
      '2026-01-02,logged,-3,4,', // negative dose (line 4)
      '2026-01-03,logged,3,eleven,', // not a number (line 5)
      '2026-01-04,logged,3,4,headache:awful', // bad severity (line 6)
      '2026-01-05,logged,3,4', // too few columns (line 7)
      '2026-01-01,logged,3,4,', // duplicate day (line 8)
      '2026-01-06,too_unwell,,,',
    ].join('\n');
    const r = entriesFromCsv(csv);
    expect(r.entries.map((e) => e.day)).toEqual(['2026-01-01', '2026-01-06']);
    expect(r.errors.map((e) => e.line)).toEqual([3, 4, 5, 6, 7, 8]);
    expect(r.errors[0]?.reason).toMatch(/^day:/);
    expect(r.errors[1]?.reason).toMatch(/^dose_mg:/);
    expect(r.errors[2]?.reason).toMatch(/score_pain/);
    expect(r.errors[5]?.reason).toMatch(/already appears on line 2/);
  });

  it('refuses a file with no day column', () => {
    expect(() => entriesFromCsv('date,pain\n2026-01-01,3\n')).toThrow(/"day" column/);
  });
});
