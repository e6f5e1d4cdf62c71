/**
 * A small deterministic PRNG for test generators: sfc32 seeded by a cyrb128 hash of the seed.
 * Same seed → same sequence on every platform (only 32-bit integer operations are used).
 */

export interface Rng {
  /** uniform 32-bit unsigned integer */
  u32(): number;
  /** uniform float in [0, 1) */
  next(): number;
  /** uniform integer in [lo, hi] (inclusive) */
  int(lo: number, hi: number): number;
  /** true with probability p */
  chance(p: number): boolean;
  /** one element of a non-empty array */
  pick<T>(items: readonly T[]): T;
  /** a shuffled copy */
  shuffle<T>(items: readonly T[]): T[];
  /** uniform-ish bigint in [0, n) (n > 0); bias below 2^-32 */
  bigintBelow(n: bigint): bigint;
  /** an independent generator derived from this one and a label */
  fork(label: string): Rng;
}

function cyrb128(str: string): [number, number, number, number] {
  let h1 = 1779033703;
  let h2 = 3144134277;
  let h3 = 1013904242;
  let h4 = 2773480762;
  for (let i = 0; i < str.length; i++) {
    const k = str.charCodeAt(i);
    h1 = h2 ^ Math.imul(h1 ^ k, 597399067);
    h2 = h3 ^ Math.imul(h2 ^ k, 2869860233);
    h3 = h4 ^ Math.imul(h3 ^ k, 951274213);
    h4 = h1 ^ Math.imul(h4 ^ k, 2716044179);
  }
  h1 = Math.imul(h3 ^ (h1 >>> 18), 597399067);
  h2 = Math.imul(h4 ^ (h2 >>> 22), 2869860233);
  h3 = Math.imul(h1 ^ (h3 >>> 17), 951274213);
  h4 = Math.imul(h2 ^ (h4 >>> 19), 2716044179);
  h1 ^= h2 ^ h3 ^ h4;
  h2 ^= h1;
  h3 ^= h1;
  h4 ^= h1;
  return [h1 >>> 0, h2 >>> 0, h3 >>> 0, h4 >>> 0];
}

export function createRng(seed: number | string): Rng {
  let [a, b, c, d] = cyrb128(`ledger-lens:${String(seed)}`);
  const u32 = (): number => {
    a >>>= 0;
    b >>>= 0;
    c >>>= 0;
    d >>>= 0;
    let t = (a + b) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    d = (d + 1) | 0;
    t = (t + d) | 0;
    c = (c + t) | 0;
    return t >>> 0;
  };
  // warm up: sfc32 wants a few rounds before its output is well mixed
  for (let i = 0; i < 15; i++) u32();

  const rng: Rng = {
    u32,
    next: () => u32() / 4294967296,
    int(lo, hi) {
      if (!Number.isInteger(lo) || !Number.isInteger(hi) || hi < lo) throw new RangeError(`int(${lo}, ${hi})`);
      return lo + Math.floor((u32() / 4294967296) * (hi - lo + 1));
    },
    chance: (p) => u32() / 4294967296 < p,
    pick<T>(items: readonly T[]): T {
      if (items.length === 0) throw new RangeError('pick from empty array');
      return items[Math.floor((u32() / 4294967296) * items.length)] as T;
    },
    shuffle<T>(items: readonly T[]): T[] {
      const out = items.slice();
      for (let i = out.length - 1; i > 0; i--) {
        const j = Math.floor((u32() / 4294967296) * (i + 1));
        const tmp = out[i] as T;
        out[i] = out[j] as T;
        out[j] = tmp;
      }
      return out;
    },
    bigintBelow(n) {
      if (n <= 0n) throw new RangeError('bigintBelow(n <= 0)');
      const bits = n.toString(2).length + 32;
      let v = 0n;
      for (let got = 0; got < bits; got += 32) v = (v << 32n) | BigInt(u32());
      return v % n;
    },
    fork: (label) => createRng(`${u32()}:${label}`),
  };
  return rng;
}
