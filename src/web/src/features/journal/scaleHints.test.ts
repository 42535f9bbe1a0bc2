import { describe, expect, it } from 'vitest';
import { DEFAULT_SCALES } from '../../../../core/journal/scales.js';
import { DEFAULT_SCALE_INFO, keyForLabel, scaleEnds } from './scaleHints.js';

describe('web copy of the default scales', () => {
  it('matches the journal core exactly', () => {
    expect(DEFAULT_SCALE_INFO).toEqual(DEFAULT_SCALES.map(({ key, label, higherIsBetter }) => ({ key, label, higherIsBetter })));
  });

  it('names the ends of each scale in words', () => {
    expect(scaleEnds('pain')).toEqual({ low: 'none', high: 'worst' });
    expect(scaleEnds('sleep_quality')).toEqual({ low: 'worst', high: 'best' });
    expect(scaleEnds('itch')).toEqual({ low: 'lowest', high: 'highest' });
  });
});

describe('keyForLabel', () => {
  it('makes keys the API accepts', () => {
    expect(keyForLabel('Joint stiffness')).toBe('joint_stiffness');
    expect(keyForLabel('  Itch / rash!  ')).toBe('itch_rash');
    expect(keyForLabel('Café')).toBe('cafe');
    expect(keyForLabel('x'.repeat(50))).toHaveLength(40);
    expect(keyForLabel('???')).toBe('');
  });
});
