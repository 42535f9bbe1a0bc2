import { describe, expect, it } from 'vitest';
import { loadTherapyData } from '../../data/therapy-files.js';
import { isDomainError } from '../shared/errors.js';
import { buildPlan, type PlanInput } from './titration.js';

const data = loadTherapyData();

function codeOf(input: PlanInput): { code: string; field: string | undefined } {
  try {
    buildPlan(input, data);
  } catch (e) {
    if (isDomainError(e)) return { code: e.code, field: e.field };
    throw e;
  }
  throw new Error('expected a DomainError');
}

const custom = (over: Partial<NonNullable<PlanInput['custom']>>): PlanInput => ({
  protocolId: 'custom',
  startDate: '2026-03-01',
  custom: { startMg: 1, stepMg: 1, intervalDays: 7, targetMg: 4.5, maxMg: 4.5, ...over },
});

describe('buildPlan: protocols from data', () => {
  it('start-low: 1.5 -> 3 -> 4.5 mg every 14 days, then 28 days at 4.5 mg', () => {
    const p = buildPlan({ protocolId: 'start-low', startDate: '2026-01-01' }, data);
    expect(p.steps.map((s) => [s.from, s.to, s.doseMcg])).toEqual([
      ['2026-01-01', '2026-01-14', 1500],
      ['2026-01-15', '2026-01-28', 3000],
      ['2026-01-29', '2026-02-25', 4500],
    ]);
    expect(p.days).toHaveLength(56);
    expect(p.days[0]).toMatchObject({ date: '2026-01-01', day: 1, doseMg: 1.5 });
    expect(p.days[55]).toMatchObject({ date: '2026-02-25', day: 56, doseMg: 4.5 });
    expect(p.targetReachedOn).toBe('2026-01-29');
    expect(p.notices[0]).toMatch(/off-label/);
    expect(p.timing.map((t) => t.action)).toEqual(expect.arrayContaining(['take-at-bedtime', 'switch-to-morning']));
    expect(p.sideEffectRules.map((t) => t.action)).toEqual(expect.arrayContaining(['hold-step', 'step-back', 'stop-and-seek-care']));
    expect(p.sources.length).toBeGreaterThan(3);
  });

  it('slow: 0.5 mg steps reach 4.5 mg in nine steps, exact to the microgram', () => {
    const p = buildPlan({ protocolId: 'slow', startDate: '2026-01-01', durationDays: 200 }, data);
    expect(p.steps.map((s) => s.doseMcg)).toEqual([500, 1000, 1500, 2000, 2500, 3000, 3500, 4000, 4500]);
    expect(p.steps.map((s) => s.doseMg)).toEqual([0.5, 1, 1.5, 2, 2.5, 3, 3.5, 4, 4.5]);
    expect(p.targetReachedOn).toBe('2026-04-23');
  });

  it('FINAL: weekly steps to 6 mg within 4 weeks, cites NCT04270877', () => {
    const p = buildPlan({ protocolId: 'final-6mg', startDate: '2026-01-05', durationDays: 84 }, data);
    expect(p.steps.map((s) => s.doseMg)).toEqual([1.5, 3, 4.5, 6]);
    expect(p.targetReachedOn).toBe('2026-01-26');
    expect(p.sources.some((s) => s.nct === 'NCT04270877')).toBe(true);
  });

  it('very-low is flagged as supervised-only', () => {
    const p = buildPlan({ protocolId: 'very-low', startDate: '2026-01-01' }, data);
    expect(p.steps.map((s) => s.doseMcg)).toEqual([125, 250]);
    expect(p.protocol.setting).toBe('supervised');
    expect(p.notices.join(' ')).toMatch(/supervision/);
  });

  it('ultra-low cannot be scheduled', () => {
    expect(codeOf({ protocolId: 'ultra-low', startDate: '2026-01-01' })).toEqual({ code: 'LDN_VALIDATION_FAILED', field: 'protocolId' });
  });

  it('a plan shorter than the titration stops early and says so', () => {
    const p = buildPlan({ protocolId: 'start-low', startDate: '2026-01-01', durationDays: 20 }, data);
    expect(p.steps.map((s) => [s.doseMcg, s.days])).toEqual([
      [1500, 14],
      [3000, 6],
    ]);
    expect(p.targetReachedOn).toBeNull();
    expect(p.notices.join(' ')).toMatch(/before the target/);
  });

  it('a year-long plan crosses a leap day', () => {
    const p = buildPlan({ protocolId: 'start-low', startDate: '2028-02-20', durationDays: 366 }, data);
    expect(p.days).toHaveLength(366);
    expect(p.days.some((d) => d.date === '2028-02-29')).toBe(true);
    expect(p.endDate).toBe('2029-02-19');
  });
});

