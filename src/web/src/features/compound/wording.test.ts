import { describe, expect, it } from 'vitest';
import { byVerdict, signed, signedPercent, usdRange, VERDICTS } from './wording.js';

describe('wording', () => {
  it('orders fillers preferred, acceptable, avoid and keeps the order within each', () => {
    const fillers = [
      { name: 'calcium carbonate', verdict: 'avoid' as const },
      { name: 'lactose', verdict: 'avoid' as const },
      { name: 'sucrose', verdict: 'acceptable' as const },
      { name: 'microcrystalline cellulose', verdict: 'preferred' as const },
    ];
    expect(byVerdict(fillers).map((f) => f.name)).toEqual(['microcrystalline cellulose', 'sucrose', 'calcium carbonate', 'lactose']);
    expect(fillers[0]?.name).toBe('calcium carbonate');
  });

  it('gives every verdict words and a distinct symbol', () => {
    const all = Object.values(VERDICTS);
    expect(all.every((v) => v.words.length > 0 && v.symbol.length > 0)).toBe(true);
    expect(new Set(all.map((v) => v.symbol)).size).toBe(all.length);
  });

  it('signs differences', () => {
    expect(signed(0.3)).toBe('+0.3');
    expect(signed(-0.2)).toBe('-0.2');
    expect(signed(0)).toBe('0');
    expect(signedPercent('6.7')).toBe('+6.7');
    expect(signedPercent('-4.8')).toBe('-4.8');
    expect(signedPercent('0.0')).toBe('0.0');
  });

  it('prints a price range, or one price when both ends agree', () => {
    expect(usdRange({ min: '0.50', max: '1.50' })).toBe('US$0.50–1.50');
    expect(usdRange({ min: '15.00', max: '15.00' })).toBe('US$15.00');
  });
});
