// One neuron with two inputs, y = f(w₁x₁ + w₂x₂ + b), on four small data sets, and the
// perceptron learning rule of the neurons chapter (equation "perceptron-rule"):
//   w ← w + η (t − y) x,   b ← b + η (t − y),   with y = H(z) and H(0) = 0.
// Pure functions on plain numbers: the playground draws them, the tests check them.
import { createRng } from '@/lib/engine';

export type DatasetName = 'and' | 'or' | 'xor' | 'blobs';
export type OutputName = 'heaviside' | 'sigmoid' | 'tanh';

export const DATASET_NAMES: readonly DatasetName[] = ['and', 'or', 'xor', 'blobs'];
export const OUTPUT_NAMES: readonly OutputName[] = ['heaviside', 'sigmoid', 'tanh'];

export const DATASET_LABELS: Record<DatasetName, string> = {
  and: 'AND',
  or: 'OR',
  xor: 'XOR',
  blobs: 'Two blobs',
};

export interface Point {
  x1: number;
  x2: number;
  /** The target class, 0 or 1. */
  t: 0 | 1;
}

export interface Neuron {
  w1: number;
  w2: number;
  b: number;
}

/** The square of the input plane that the playground shows. */
export const PLANE = { min: -0.5, max: 1.5 } as const;

const CORNERS: readonly [number, number][] = [
  [0, 0],
  [0, 1],
  [1, 0],
  [1, 1],
];

const LOGIC_TARGETS: Record<'and' | 'or' | 'xor', readonly (0 | 1)[]> = {
  and: [0, 0, 0, 1],
  or: [0, 1, 1, 1],
  xor: [0, 1, 1, 0],
};

/** Points of each blob; they alternate class 0, class 1, class 0, … in presentation order. */
export const BLOB_SIZE = 10;
const BLOB_CENTRES: readonly [number, number][] = [
  [0.15, 0.25],
  [0.95, 0.85],
];
const BLOB_SPREAD = 0.17;

const clampToPlane = (v: number) => Math.min(PLANE.max - 0.05, Math.max(PLANE.min + 0.05, v));
const round3 = (v: number) => Math.round(v * 1000) / 1000;

/**
 * The points of a data set, in the order the learning rule presents them. The logic gates use the
 * chapter's order (0,0), (0,1), (1,0), (1,1); the blobs are drawn from the seed, so the same seed
 * always gives the same points.
 */
export function dataset(name: DatasetName, seed: number): Point[] {
  if (name !== 'blobs') return CORNERS.map(([x1, x2], i) => ({ x1, x2, t: LOGIC_TARGETS[name][i] }));
  const rng = createRng(seed);
  const points: Point[] = [];
  for (let i = 0; i < BLOB_SIZE; i++) {
    for (const t of [0, 1] as const) {
      const [cx, cy] = BLOB_CENTRES[t];
      points.push({
        x1: round3(clampToPlane(cx + BLOB_SPREAD * rng.normal())),
        x2: round3(clampToPlane(cy + BLOB_SPREAD * rng.normal())),
        t,
      });
    }
  }
  return points;
}

export const weightedInput = (n: Neuron, p: { x1: number; x2: number }) => n.w1 * p.x1 + n.w2 * p.x2 + n.b;

const sigmoid = (z: number) => (z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z)));

/** The neuron's output for weighted input z. H(0) = 0, as in the chapter. */
export function output(f: OutputName, z: number): number {
  if (f === 'heaviside') return z > 0 ? 1 : 0;
  if (f === 'sigmoid') return sigmoid(z);
  return Math.tanh(z);
}

/** The level that separates the classes: 0.5 for H and σ, 0 for tanh. Always reached at z = 0. */
export const threshold = (f: OutputName) => (f === 'tanh' ? 0 : 0.5);
export const outputRange = (f: OutputName): [number, number] => (f === 'tanh' ? [-1, 1] : [0, 1]);

/** The class the neuron assigns: 1 when z > 0, whatever the output function. */
export const predict = (n: Neuron, p: Point): 0 | 1 => (weightedInput(n, p) > 0 ? 1 : 0);

export interface ClassCounts {
  /** Per target class: how many points it has and how many the neuron classifies right. */
  byClass: [{ total: number; correct: number }, { total: number; correct: number }];
  correct: number;
  total: number;
}

export function classify(n: Neuron, points: readonly Point[]): ClassCounts {
  const byClass: ClassCounts['byClass'] = [
    { total: 0, correct: 0 },
    { total: 0, correct: 0 },
  ];
  for (const p of points) {
    byClass[p.t].total++;
    if (predict(n, p) === p.t) byClass[p.t].correct++;
  }
  return { byClass, correct: byClass[0].correct + byClass[1].correct, total: points.length };
}

/** One application of the rule, with every number the playground prints. */
export interface RuleStep {
  index: number;
  point: Point;
  before: Neuron;
  z: number;
  y: 0 | 1;
  /** t − y: +1, 0 or −1. */
  error: number;
  after: Neuron;
}

export function ruleStep(n: Neuron, points: readonly Point[], index: number, eta: number): RuleStep {
  const point = points[index];
  const z = weightedInput(n, point);
  const y: 0 | 1 = z > 0 ? 1 : 0;
  const error = point.t - y;
  const after =
    error === 0
      ? n
      : { w1: n.w1 + eta * error * point.x1, w2: n.w2 + eta * error * point.x2, b: n.b + eta * error };
  return { index, point, before: n, z, y, error, after };
}

