import { describe, expect, it } from 'vitest';
import { stateForDay, toRequest } from './entryForm.js';
import type { Entry } from './types.js';

const entry = (day: string, over: Partial<Entry> = {}): Entry => ({
  id: `id-${day}`,
  day,
  status: 'logged',
  dose: { mg: 1.5, time: '21:00', form: 'capsule', pharmacy: 'Town Pharmacy', lot: 'A1' },
  scores: { pain: 4 },
  sideEffects: [{ key: 'vivid_dreams', severity: 'mild' }],
  version: 1,
  updatedAt: '2026-03-01T09:00:00Z',
  ...over,
});

describe('stateForDay', () => {
  it("shows a saved day's own values", () => {
    const s = stateForDay('2026-03-02', [entry('2026-03-01'), entry('2026-03-02', { scores: { pain: 7 }, note: 'flare' })], '08:00');
    expect(s).toMatchObject({ day: '2026-03-02', doseMg: '1.5', time: '21:00', scores: { pain: 7 }, note: 'flare' });
    expect(s.sideEffects).toEqual({ vivid_dreams: 'mild' });
  });

  it('prefills a new day from the most recent dose up to that day, with blank ratings and the current time', () => {
    const entries = [
      entry('2026-03-01'),
      entry('2026-03-05', { dose: { mg: 3 } }),
      entry('2026-03-06', { status: 'too_unwell', dose: null, scores: {} }),
    ];
    expect(stateForDay('2026-03-07', entries, '08:15')).toMatchObject({
      doseMg: '3',
      time: '08:15',
      form: '',
      scores: {},
      sideEffects: {},
    });
    expect(stateForDay('2026-03-03', entries, '08:15')).toMatchObject({ doseMg: '1.5', form: 'capsule', lot: 'A1' });
  });

  it('starts empty with no history', () => {
    expect(stateForDay('2026-03-01', [], '07:00')).toMatchObject({ doseMg: '', time: '07:00', scores: {} });
  });
});

describe('toRequest', () => {
  const base = stateForDay('2026-03-01', [entry('2026-02-28')], '08:00');

  it('sends mg as typed, accepting a decimal comma, and drops empty optional fields', () => {
    const req = toRequest({
      ...base,
      doseMg: ' 2,25 ',
      pharmacy: ' ',
      lot: '',
      note: '  ',
      scores: { pain: 3 },
      sideEffects: { headache: 'severe' },
    });
    expect(req).toEqual({
      day: '2026-03-01',
      status: 'logged',
      dose: { mg: '2.25', time: '08:00', form: 'capsule' },
      scores: { pain: 3 },
      sideEffects: [{ key: 'headache', severity: 'severe' }],
    });
  });

  it('records no dose when the dose box is empty', () => {
    expect(toRequest({ ...base, doseMg: '' }).dose).toBeNull();
  });
});
