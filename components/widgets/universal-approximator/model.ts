// The universal approximator of the multilayer-perceptron chapter: a target h on [0, 1] and a
// network with one hidden layer of N sigmoid units and a linear output,
//   G(x) = Σ_k c₁ₖ σ(c₂ₖ x + c₃ₖ) + c₄,
// the sum of the chapter's building blocks c₁σ(c₂x + c₃) (equation "scaled-unit"), whose output
// biases add up to one c₄. Pure functions: the plot evaluates them at every slider move, the
// tests check them, and training (train.ts) fits the same parameters with the engine.

import { exactSinTurns } from './exact-math';

export type TargetName = 'sin' | 'abs' | 'step' | 'poly' | 'drawn';
export const TARGET_NAMES: readonly TargetName[] = ['sin', 'abs', 'step', 'poly', 'drawn'];

export interface Unit {
  /** Output weight: the height of the unit's step. */
  c1: number;
  /** Hidden weight: the steepness (negative mirrors the step). */
  c2: number;
  /** Hidden bias: the step sits at x = −c₃/c₂. */
  c3: number;
}

export interface Approximation {
  units: Unit[];
  /** Output bias, shared by all units. */
  c4: number;
}

export const X_MIN = 0;
export const X_MAX = 1;
export const MAX_UNITS = 50;
/** The drawn target is a polyline through this many evenly spaced values on [0, 1]. */
export const DRAW_POINTS = 21;
/** Values a drawn target may take, and the plotted y-range. */
export const Y_LIMIT = 1.5;

export interface Target {
  name: TargetName;
  label: string;
  /** The formula, in TeX. */
  tex: string;
}

export const TARGETS: Record<TargetName, Target> = {
  sin: { name: 'sin', label: 'sin 2πx', tex: 'h(x) = \\sin 2\\pi x' },
  abs: { name: 'abs', label: '|x| (a V at ½)', tex: 'h(x) = 2\\,\\lvert x - \\tfrac12 \\rvert' },
  step: { name: 'step', label: 'step at ½', tex: 'h(x) = H(x - \\tfrac12)' },
  poly: { name: 'poly', label: 'cubic polynomial', tex: 'h(x) = 10x\\,(2x - 1)(x - 1)' },
  drawn: { name: 'drawn', label: 'your own drawing', tex: 'h(x) = \\text{the curve you drew}' },
};

/**
 * The logistic sigmoid, written so that neither branch overflows. Plots and readouts use Math.exp,
 * whose last bit may differ between browsers (invisible at 4 digits); training uses exactSigmoid.
 */
export function sigmoid(z: number): number {
  if (z >= 0) return 1 / (1 + Math.exp(-z));
  const e = Math.exp(z);
  return e / (1 + e);
}

/** x-positions of the drawn target's values: 0, 0.05, …, 1. */
export const drawX = (i: number) => X_MIN + ((X_MAX - X_MIN) * i) / (DRAW_POINTS - 1);

/** The piecewise-linear function through the drawn values. */
export function polyline(values: readonly number[]): (x: number) => number {
  const n = values.length;
  return (x) => {
    const u = ((x - X_MIN) / (X_MAX - X_MIN)) * (n - 1);
    if (u <= 0) return values[0];
    if (u >= n - 1) return values[n - 1];
    const i = Math.floor(u);
    return values[i] + (u - i) * (values[i + 1] - values[i]);
  };
}

/** The target h as a function; `drawn` needs DRAW_POINTS values (else the sine stands in). */
export function targetFunction(name: TargetName, drawn: readonly number[] = []): (x: number) => number {
  switch (name) {
    case 'sin':
      return exactSinTurns;
    case 'abs':
      return (x) => 2 * Math.abs(x - 0.5);
    case 'step':
      // H(0) = 0, as everywhere in the book.
      return (x) => (x > 0.5 ? 1 : 0);
    case 'poly':
      return (x) => 10 * x * (2 * x - 1) * (x - 1);
    case 'drawn':
      return drawn.length === DRAW_POINTS ? polyline(drawn) : targetFunction('sin');
  }
}

