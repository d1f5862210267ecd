import { fmix32 } from '../text/shingles';

/**
 * MinHash signatures (Broder 1997): for K hash functions, the minimum hash over a set. The
 * share of equal positions between two signatures estimates the Jaccard similarity of the
 * sets, with standard error √(J(1−J)/K) — about 0.06 at K = 64.
 */
export class MinHasher {
  private readonly multipliers: Uint32Array;
  private readonly offsets: Uint32Array;

  constructor(
    readonly size = 64,
    seed = 0x5eed,
  ) {
    this.multipliers = new Uint32Array(size);
    this.offsets = new Uint32Array(size);
    let state = seed;
    for (let k = 0; k < size; k++) {
      state = fmix32(state + 0x9e3779b9);
      this.multipliers[k] = state | 1; // odd: a bijection modulo 2^32
      state = fmix32(state + 0x9e3779b9);
      this.offsets[k] = state;
    }
  }

  /** The signature of a set of 32-bit ids; an empty set gives all 0xffffffff. */
  signature(ids: Uint32Array): Uint32Array {
    const k = this.size;
    const mins = new Uint32Array(k).fill(0xffffffff);
    const a = this.multipliers;
    const b = this.offsets;
    for (let i = 0; i < ids.length; i++) {
      const h = fmix32(ids[i]);
      for (let j = 0; j < k; j++) {
        // One multiply-add per function on an avalanche-mixed input, then a xor-shift so the
        // high bits (which decide the minimum) depend on every input bit.
        let v = (Math.imul(h, a[j]) + b[j]) >>> 0;
        v = (v ^ (v >>> 15)) >>> 0;
        if (v < mins[j]) mins[j] = v;
      }
    }
    return mins;
  }
}

/** Estimated Jaccard similarity from two signatures (any matching integer arrays). */
export function estimateJaccard(a: ArrayLike<number>, b: ArrayLike<number>): number {
  let equal = 0;
  for (let i = 0; i < a.length; i++) if (a[i] === b[i]) equal++;
  return equal / a.length;
}

/**
 * Containment of the smaller set in the larger, from Jaccard and the set sizes:
 * |A∩B| = J(|A|+|B|)/(1+J). A short hotline record of a long web post has low Jaccard but
 * high containment.
 */
export function containmentFromJaccard(jaccard: number, sizeA: number, sizeB: number): number {
  const smaller = Math.min(sizeA, sizeB);
  if (smaller === 0) return 0;
  return Math.min(1, (jaccard * (sizeA + sizeB)) / (1 + jaccard) / smaller);
}