export interface RunResult {
  neuron: Neuron;
  /** Index of the next point to present. */
  next: number;
  /** Points presented and updates made (mistakes) during this run. */
  presented: number;
  updates: number;
  /** True when the neuron classifies every point right at the end, so the rule has stopped. */
  converged: boolean;
  last: RuleStep | null;
}

/**
 * Presents points in order from `start`, wrapping around, `count` times, or until every point is
 * classified right when `untilConverged` is set. The rule changes nothing on a right answer, so
 * "all points right" is the same as "a whole epoch without a mistake".
 */
export function runRule(
  n: Neuron,
  points: readonly Point[],
  start: number,
  eta: number,
  count: number,
  untilConverged = false,
): RunResult {
  let neuron = n;
  let next = ((start % points.length) + points.length) % points.length;
  let updates = 0;
  let presented = 0;
  let last: RuleStep | null = null;
  const allRight = () => classify(neuron, points).correct === points.length;
  while (presented < count) {
    if (untilConverged && allRight()) break;
    last = ruleStep(neuron, points, next, eta);
    neuron = last.after;
    if (last.error !== 0) updates++;
    presented++;
    next = (next + 1) % points.length;
  }
  return { neuron, next, presented, updates, converged: allRight(), last };
}

/** Largest number of epochs "run to convergence" tries before it reports that the rule has not stopped. */
export const MAX_EPOCHS = 100;

/** The ends of the decision line w₁x₁ + w₂x₂ + b = 0 inside the square [lo, hi]², or null. */
export function boundarySegment(n: Neuron, lo: number = PLANE.min, hi: number = PLANE.max): [[number, number], [number, number]] | null {
  const { w1, w2, b } = n;
  if (Math.abs(w1) < 1e-12 && Math.abs(w2) < 1e-12) return null;
  const hits: [number, number][] = [];
  const push = (x: number, y: number) => {
    const eps = 1e-9;
    if (x < lo - eps || x > hi + eps || y < lo - eps || y > hi + eps) return;
    if (hits.some(([a, c]) => Math.abs(a - x) < 1e-9 && Math.abs(c - y) < 1e-9)) return;
    hits.push([x, y]);
  };
  if (Math.abs(w2) > 1e-12) {
    push(lo, -(w1 * lo + b) / w2);
    push(hi, -(w1 * hi + b) / w2);
  }
  if (Math.abs(w1) > 1e-12) {
    push(-(w2 * lo + b) / w1, lo);
    push(-(w2 * hi + b) / w1, hi);
  }
  return hits.length >= 2 ? [hits[0], hits[1]] : null;
}

/**
 * The weight vector drawn from the point of the decision line nearest the plane's centre, scaled
 * to `length`: it is perpendicular to the line and points to the side where the neuron fires.
 */
export function weightArrow(n: Neuron, length = 0.35): { from: [number, number]; to: [number, number] } | null {
  const norm2 = n.w1 * n.w1 + n.w2 * n.w2;
  if (norm2 < 1e-24) return null;
  const c = (PLANE.min + PLANE.max) / 2;
  const t = (n.w1 * c + n.w2 * c + n.b) / norm2;
  const from: [number, number] = [c - t * n.w1, c - t * n.w2];
  if (from.some((v) => v < PLANE.min || v > PLANE.max)) return null;
  const k = length / Math.sqrt(norm2);
  return { from, to: [from[0] + k * n.w1, from[1] + k * n.w2] };
}

export interface OutputProfile {
  /** The output depends on x only through z, which grows along w: it is constant across w. */
  from: [number, number];
  to: [number, number];
  /** Output samples at evenly spaced offsets 0…1 from `from` to `to`. */
  values: number[];
  /** The offset where z = 0 (the decision line), or null when the line misses the square. */
  edge: number | null;
}

/**
 * The output over the square [lo, hi]² as a profile along the direction of w, from the corner
 * where z is smallest to the one where it is largest (or, with w = 0, the constant output f(b)).
 * Shading this profile as a linear gradient draws the whole surface exactly.
 */
export function outputProfile(n: Neuron, f: OutputName, samples = 97, lo: number = PLANE.min, hi: number = PLANE.max): OutputProfile | { constant: number } {
  const norm = Math.hypot(n.w1, n.w2);
  if (norm < 1e-12) return { constant: output(f, n.b) };
  const [u1, u2] = [n.w1 / norm, n.w2 / norm];
  const c = (lo + hi) / 2;
  const reach = ((hi - lo) / 2) * (Math.abs(u1) + Math.abs(u2));
  const from: [number, number] = [c - reach * u1, c - reach * u2];
  const to: [number, number] = [c + reach * u1, c + reach * u2];
  const zFrom = weightedInput(n, { x1: from[0], x2: from[1] });
  const zTo = weightedInput(n, { x1: to[0], x2: to[1] });
  const values = Array.from({ length: samples }, (_, i) => output(f, zFrom + ((zTo - zFrom) * i) / (samples - 1)));
  const t = -zFrom / (zTo - zFrom);
  return { from, to, values, edge: t > 0 && t < 1 ? t : null };
}

/** Four significant digits, no "-0", and rounding dust such as 2.8e-17 shown as 0. */
export function fmt(v: number, digits = 4): string {
  if (!Number.isFinite(v)) return String(v);
  if (Math.abs(v) < 1e-12) return '0';
  const r = Number(v.toPrecision(digits));
  return String(r).replace('-', '−');
}

/** fmt, with a product's negative factor in brackets: "0.1·(−1)". */
export const factor = (v: number) => (v < 0 && Math.abs(v) >= 1e-12 ? `(${fmt(v)})` : fmt(v));
