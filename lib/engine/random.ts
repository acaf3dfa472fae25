// Seeded random numbers with no global state: every widget and test owns its generator, so the
// same seed always gives the same network, the same batches and the same dropout masks.
//
// The generator is xoshiro128** (Blackman & Vigna, 2018), whose 128-bit state is filled from
// the seed by splitmix32. Normal samples use the Box–Muller transform.

export interface Rng {
  readonly seed: number;
  /** Uniform in [0, 1). */
  next(): number;
  /** Standard normal, mean 0 and variance 1. */
  normal(): number;
  /** Uniform integer in 0 .. n-1. */
  int(n: number): number;
  /** A random ordering of 0 .. n-1 (Fisher–Yates). */
  permutation(n: number): Int32Array;
}

function splitmix32(state: number): () => number {
  let s = state >>> 0;
  return () => {
    s = (s + 0x9e3779b9) >>> 0;
    let z = s;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
    return (z ^ (z >>> 16)) >>> 0;
  };
}

export function createRng(seed: number): Rng {
  if (!Number.isFinite(seed)) {
    throw new RangeError(`createRng: seed must be a finite number, got ${seed}`);
  }
  const init = splitmix32(Math.floor(seed) ^ Math.floor(seed / 2 ** 32));
  let a = init();
  let b = init();
  let c = init();
  let d = init();

  // xoshiro128**: one 32-bit output per call.
  const nextUint32 = (): number => {
    const result = Math.imul(rotl(Math.imul(b, 5), 7), 9) >>> 0;
    const t = b << 9;
    c ^= a;
    d ^= b;
    b ^= c;
    a ^= d;
    c ^= t;
    d = rotl(d, 11);
    return result;
  };

  const next = (): number => nextUint32() / 4294967296;

  // Box–Muller makes two independent normals from two uniforms; the second is kept for the next call.
  let spare: number | null = null;
  const normal = (): number => {
    if (spare !== null) {
      const z = spare;
      spare = null;
      return z;
    }
    const u1 = 1 - next(); // in (0, 1], so log(u1) is finite
    const u2 = next();
    const r = Math.sqrt(-2 * Math.log(u1));
    spare = r * Math.sin(2 * Math.PI * u2);
    return r * Math.cos(2 * Math.PI * u2);
  };

  const int = (n: number): number => {
    if (!Number.isInteger(n) || n < 1) throw new RangeError(`rng.int: n must be an integer ≥ 1, got ${n}`);
    return Math.floor(next() * n);
  };

  const permutation = (n: number): Int32Array => {
    const p = new Int32Array(n);
    for (let i = 0; i < n; i++) p[i] = i;
    for (let i = n - 1; i > 0; i--) {
      const j = int(i + 1);
      const tmp = p[i];
      p[i] = p[j];
      p[j] = tmp;
    }
    return p;
  };

  return { seed, next, normal, int, permutation };
}

function rotl(x: number, k: number): number {
  return (x << k) | (x >>> (32 - k));
}
