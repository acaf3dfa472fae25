// Gradient flow through a deep, narrow network: the experiment of the unstable-gradients chapter
// ("Ten layers of width 64"), run with the book's engine. Ten fully connected layers of 64 units
// with no biases, z^l = a^(l−1) W^l and a^l = f(z^l), fed a seeded batch of 64 unit-variance
// inputs. The backward pass starts from a seeded unit-variance error ∂C/∂a^10 (the loss
// C = Σ g ∘ a^10 for a fixed random g) and the engine's autograd carries it down.
//
// The random numbers are drawn in exactly the order of the chapter's own simulation (inputs, then
// one weight matrix per layer, then the error), so seeds 1–4 reproduce the runs behind the
// chapter's sentence "within about a third of the table".
import {
  createRng, elu, glorotUniform, heNormal, leakyRelu, matmul, normal, randn, relu, sigmoid, tanh,
  type Rng, type Tensor,
} from '@/lib/engine';

export type ActivationName = 'sigmoid' | 'tanh' | 'relu' | 'leaky-relu' | 'elu';
export type InitName = 'normal' | 'glorot' | 'he';

export const WIDTH = 64;
export const DEPTH = 10;
export const BATCH = 64;
/** Slope of the leaky ReLU for z < 0 and α of the ELU: the chapter's defaults. */
export const LEAK = 0.01;
export const ELU_ALPHA = 1;
/** A unit is "flat" when f′(z) is below this fraction of f′'s maximum (σ′ < 0.01 for the sigmoid, as in the chapter). */
export const FLAT_FRACTION = 0.04;

const logistic = (z: number) => (z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z)));

export interface ActivationSpec {
  name: ActivationName;
  label: string;
  /** The engine op used in the network. */
  op: (z: Tensor) => Tensor;
  f: (z: number) => number;
  df: (z: number) => number;
  /** max f′, the slope "flat" is measured against. */
  maxSlope: number;
  /** Output range for the histograms when f is bounded; null to use each layer's own range. */
  range: readonly [number, number] | null;
  /** The outputs a = f(z) of flat units (f′(z) < FLAT_FRACTION · max f′), as intervals of a. */
  flatOutputs: readonly (readonly [number, number])[];
}

// σ′ = s(1 − s) = 0.04 · ¼ = 0.01 at s = (1 ± √0.96)/2; tanh′ = 1 − a² = 0.04 at a = ±√0.96;
// ELU′ = αe^z = 0.04 at a = α(e^z − 1) = 0.04 − α.
const SIGMOID_FLAT = (1 - Math.sqrt(1 - 4 * FLAT_FRACTION * 0.25)) / 2;
const TANH_FLAT = Math.sqrt(1 - FLAT_FRACTION);

export const ACTIVATIONS: Record<ActivationName, ActivationSpec> = {
  sigmoid: {
    name: 'sigmoid',
    label: 'Sigmoid (logistic)',
    op: sigmoid,
    f: logistic,
    df: (z) => logistic(z) * (1 - logistic(z)),
    maxSlope: 0.25,
    range: [0, 1],
    flatOutputs: [
      [-Infinity, SIGMOID_FLAT],
      [1 - SIGMOID_FLAT, Infinity],
    ],
  },
  tanh: {
    name: 'tanh',
    label: 'tanh',
    op: tanh,
    f: Math.tanh,
    df: (z) => 1 - Math.tanh(z) ** 2,
    maxSlope: 1,
    range: [-1, 1],
    flatOutputs: [
      [-Infinity, -TANH_FLAT],
      [TANH_FLAT, Infinity],
    ],
  },
  // ReLU's flat units all output exactly 0: a spike in the first bin rather than a region.
  relu: { name: 'relu', label: 'ReLU', op: relu, f: (z) => (z > 0 ? z : 0), df: (z) => (z > 0 ? 1 : 0), maxSlope: 1, range: null, flatOutputs: [] },
  'leaky-relu': {
    name: 'leaky-relu',
    label: `Leaky ReLU (α = ${LEAK})`,
    op: (z) => leakyRelu(z, LEAK),
    f: (z) => (z > 0 ? z : LEAK * z),
    df: (z) => (z > 0 ? 1 : LEAK),
    maxSlope: 1,
    range: null,
    flatOutputs: [[-Infinity, 0]],
  },
  elu: {
    name: 'elu',
    label: `ELU (α = ${ELU_ALPHA})`,
    op: (z) => elu(z, ELU_ALPHA),
    f: (z) => (z >= 0 ? z : ELU_ALPHA * Math.expm1(z)),
    df: (z) => (z >= 0 ? 1 : ELU_ALPHA * Math.exp(z)),
    maxSlope: 1,
    range: null,
    flatOutputs: [[-Infinity, FLAT_FRACTION - ELU_ALPHA]],
  },
};
export const ACTIVATION_NAMES = Object.keys(ACTIVATIONS) as ActivationName[];