/** The values of a target at the drawing points, to start a drawing from. */
export function sampleForDrawing(h: (x: number) => number): number[] {
  return Array.from({ length: DRAW_POINTS }, (_, i) => clampY(round(h(drawX(i)), 3)));
}

export const clampY = (y: number) => Math.max(-Y_LIMIT, Math.min(Y_LIMIT, y));
export const round = (v: number, digits: number) => Math.round(v * 10 ** digits) / 10 ** digits;

/** One unit's contribution c₁σ(c₂x + c₃), without the shared bias. */
export function unitValue(u: Unit, x: number): number {
  return u.c1 * sigmoid(u.c2 * x + u.c3);
}

/** G(x) = Σ c₁σ(c₂x + c₃) + c₄. */
export function evaluate(a: Approximation, x: number): number {
  let g = a.c4;
  for (const u of a.units) g += unitValue(u, x);
  return g;
}

/** n + 1 evenly spaced points of [0, 1], both ends included (x = 0 is where a staircase errs most). */
export function grid(n = 200): number[] {
  return Array.from({ length: n + 1 }, (_, i) => X_MIN + ((X_MAX - X_MIN) * i) / n);
}

export interface FitError {
  /** max |G − h| over the grid. */
  max: number;
  /** Where the largest error is. */
  at: number;
  /** √(mean (G − h)²) over the grid. */
  rms: number;
}

export function fitError(a: Approximation, h: (x: number) => number, xs: readonly number[] = grid()): FitError {
  let max = 0;
  let at = xs[0];
  let sq = 0;
  for (const x of xs) {
    const e = evaluate(a, x) - h(x);
    // Ties within rounding keep the leftmost x, so symmetric targets report the same place everywhere.
    if (!(Math.abs(e) <= max * (1 + 1e-9))) {
      max = Math.abs(e);
      at = x;
    }
    sq += e * e;
  }
  return { max, at, rms: Math.sqrt(sq / xs.length) };
}

/** Where the unit's sigmoid is at ½: x = −c₃/c₂ (undefined for a flat unit, c₂ = 0). */
export function centre(u: Unit): number | null {
  return u.c2 === 0 ? null : -u.c3 / u.c2;
}

/**
 * The chapter's staircase (equation "staircase") with n hidden units: M = n + 1 steps of width
 * 1/M, steepness k = 50M, unit j steps up by Δⱼ = h(t_{j+1}) − h(t_j) at x = j/M, and the output
 * bias is h(t₁), the value at the first midpoint t₁ = 1/(2M).
 */
export function staircase(n: number, h: (x: number) => number): Approximation {
  const M = n + 1;
  const k = 50 * M;
  const t = (j: number) => (j - 0.5) / M;
  const units = Array.from({ length: n }, (_, i) => {
    const j = i + 1;
    return { c1: h(t(j + 1)) - h(t(j)), c2: k, c3: (-k * j) / M };
  });
  return { units, c4: h(t(1)) };
}

/** Parameters as one flat list for the URL: c₁, c₂, c₃ of each unit in turn. */
export function packUnits(units: readonly Unit[]): number[] {
  return units.flatMap((u) => [u.c1, u.c2, u.c3]);
}

export function unpackUnits(values: readonly number[]): Unit[] {
  const units: Unit[] = [];
  for (let i = 0; i + 2 < values.length; i += 3) units.push({ c1: values[i], c2: values[i + 1], c3: values[i + 2] });
  return units;
}

/** A new unit that changes nothing yet: height 0, a moderate step at the middle. */
export const blankUnit = (): Unit => ({ c1: 0, c2: 20, c3: -10 });

/** `units` cut or padded with blank units to exactly n. */
export function resize(units: readonly Unit[], n: number): Unit[] {
  return Array.from({ length: n }, (_, i) => units[i] ?? blankUnit());
}

/** Numbers in readouts: 4 significant digits, no "-0". */
export function fmt(v: number, digits = 4): string {
  if (!Number.isFinite(v)) return String(v);
  const r = Number(v.toPrecision(digits));
  return Object.is(r, -0) ? '0' : String(r);
}
