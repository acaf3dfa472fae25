// Train mode: the units of G(x) = Σ c₁σ(c₂x + c₃) + c₄ are fitted to the target by full-batch Adam
// on the mean squared error over a fixed grid of 101 points. The gradient is backpropagation for
// this one-hidden-layer network written out on typed arrays, because the widget takes thousands of
// steps per fit; the tests check it against the engine's autograd and against finite differences.
// The Adam update is the engine's (lib/engine/optim/adam.ts, checked against it in the tests), with
// its bias corrections 1 − βᵗ kept as running products instead of **, and the sigmoid built on
// exact-math.ts: so the same seed gives the same fitted parameters, bit for bit, in every browser,
// in a worker, in the page and in the tests.
import { createRng } from '@/lib/engine';
import { exactSigmoid } from './exact-math';
import { grid, type Approximation } from './model';

export interface FitSettings {
  n: number;
  seed: number;
  /** Adam's learning rate. */
  lr: number;
}

/** Training points: 101 evenly spaced x in [0, 1]. */
export const TRAIN_POINTS = grid(100);

/**
 * The starting network: centres −c₃/c₂ spread at random over [0, 1], steepness c₂ between 5 and 15,
 * heights c₁ uniform in [−0.1, 0.1), c₄ the target's mean. (Uniform draws only: the generator's
 * normal() goes through Math.log and Math.cos, which differ between browsers in the last bit.)
 */
export function initialApproximation(n: number, seed: number, targetMean: number): Approximation {
  const rng = createRng(seed);
  const units = Array.from({ length: n }, () => {
    const c2 = 5 + 10 * rng.next();
    const centre = rng.next();
    return { c1: 0.2 * (rng.next() - 0.5), c2, c3: -c2 * centre };
  });
  return { units, c4: targetMean };
}

export interface Gradient {
  /** Mean squared error L = (1/P) Σₚ (G(xₚ) − tₚ)². */
  loss: number;
  c1: Float64Array;
  c2: Float64Array;
  c3: Float64Array;
  c4: number;
}

/**
 * L and ∂L/∂c for G(x) = Σ c₁σ(c₂x + c₃) + c₄. With r = (2/P)(G(x) − t) and s = σ(c₂x + c₃):
 * ∂L/∂c₄ = Σ r, ∂L/∂c₁ = Σ r s, and through σ′ = s(1 − s) (the chapter's δ of the hidden unit,
 * δ = r c₁ s(1 − s)): ∂L/∂c₂ = Σ δ x, ∂L/∂c₃ = Σ δ.
 */
export function gradient(c1: ArrayLike<number>, c2: ArrayLike<number>, c3: ArrayLike<number>, c4: number, xs: readonly number[], ts: readonly number[], s: Float64Array = new Float64Array(c1.length)): Gradient {
  const n = c1.length;
  const P = xs.length;
  const g: Gradient = { loss: 0, c1: new Float64Array(n), c2: new Float64Array(n), c3: new Float64Array(n), c4: 0 };
  for (let p = 0; p < P; p++) {
    const x = xs[p];
    let out = c4;
    for (let k = 0; k < n; k++) {
      s[k] = exactSigmoid(c2[k] * x + c3[k]);
      out += c1[k] * s[k];
    }
    const e = out - ts[p];
    g.loss += (e * e) / P;
    const r = (2 * e) / P;
    g.c4 += r;
    for (let k = 0; k < n; k++) {
      g.c1[k] += r * s[k];
      const delta = r * c1[k] * s[k] * (1 - s[k]);
      g.c2[k] += delta * x;
      g.c3[k] += delta;
    }
  }
  return g;
}

/** Adam's constants, the engine's defaults. */
export const ADAM = { beta1: 0.9, beta2: 0.999, eps: 1e-8 } as const;

export class Fitter {
  readonly settings: FitSettings;
  /** Adam steps taken so far. */
  steps = 0;
  private readonly ts: number[];
  /** All parameters in one array: c₁ of every unit, then c₂, then c₃, then c₄. */
  private readonly params: Float64Array;
  private readonly m: Float64Array;
  private readonly v: Float64Array;
  /** β₁ᵗ and β₂ᵗ after t steps. */
  private beta1t = 1;
  private beta2t = 1;
  private readonly scratch: Float64Array;

  constructor(h: (x: number) => number, settings: FitSettings) {
    const { n, seed, lr } = settings;
    if (!Number.isInteger(n) || n < 1) throw new RangeError(`Fitter: n must be a whole number ≥ 1, got ${n}`);
    if (!(lr > 0 && lr < 10)) throw new RangeError(`Fitter: the learning rate must be in (0, 10), got ${lr}`);
    this.settings = settings;
    this.ts = TRAIN_POINTS.map(h);
    const mean = this.ts.reduce((s, v) => s + v, 0) / this.ts.length;
    const start = initialApproximation(n, seed, mean);
    this.params = Float64Array.from([...start.units.map((u) => u.c1), ...start.units.map((u) => u.c2), ...start.units.map((u) => u.c3), start.c4]);
    this.m = new Float64Array(this.params.length);
    this.v = new Float64Array(this.params.length);
    this.scratch = new Float64Array(n);
  }

  /** Takes `count` Adam steps; returns the mean squared error before the last one (NaN stops early). */
  step(count = 1): number {
    const n = this.settings.n;
    const { params: p, m, v } = this;
    const { beta1, beta2, eps } = ADAM;
    const lr = this.settings.lr;
    let loss = NaN;
    for (let i = 0; i < count; i++) {
      const g = gradient(p.subarray(0, n), p.subarray(n, 2 * n), p.subarray(2 * n, 3 * n), p[3 * n], TRAIN_POINTS, this.ts, this.scratch);
      loss = g.loss;
      if (!Number.isFinite(loss)) return loss;
      this.beta1t *= beta1;
      this.beta2t *= beta2;
      const c1 = 1 - this.beta1t;
      const c2 = 1 - this.beta2t;
      for (let k = 0; k < p.length; k++) {
        const gk = k < n ? g.c1[k] : k < 2 * n ? g.c2[k - n] : k < 3 * n ? g.c3[k - 2 * n] : g.c4;
        // m ← β₁m + (1 − β₁)g, v ← β₂v + (1 − β₂)g², p ← p − η m̂ / (√v̂ + ε)
        m[k] = beta1 * m[k] + (1 - beta1) * gk;
        v[k] = beta2 * v[k] + (1 - beta2) * gk * gk;
        p[k] -= (lr * (m[k] / c1)) / (Math.sqrt(v[k] / c2) + eps);
      }
      this.steps += 1;
    }
    return loss;
  }

  /** The current parameters as plain numbers. */
  snapshot(): Approximation {
    const n = this.settings.n;
    const p = this.params;
    return { units: Array.from({ length: n }, (_, k) => ({ c1: p[k], c2: p[n + k], c3: p[2 * n + k] })), c4: p[3 * n] };
  }
}
