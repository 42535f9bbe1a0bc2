import { describe, expect, it } from 'vitest';
import { MicroBatcher } from './micro-batcher.js';

describe('MicroBatcher', () => {
  it('gathers calls that arrive together into one batch and answers each in order', async () => {
    const batches: number[][] = [];
    const b = new MicroBatcher<number, number>(async (xs) => {
      batches.push([...xs]);
      return xs.map((x) => x * 10);
    });
    const out = await Promise.all([1, 2, 3, 4].map((x) => b.submit(x)));
    expect(out).toEqual([10, 20, 30, 40]);
    expect(batches).toEqual([[1, 2, 3, 4]]);
  });

  it('keeps items with the same key in separate batches, in order', async () => {
    const batches: string[][] = [];
    const b = new MicroBatcher<string, string>(
      async (xs) => {
        batches.push([...xs]);
        return [...xs];
      },
      { keyOf: (x) => x[0] ?? '' },
    );
    await Promise.all(['a1', 'b1', 'a2', 'a3'].map((x) => b.submit(x)));
    expect(batches).toEqual([['a1', 'b1'], ['a2'], ['a3']]);
  });

  it('retries a failed batch item by item, so only the bad item fails', async () => {
    const b = new MicroBatcher<number, number>(async (xs) => {
      if (xs.includes(13)) throw new Error('unlucky');
      return [...xs];
    });
    const out = await Promise.allSettled([1, 13, 2].map((x) => b.submit(x)));
    expect(out.map((o) => o.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
  });

  it('caps the batch size', async () => {
    const sizes: number[] = [];
    const b = new MicroBatcher<number, number>(
      async (xs) => {
        sizes.push(xs.length);
        return [...xs];
      },
      { maxBatch: 2 },
    );
    await Promise.all([1, 2, 3, 4, 5].map((x) => b.submit(x)));
    expect(sizes).toEqual([2, 2, 1]);
  });
});