export interface InitSpec {
  name: InitName;
  label: string;
  /** Var(w) for a square layer of width n (equations glorot and he of the chapter). */
  variance: (n: number) => number;
  draw: (shape: readonly number[], rng: Rng) => Tensor;
}

export const INITS: Record<InitName, InitSpec> = {
  normal: { name: 'normal', label: 'N(0, 1)', variance: () => 1, draw: (shape, rng) => normal(shape, rng, { std: 1 }) },
  glorot: { name: 'glorot', label: 'Glorot', variance: (n) => 2 / (n + n), draw: (shape, rng) => glorotUniform(shape, rng) },
  he: { name: 'he', label: 'He', variance: (n) => 2 / n, draw: (shape, rng) => heNormal(shape, rng) },
};
export const INIT_NAMES = Object.keys(INITS) as InitName[];

export interface Bin {
  x0: number;
  x1: number;
  count: number;
}

export interface LayerStats {
  /** 1-based layer number. */
  layer: number;
  meanA: number;
  stdA: number;
  /** Mean of z² over the batch and the units: Var(z^l) of the chapter's table. */
  varZ: number;
  /** Fraction of the batch × units with f′(z) < FLAT_FRACTION · max f′. */
  flat: number;
  /** Root mean square of δ^l = ∂C/∂z^l. */
  errorRms: number;
  /** Frobenius norm of ∂C/∂W^l, the gradient gradient descent would use. */
  weightGradNorm: number;
  histogram: Bin[];
}

export interface FlowSettings {
  activation: ActivationName;
  init: InitName;
  seed: number;
}

export interface FlowResult extends FlowSettings {
  layers: LayerStats[];
  /** RMS of the error fed in at the top, ∂C/∂a^10. */
  topErrorRms: number;
  /** ‖δ^1‖ / ‖δ^10‖ as root mean squares: the last column of the chapter's table. */
  ratio: number;
  /** False if any activation or gradient overflowed to ±∞ or NaN. */
  finite: boolean;
}

export const HISTOGRAM_BINS = 24;

/** Equal-width bins over [lo, hi]; values outside are counted in the end bins. */
export function histogram(values: ArrayLike<number>, lo: number, hi: number, bins = HISTOGRAM_BINS): Bin[] {
  if (!(hi > lo)) {
    // All values equal (e.g. every ReLU output 0): one bin around them.
    return [{ x0: lo - 0.5, x1: lo + 0.5, count: values.length }];
  }
  const width = (hi - lo) / bins;
  const counts = new Array<number>(bins).fill(0);
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (Number.isNaN(v)) continue;
    counts[Math.min(bins - 1, Math.max(0, Math.floor((v - lo) / width)))] += 1;
  }
  return counts.map((count, i) => ({ x0: lo + i * width, x1: i === bins - 1 ? hi : lo + (i + 1) * width, count }));
}

function meanSquare(data: ArrayLike<number>): number {
  let s = 0;
  for (let i = 0; i < data.length; i++) s += data[i] * data[i];
  return s / data.length;
}

function meanAndStd(data: ArrayLike<number>): [number, number] {
  let s = 0;
  for (let i = 0; i < data.length; i++) s += data[i];
  const mean = s / data.length;
  let v = 0;
  for (let i = 0; i < data.length; i++) v += (data[i] - mean) ** 2;
  return [mean, Math.sqrt(v / data.length)];
}

function extent(data: ArrayLike<number>): [number, number] {
  let lo = Infinity;
  let hi = -Infinity;
  for (let i = 0; i < data.length; i++) {
    if (data[i] < lo) lo = data[i];
    if (data[i] > hi) hi = data[i];
  }
  return [lo, hi];
}

export interface NetworkRun {
  x: Tensor;
  weights: Tensor[];
  zs: Tensor[];
  activations: Tensor[];
  topError: Tensor;
}

/**
 * Builds the network for a seed and runs one forward and one backward pass with the engine. After
 * it, weights[l].grad is ∂C/∂W^(l+1) and zs[l].grad is δ^(l+1).
 */
