/**
 * The one pseudo-random generator behind trial allocation: mulberry32
 * (Tommy Ettinger, public domain, 2017). It is a 32-bit state generator built
 * only from integer operations (`Math.imul`, shifts, xor), so the same seed gives
 * the same stream on every JavaScript engine and platform, and it is easy to
 * re-implement in any language to audit an allocation (see
 * `__vectors__/reference.py`, which does, and `prng.test.ts`).
 *
 * It is not cryptographic. Its job is reproducibility from a recorded seed, not
 * secrecy: concealment comes from sealing the allocation, not from the PRNG.
 */

const TWO_32 = 4_294_967_296;

/**
 * Folds a non-negative safe integer (up to 2^53 - 1) into the 32-bit state.
 * Seeds below 2^32 are used as they are; the high bits of larger seeds are
 * multiplied by the 32-bit golden ratio constant and xor-ed in.
 */
export function seedToState(seed: number): number {
  const lo = seed % TWO_32;
  const hi = Math.floor(seed / TWO_32);
  return (lo ^ Math.imul(hi, 0x9e3779b9)) >>> 0;
}

/** A mulberry32 stream; each call returns the next unsigned 32-bit integer. */
export function mulberry32(seed: number): () => number {
  let a = seedToState(seed);
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return (t ^ (t >>> 14)) >>> 0;
  };
}