describe('buildPlan: forms', () => {
  it('liquid at 1 mg/mL gives mL equal to mg', () => {
    const p = buildPlan({ protocolId: 'start-low', startDate: '2026-01-01', form: { kind: 'liquid', concentrationMgPerMl: 1 } }, data);
    expect(p.steps.map((s) => s.doseMl)).toEqual([1.5, 3, 4.5]);
    expect(p.days[40]?.doseMl).toBe(4.5);
    expect(p.steps[2]?.roundingNote).toBeUndefined();
  });

  it('liquid rounding is reported', () => {
    const p = buildPlan(
      { protocolId: 'slow', startDate: '2026-01-01', form: { kind: 'liquid', concentrationMgPerMl: 3, syringeStepMl: 0.1 } },
      data,
    );
    // 0.5 mg at 3 mg/mL = 0.1667 mL -> 0.2 mL holds 0.6 mg (+20%)
    expect(p.steps[0]).toMatchObject({ doseMl: 0.2, roundingNote: '0.2 mL holds 0.6 mg (20.0%)' });
    expect(p.notices.join(' ')).toMatch(/more dilute/);
  });

  it('capsules are combined from the strengths given', () => {
    const p = buildPlan({ protocolId: 'start-low', startDate: '2026-01-01', form: { kind: 'capsule', strengthsMg: [1.5] } }, data);
    expect(p.steps.map((s) => s.capsules)).toEqual([
      [{ strengthMg: 1.5, count: 1 }],
      [{ strengthMg: 1.5, count: 2 }],
      [{ strengthMg: 1.5, count: 3 }],
    ]);
    const q = buildPlan({ protocolId: 'slow', startDate: '2026-01-01', form: { kind: 'capsule', strengthsMg: [0.5, 3] } }, data);
    expect(q.steps[6]?.capsules).toEqual([
      { strengthMg: 3, count: 1 },
      { strengthMg: 0.5, count: 1 },
    ]);
    expect(codeOf({ protocolId: 'slow', startDate: '2026-01-01', form: { kind: 'capsule', strengthsMg: [1.5] } })).toEqual({
      code: 'LDN_VALIDATION_FAILED',
      field: 'form.strengthsMg',
    });
  });
});

describe('buildPlan: custom and bad input', () => {
  it('custom steps clamp the last step to the target', () => {
    const p = buildPlan(custom({ startMg: '1', stepMg: '1.5', targetMg: '4.5', maxMg: 6 }), data);
    expect(p.steps.map((s) => s.doseMcg)).toEqual([1000, 2500, 4000, 4500]);
  });

  it('0.1 mg steps stay exact (no 4.499999)', () => {
    const p = buildPlan(custom({ startMg: 0.1, stepMg: 0.1, intervalDays: 1, targetMg: 4.5, maxMg: 4.5 }), data);
    expect(p.steps).toHaveLength(45);
    expect(p.steps.at(-1)?.doseMg).toBe(4.5);
    expect(JSON.stringify(p)).not.toMatch(/\d\.\d{6,}/);
  });

  it.each([
    [{ stepMg: 0 }, 'LDN_PLAN_STEP_ZERO', 'custom.stepMg'],
    [{ stepMg: '0' }, 'LDN_PLAN_STEP_ZERO', 'custom.stepMg'],
    [{ targetMg: 6, maxMg: 4.5 }, 'LDN_PLAN_TARGET_ABOVE_MAX', 'custom.targetMg'],
    [{ startMg: -1 }, 'LDN_DOSE_OUT_OF_RANGE', 'custom.startMg'],
    [{ startMg: 0 }, 'LDN_DOSE_OUT_OF_RANGE', 'custom.startMg'],
    [{ startMg: 5, targetMg: 4.5 }, 'LDN_DOSE_OUT_OF_RANGE', 'custom.startMg'],
    [{ maxMg: 500, targetMg: 4.5 }, 'LDN_DOSE_OUT_OF_RANGE', 'custom.maxMg'],
    [{ startMg: Number.NaN }, 'LDN_DOSE_OUT_OF_RANGE', 'custom.startMg'],
    [{ stepMg: '0.0001' }, 'LDN_DOSE_OUT_OF_RANGE', 'custom.stepMg'],
    [{ intervalDays: 0 }, 'LDN_VALIDATION_FAILED', 'custom.intervalDays'],
    [{ intervalDays: 1.5 }, 'LDN_VALIDATION_FAILED', 'custom.intervalDays'],
  ])('%o -> %s on %s', (over, code, field) => {
    expect(codeOf(custom(over))).toEqual({ code, field });
  });

  it.each([
    [{ protocolId: 'start-low', startDate: '2026-02-30' }, 'LDN_DATE_INVALID', 'startDate'],
    [{ protocolId: 'start-low', startDate: '01/02/2026' }, 'LDN_DATE_INVALID', 'startDate'],
    [{ protocolId: 'start-low', startDate: '2026-01-01', durationDays: 0 }, 'LDN_VALIDATION_FAILED', 'durationDays'],
    [{ protocolId: 'start-low', startDate: '2026-01-01', durationDays: 100_000 }, 'LDN_VALIDATION_FAILED', 'durationDays'],
    [{ protocolId: 'nope', startDate: '2026-01-01' }, 'LDN_NOT_FOUND', 'protocolId'],
    [{ protocolId: 'custom', startDate: '2026-01-01' }, 'LDN_VALIDATION_FAILED', 'custom'],
    [
      { protocolId: 'start-low', startDate: '2026-01-01', form: { kind: 'liquid', concentrationMgPerMl: 0 } },
      'LDN_VALIDATION_FAILED',
      'form.concentrationMgPerMl',
    ],
    [
      { protocolId: 'start-low', startDate: '2026-01-01', form: { kind: 'liquid', syringeStepMl: 0.3 } },
      'LDN_VALIDATION_FAILED',
      'form.syringeStepMl',
    ],
  ] as [PlanInput, string, string][])('%o -> %s on %s', (input, code, field) => {
    expect(codeOf(input)).toEqual({ code, field });
  });
});
