import { describe, expect, it } from 'vitest';
import { CAPSULE_DEFAULTS, capsuleRequest, LIQUID_DEFAULTS, liquidRequest, SYRINGE_STEPS_ML } from './compound-form.js';

describe('liquidRequest', () => {
  it('turns the defaults into the API example body (50 mg tablet in 50 mL, 4.5 mg, 30 days)', () => {
    expect(liquidRequest(LIQUID_DEFAULTS)).toEqual({
      ok: true,
      body: { tabletMg: '50', waterMl: '50', doseMg: '4.5', days: 30, syringeStepMl: '0.1', preserved: false },
    });
  });

  it('sends the target strength instead of the water, never both', () => {
    const r = liquidRequest({ ...LIQUID_DEFAULTS, strengthBy: 'target', targetConcentrationMgPerMl: ' 2 ', waterMl: '' });
    expect(r).toEqual({
      ok: true,
      body: { tabletMg: '50', targetConcentrationMgPerMl: '2', doseMg: '4.5', days: 30, syringeStepMl: '0.1', preserved: false },
    });
  });

  it.each([
    [{ tabletMg: ' ' }, 'tabletMg'],
    [{ waterMl: '' }, 'waterMl'],
    [{ strengthBy: 'target' as const, targetConcentrationMgPerMl: '' }, 'targetConcentrationMgPerMl'],
    [{ doseMg: '' }, 'doseMg'],
    [{ days: 'thirty' }, 'days'],
    [{ days: '2.5' }, 'days'],
    [{ days: '' }, 'days'],
  ])('%o is caught in the browser and names %s', (over, field) => {
    const r = liquidRequest({ ...LIQUID_DEFAULTS, ...over });
    expect(r.ok).toBe(false);
    expect(r.ok ? null : r.field).toBe(field);
  });

  it('leaves the ranges to the API (a 500 mg dose still goes through)', () => {
    expect(liquidRequest({ ...LIQUID_DEFAULTS, doseMg: '500', days: '400' }).ok).toBe(true);
  });
});

describe('capsuleRequest', () => {
  it('omits an empty capsule strength so the API makes one capsule per dose', () => {
    expect(capsuleRequest(CAPSULE_DEFAULTS)).toEqual({ ok: true, body: { doseMg: '4.5', days: 30 } });
    expect(capsuleRequest({ ...CAPSULE_DEFAULTS, capsuleMg: '1.5' })).toEqual({
      ok: true,
      body: { doseMg: '4.5', capsuleMg: '1.5', days: 30 },
    });
  });

  it('names the dose or the days when they cannot be sent', () => {
    expect(capsuleRequest({ ...CAPSULE_DEFAULTS, doseMg: '' })).toMatchObject({ ok: false, field: 'doseMg' });
    expect(capsuleRequest({ ...CAPSULE_DEFAULTS, days: '-3' })).toMatchObject({ ok: false, field: 'days' });
  });
});

describe('SYRINGE_STEPS_ML', () => {
  it('lists the syringe markings the API accepts, in mL', () => {
    expect(SYRINGE_STEPS_ML).toEqual(['0.05', '0.1', '0.2', '0.5']);
    expect(SYRINGE_STEPS_ML).toContain(LIQUID_DEFAULTS.syringeStepMl);
  });
});