export function runNetwork({ activation, init, seed }: FlowSettings, width = WIDTH, depth = DEPTH, batch = BATCH): NetworkRun {
  const act = ACTIVATIONS[activation];
  const rng = createRng(seed);
  const x = randn([batch, width], rng);
  const weights: Tensor[] = [];
  const zs: Tensor[] = [];
  const activations: Tensor[] = [];
  let a = x;
  for (let l = 0; l < depth; l++) {
    const w = INITS[init].draw([width, width], rng);
    const z = matmul(a, w);
    a = act.op(z);
    weights.push(w);
    zs.push(z);
    activations.push(a);
  }
  // ∂C/∂a^depth, unit variance: the loss C = Σ g ∘ a^depth (equation mean-field's starting error).
  const topError = randn([batch, width], rng);
  a.backward(topError);
  return { x, weights, zs, activations, topError };
}

/** Per-layer statistics of one forward and backward pass, as plain numbers for the views. */
export function gradientFlow(settings: FlowSettings): FlowResult {
  const act = ACTIVATIONS[settings.activation];
  const run = runNetwork(settings);
  let finite = true;
  const layers = run.zs.map((z, l): LayerStats => {
    const a = run.activations[l].data;
    const delta = z.grad?.data ?? new Float64Array(z.size);
    const gw = run.weights[l].grad?.data ?? new Float64Array(run.weights[l].size);
    const [meanA, stdA] = meanAndStd(a);
    let flat = 0;
    for (let i = 0; i < z.data.length; i++) if (act.df(z.data[i]) < FLAT_FRACTION * act.maxSlope) flat += 1;
    const [lo, hi] = act.range ?? extent(a);
    const stats: LayerStats = {
      layer: l + 1,
      meanA,
      stdA,
      varZ: meanSquare(z.data),
      flat: flat / z.data.length,
      errorRms: Math.sqrt(meanSquare(delta)),
      weightGradNorm: Math.sqrt(meanSquare(gw) * gw.length),
      histogram: Number.isFinite(lo) && Number.isFinite(hi) ? histogram(a, lo, hi) : [],
    };
    if (![stats.meanA, stats.stdA, stats.varZ, stats.errorRms, stats.weightGradNorm].every(Number.isFinite)) finite = false;
    return stats;
  });
  return {
    ...settings,
    layers,
    topErrorRms: Math.sqrt(meanSquare(run.topError.data)),
    ratio: layers[0].errorRms / layers[layers.length - 1].errorRms,
    finite,
  };
}

/** A number as the widget prints it: 3 significant digits, scientific beyond 10⁴ or below 10⁻³. */
export function formatNumber(v: number, digits = 3): string {
  if (!Number.isFinite(v)) return Number.isNaN(v) ? 'not a number' : v > 0 ? '∞' : '−∞';
  if (v === 0) return '0';
  const abs = Math.abs(v);
  const sign = v < 0 ? '−' : '';
  if (abs >= 1e4 || abs < 1e-3) {
    const [m, e] = abs.toExponential(digits - 1).split('e');
    return `${sign}${m} × 10${superscript(Number(e))}`;
  }
  return `${sign}${String(Number(abs.toPrecision(digits)))}`;
}

/** 10⁻⁷ for 1e-7: tick labels of a logarithmic axis. */
export function powerOfTen(v: number): string {
  const e = Math.round(Math.log10(v));
  return e === 0 ? '1' : e === 1 ? '10' : `10${superscript(e)}`;
}

const SUPERSCRIPTS: Record<string, string> = { '-': '⁻', '0': '⁰', '1': '¹', '2': '²', '3': '³', '4': '⁴', '5': '⁵', '6': '⁶', '7': '⁷', '8': '⁸', '9': '⁹' };
function superscript(n: number): string {
  return String(n)
    .split('')
    .map((c) => SUPERSCRIPTS[c] ?? c)
    .join('');
}

export type Verdict = 'vanishing' | 'exploding' | 'steady' | 'overflow';

/**
 * How the error that reaches layer 1 compares with the error fed in at the top: below a tenth is
 * vanishing, above ten times is exploding. (The chapter's table compares δ^1 with δ^10 instead;
 * this also counts what the top layer's own slopes take away.)
 */
export function verdict(result: FlowResult): { kind: Verdict; endToEnd: number } {
  const endToEnd = result.layers[0].errorRms / result.topErrorRms;
  if (!result.finite || !Number.isFinite(endToEnd)) return { kind: 'overflow', endToEnd };
  if (endToEnd < 0.1) return { kind: 'vanishing', endToEnd };
  if (endToEnd > 10) return { kind: 'exploding', endToEnd };
  return { kind: 'steady', endToEnd };
}

/** "a factor of 1.5" style agreement: max(a/b, b/a). */
export function factorBetween(a: number, b: number): number {
  return Math.max(a / b, b / a);
}
