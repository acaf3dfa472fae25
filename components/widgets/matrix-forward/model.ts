// The forward pass of a 3-3-2 network in matrix form, z = W·a + b and a = f(z) for each layer
// (equation "layer-matrix" of the multilayer-perceptron chapter), with every product kept so the
// widget can print the sum behind each entry. Pure functions on plain arrays.
import { createRng } from '@/lib/engine';

export type ActivationName = 'sigmoid' | 'tanh' | 'relu' | 'identity';
export const ACTIVATION_NAMES: readonly ActivationName[] = ['sigmoid', 'tanh', 'relu', 'identity'];

export const ACTIVATION_LABELS: Record<ActivationName, string> = {
  sigmoid: 'σ (sigmoid)',
  tanh: 'tanh',
  relu: 'ReLU',
  identity: 'none (identity)',
};

/** The symbol printed in a = f(z). */
export const ACTIVATION_SYMBOL: Record<ActivationName, string> = { sigmoid: 'σ', tanh: 'tanh', relu: 'ReLU', identity: 'id' };

/** Layer sizes: 3 inputs, 3 hidden neurons, 2 outputs. */
export const SIZES = [3, 3, 2] as const;

export interface Params {
  x: readonly number[];
  /** Row-major: W¹ is 3 × 3, W² is 2 × 3; row i holds neuron i's incoming weights. */
  w1: readonly number[];
  b1: readonly number[];
  w2: readonly number[];
  b2: readonly number[];
}

/** The chapter's worked example: x = (1, 0.5, −1), both layers sigmoid. */
export const DEFAULT_PARAMS: Params = {
  x: [1.0, 0.5, -1.0],
  w1: [0.2, -0.4, 0.1, 0.5, 0.3, -0.2, -0.3, 0.8, 0.6],
  b1: [0.1, -0.1, 0.2],
  w2: [0.6, -0.5, 0.3, -0.2, 0.4, 0.7],
  b2: [0.05, -0.1],
};

const sigmoid = (z: number) => (z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z)));

export function activate(f: ActivationName, z: number): number {
  if (f === 'sigmoid') return sigmoid(z);
  if (f === 'tanh') return Math.tanh(z);
  if (f === 'relu') return Math.max(0, z);
  return z;
}

export interface LayerResult {
  /** The layer's input a^{l−1}. */
  input: number[];
  /** W as rows. */
  W: number[][];
  b: number[];
  /** products[i][j] = W[i][j] · input[j]. */
  products: number[][];
  z: number[];
  a: number[];
}

/** z = W·a + b, summed left to right and the bias last, then a = f(z). */
export function layer(W: number[][], b: readonly number[], input: readonly number[], f: ActivationName): LayerResult {
  const products = W.map((row) => row.map((w, j) => w * input[j]));
  const z = products.map((row, i) => {
    let s = 0;
    for (const p of row) s += p;
    return s + b[i];
  });
  return { input: [...input], W, b: [...b], products, z, a: z.map((v) => activate(f, v)) };
}

export const toRows = (flat: readonly number[], cols: number): number[][] =>
  Array.from({ length: flat.length / cols }, (_, i) => flat.slice(i * cols, i * cols + cols));

export function forward(p: Params, f: ActivationName): [LayerResult, LayerResult] {
  const first = layer(toRows(p.w1, SIZES[0]), p.b1, p.x, f);
  const second = layer(toRows(p.w2, SIZES[1]), p.b2, first.a, f);
  return [first, second];
}

/** Readable random parameters from a seed: each uniform in [−1, 1], rounded to one decimal. */
export function randomParams(seed: number): Params {
  const rng = createRng(seed);
  const draw = (n: number) => Array.from({ length: n }, () => Math.round((rng.next() * 2 - 1) * 10) / 10 + 0);
  return { x: draw(3), w1: draw(9), b1: draw(3), w2: draw(6), b2: draw(2) };
}

/** Four significant digits, a real minus sign, and rounding dust such as 2.8e-17 shown as 0. */
export function fmt(v: number, digits = 4): string {
  if (!Number.isFinite(v)) return String(v);
  if (Math.abs(v) < 1e-12) return '0';
  const r = Number(v.toPrecision(digits));
  const text = Number.isInteger(r) ? r.toFixed(1) : String(r);
  return text.replace('-', '−');
}

export type Sign = 'positive' | 'negative' | 'zero';
export const signOf = (v: number): Sign => (Math.abs(v) < 1e-12 ? 'zero' : v > 0 ? 'positive' : 'negative');
/** The glyph shown beside each entry, so the sign never depends on colour alone. */
export const SIGN_GLYPH: Record<Sign, string> = { positive: '+', negative: '−', zero: '0' };

const factor = (v: number) => (signOf(v) === 'negative' ? `(${fmt(v)})` : fmt(v));

/**
 * Entry i of z = W·a + b written out with the actual numbers:
 * "0.5·1.0 + 0.3·0.5 + (−0.2)·(−1.0) + (−0.1) = 0.75".
 */
export function sumOfProducts(r: LayerResult, i: number): string {
  const terms = r.W[i].map((w, j) => `${factor(w)}·${factor(r.input[j])}`);
  return `${[...terms, factor(r.b[i])].join(' + ')} = ${fmt(r.z[i])}`;
}

/** "σ(0.75) = 0.6792" */
export const activationText = (f: ActivationName, r: LayerResult, i: number) => `${ACTIVATION_SYMBOL[f]}(${fmt(r.z[i])}) = ${fmt(r.a[i])}`;
