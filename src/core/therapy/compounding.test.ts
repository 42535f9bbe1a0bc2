import { describe, expect, it } from 'vitest';
import { loadTherapyData } from '../../data/therapy-files.js';
import { isDomainError } from '../shared/errors.js';
import { capsulePlan, liquidFromTablets, monthlyCost, type LiquidInput } from './compounding.js';

const data = loadTherapyData();

function fieldOf(input: LiquidInput): string | undefined {
  try {
    liquidFromTablets(input, data);
  } catch (e) {
    if (isDomainError(e)) return `${e.code} ${e.field ?? ''}`;
    throw e;
  }
  throw new Error('expected a DomainError');
}

describe('liquidFromTablets', () => {
  it('brief example: 50 mg in 50 mL, 4.5 mg, 30 days -> 4.5 mL, 135 mL, 3 tablets', () => {
    const r = liquidFromTablets({ tabletMg: 50, waterMl: 50, doseMg: 4.5, days: 30 }, data);
    expect(r.concentrationMgPerMl).toBe('1');
    expect(r.perDose).toMatchObject({ exactMl: 4.5, ml: 4.5, deliveredMg: 4.5, errorMg: 0, errorPercent: '0.0' });
    expect(r.supply).toMatchObject({ days: 30, totalMl: 135, tabletsByVolume: 3, batchDays: 11, tablets: 3 });
    expect(r.storage.beyondUseDays).toBe(14);
    expect(r.storage.sources[0]?.id).toBe('usp-795');
    expect(JSON.stringify(r)).not.toMatch(/4\.4999/);
  });

  it('target concentration instead of water', () => {
    const r = liquidFromTablets({ tabletMg: '50', targetConcentrationMgPerMl: '2', doseMg: '3', days: 14 }, data);
    expect(r).toMatchObject({ waterMl: 25, waterMlExact: true, concentrationMgPerMl: '2' });
    expect(r.perDose.ml).toBe(1.5);
  });

  it('states the rounding error in mg and percent', () => {
    // 50 mg in 30 mL = 1.667 mg/mL; 1 mg = 0.6 mL exactly; 1.75 mg = 1.05 mL -> 1.1 mL = 1.833 mg
    const r = liquidFromTablets({ tabletMg: 50, waterMl: 30, doseMg: 1.75 }, data);
    expect(r.concentrationMgPerMl).toBe('1.667');
    expect(r.concentrationExact).toBe(false);
    expect(r.perDose).toMatchObject({ exactMl: 1.05, ml: 1.1, deliveredMg: 1.833, errorMg: 0.083, errorPercent: '4.8' });
    const coarse = liquidFromTablets({ tabletMg: 50, waterMl: 50, doseMg: 4.5, syringeStepMl: 0.2 }, data);
    expect(coarse.perDose).toMatchObject({ ml: 4.6, deliveredMg: 4.6, errorMg: 0.1, errorPercent: '2.2' });
    const under = liquidFromTablets({ tabletMg: 50, waterMl: 50, doseMg: 4.2, syringeStepMl: 0.5 }, data);
    expect(under.perDose).toMatchObject({ ml: 4, errorMg: -0.2, errorPercent: '-4.8' });
  });

  it('a tablet that outlasts the beyond-use period needs a fresh batch', () => {
    const r = liquidFromTablets({ tabletMg: 50, waterMl: 50, doseMg: 1.5, days: 30 }, data);
    expect(r.supply).toMatchObject({ tabletsByVolume: 1, batchDays: 14, tablets: 3 });
    const preserved = liquidFromTablets({ tabletMg: 50, waterMl: 50, doseMg: 1.5, days: 30, preserved: true }, data);
    expect(preserved.storage.beyondUseDays).toBe(60);
    expect(preserved.supply.tablets).toBe(1);
  });

  it.each([
    [{ tabletMg: 50, doseMg: 4.5 }, 'LDN_VALIDATION_FAILED waterMl'],
    [{ tabletMg: 50, waterMl: 50, targetConcentrationMgPerMl: 1, doseMg: 4.5 }, 'LDN_VALIDATION_FAILED waterMl'],
    [{ tabletMg: -50, waterMl: 50, doseMg: 4.5 }, 'LDN_VALIDATION_FAILED tabletMg'],
    [{ tabletMg: 50, waterMl: 0, doseMg: 4.5 }, 'LDN_VALIDATION_FAILED waterMl'],
    [{ tabletMg: 50, waterMl: 50, doseMg: 0 }, 'LDN_DOSE_OUT_OF_RANGE doseMg'],
    [{ tabletMg: 50, waterMl: 50, doseMg: 4.5, syringeStepMl: 0.3 }, 'LDN_VALIDATION_FAILED syringeStepMl'],
    [{ tabletMg: 50, waterMl: 50, doseMg: 4.5, days: 0 }, 'LDN_VALIDATION_FAILED days'],
    [{ tabletMg: 50, waterMl: 1000, doseMg: 0.001 }, 'LDN_DOSE_OUT_OF_RANGE doseMg'],
  ] as [LiquidInput, string][])('%o -> %s', (input, expected) => {
    expect(fieldOf(input)).toBe(expected);
  });
});

describe('capsulePlan and monthlyCost', () => {
  it('counts capsules and gives filler advice with calcium carbonate to avoid', () => {
    const r = capsulePlan({ doseMg: 4.5, capsuleMg: 1.5, days: 30 }, data);
    expect(r).toMatchObject({ capsulesPerDose: 3, count: 90 });
    expect(r.fillers.find((f) => f.name === 'calcium carbonate')?.verdict).toBe('avoid');
    expect(r.fillers.find((f) => f.name.startsWith('microcrystalline'))?.verdict).toBe('preferred');
    expect(r.warnings.map((w) => w.text).join(' ')).toMatch(/immediate-release/);
    expect(() => capsulePlan({ doseMg: 4.5, capsuleMg: 2 }, data)).toThrow(/whole number/);
  });

  it('monthly cost from the LDN Research Trust per-dose prices', () => {
    expect(monthlyCost('capsule', data)).toMatchObject({ perDose: { min: '0.50', max: '1.50' }, perMonth: { min: '15.00', max: '45.00' } });
    expect(monthlyCost('liquid', data).perMonth).toEqual({ min: '15.00', max: '15.00' });
    expect(monthlyCost('liquid', data).sources[0]?.id).toBe('ldnrt-types');
  });
});
