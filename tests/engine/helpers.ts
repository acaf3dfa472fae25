// Test helpers: a finite-difference gradient check and array comparison with a tolerance.
import { expect } from 'vitest';
import { Tensor, createRng, fromArray, mul, randn, sum, type NestedArray, type Rng } from '@/lib/engine';

/**
 * Checks every analytic gradient of `f` against central differences
 *   ∂L/∂x_i ≈ (L(x + h e_i) − L(x − h e_i)) / 2h,
 * where L = Σ w ∘ f(inputs) with fixed random weights w, so every output element counts with a
 * different weight. Works in float64; inputs are cloned so the caller's tensors are untouched.
 */
export function gradCheck(
  f: (...inputs: Tensor[]) => Tensor,
  inputs: Tensor[],
  { h = 1e-6, tol = 1e-6, seed = 7 }: { h?: number; tol?: number; seed?: number } = {},
): void {
  const xs = inputs.map((t) => fromArray(t.data, t.shape, { requiresGrad: true }));
  const out = f(...xs);
  const w = randn(out.shape, createRng(seed));
  const loss = (...args: Tensor[]): number => sum(mul(f(...args), w)).item();
  sum(mul(out, w)).backward();
  xs.forEach((x, k) => {
    expect(x.grad, `input ${k} received no gradient`).not.toBeNull();
    const analytic = x.grad!.data;
    for (let i = 0; i < x.size; i++) {
      const plus = xs.map((t) => fromArray(t.data, t.shape));
      const minus = xs.map((t) => fromArray(t.data, t.shape));
      plus[k].data[i] += h;
      minus[k].data[i] -= h;
      const numeric = (loss(...plus) - loss(...minus)) / (2 * h);
      const scale = Math.max(1, Math.abs(numeric), Math.abs(analytic[i]));
      if (Math.abs(numeric - analytic[i]) > tol * scale) {
        throw new Error(`input ${k} element ${i}: analytic ${analytic[i]} vs numeric ${numeric}`);
      }
    }
  });
}

/** Normal samples pushed away from 0 by at least `gap`, for kinks such as relu at 0. */
export function randnAwayFromZero(shape: number[], rng: Rng, gap = 0.05): Tensor {
  const t = randn(shape, rng);
  for (let i = 0; i < t.size; i++) t.data[i] += Math.sign(t.data[i] || 1) * gap;
  return t;
}

/** Positive samples in [lo, hi), for log and pow. */
export function randPositive(shape: number[], rng: Rng, lo = 0.5, hi = 2): Tensor {
  const t = randn(shape, rng);
  for (let i = 0; i < t.size; i++) t.data[i] = lo + (hi - lo) * rng.next();
  return t;
}

function flatten(v: NestedArray): number[] {
  return Array.isArray(v) ? v.flatMap(flatten) : [v];
}

/** Elementwise |a − b| ≤ atol + rtol·|b|, with a readable failure message. */
export function expectClose(actual: ArrayLike<number> | NestedArray, expected: ArrayLike<number> | NestedArray, atol = 1e-9, rtol = 1e-9): void {
  const a = typeof actual === 'number' || Array.isArray(actual) ? flatten(actual as NestedArray) : Array.from(actual as ArrayLike<number>);
  const e = typeof expected === 'number' || Array.isArray(expected) ? flatten(expected as NestedArray) : Array.from(expected as ArrayLike<number>);
  expect(a.length, 'length').toBe(e.length);
  let worst = 0;
  let where = -1;
  for (let i = 0; i < a.length; i++) {
    const err = Math.abs(a[i] - e[i]) - (atol + rtol * Math.abs(e[i]));
    const bad = Number.isNaN(a[i]) !== Number.isNaN(e[i]) || err > worst;
    if (bad) {
      worst = Number.isNaN(err) ? Infinity : err;
      where = i;
    }
  }
  if (where >= 0) throw new Error(`element ${where}: got ${a[where]}, expected ${e[where]} (atol ${atol}, rtol ${rtol})`);
}
