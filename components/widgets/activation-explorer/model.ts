// The activation functions of the neurons chapter, each with its derivative, as plain scalar
// functions. The explorer plots them; the tests check every derivative against finite differences
// and against the engine's autograd.

export type ActivationName = 'heaviside' | 'sigmoid' | 'tanh' | 'relu' | 'leaky-relu' | 'elu' | 'maxout' | 'softmax';

export interface Activation {
  name: ActivationName;
  label: string;
  /** TeX for f(x) and f′(x), shown beside the plot. */
  tex: string;
  derivativeTex: string;
  /** Uses the parameter α (leaky slope, ELU scale). */
  usesAlpha: boolean;
  f: (x: number, alpha: number) => number;
  df: (x: number, alpha: number) => number;
  /** f′ with the reader's numbers substituted, e.g. "σ(x)(1 − σ(x)) = 0.731 · 0.269". */
  derivativeWorking: (x: number, alpha: number) => string;
}

const sigmoid = (x: number) => (x >= 0 ? 1 / (1 + Math.exp(-x)) : Math.exp(x) / (1 + Math.exp(x)));

// Fixed second and third logits for the softmax view: s₁ = e^x / (e^x + e^0 + e^1).
const SOFTMAX_OTHERS: readonly number[] = [0, 1];
function softmaxFirst(x: number): number {
  const m = Math.max(x, ...SOFTMAX_OTHERS);
  const ex = Math.exp(x - m);
  return ex / (ex + SOFTMAX_OTHERS.reduce((s, z) => s + Math.exp(z - m), 0));
}

// Maxout over two affine pieces, max(w₁x + b₁, w₂x + b₂): a learned piecewise-linear activation.
const MAXOUT_PIECES = [
  { w: 1, b: 0 },
  { w: -0.5, b: -1 },
] as const;
function maxoutPiece(x: number) {
  const [p, q] = MAXOUT_PIECES;
  return p.w * x + p.b >= q.w * x + q.b ? p : q;
}

export const fmt = (v: number, digits = 4) => {
  if (!Number.isFinite(v)) return String(v);
  const r = Number(v.toPrecision(digits));
  return Object.is(r, -0) ? '0' : String(r);
};

export const ACTIVATIONS: Record<ActivationName, Activation> = {
  heaviside: {
    name: 'heaviside',
    label: 'Heaviside step',
    tex: 'H(x) = \\begin{cases} 1 & x > 0 \\\\ 0 & x \\le 0 \\end{cases}',
    derivativeTex: "H'(x) = 0 \\quad (x \\ne 0)",
    usesAlpha: false,
    f: (x) => (x > 0 ? 1 : 0),
    df: () => 0,
    derivativeWorking: (x) => (x === 0 ? 'undefined at the jump; 0 is used' : '0: the step is flat on both sides'),
  },
  sigmoid: {
    name: 'sigmoid',
    label: 'Sigmoid (logistic)',
    tex: '\\sigma(x) = \\frac{1}{1 + e^{-x}}',
    derivativeTex: "\\sigma'(x) = \\sigma(x)\\,(1 - \\sigma(x))",
    usesAlpha: false,
    f: sigmoid,
    df: (x) => sigmoid(x) * (1 - sigmoid(x)),
    derivativeWorking: (x) => `${fmt(sigmoid(x))} · (1 − ${fmt(sigmoid(x))})`,
  },
  tanh: {
    name: 'tanh',
    label: 'Hyperbolic tangent',
    tex: '\\tanh(x) = \\frac{e^{x} - e^{-x}}{e^{x} + e^{-x}}',
    derivativeTex: "\\tanh'(x) = 1 - \\tanh^2(x)",
    usesAlpha: false,
    f: Math.tanh,
    df: (x) => 1 - Math.tanh(x) ** 2,
    derivativeWorking: (x) => `1 − ${fmt(Math.tanh(x))}²`,
  },
  relu: {
    name: 'relu',
    label: 'ReLU',
    tex: '\\mathrm{ReLU}(x) = \\max(0, x)',
    derivativeTex: "\\mathrm{ReLU}'(x) = \\begin{cases} 1 & x > 0 \\\\ 0 & x < 0 \\end{cases}",
    usesAlpha: false,
    f: (x) => Math.max(0, x),
    df: (x) => (x > 0 ? 1 : 0),
    derivativeWorking: (x) => (x > 0 ? '1, because x > 0' : x < 0 ? '0, because x < 0' : 'undefined at 0; 0 is used'),
  },
  'leaky-relu': {
    name: 'leaky-relu',
    label: 'Leaky ReLU',
    tex: '\\mathrm{LReLU}(x) = \\begin{cases} x & x > 0 \\\\ \\alpha x & x \\le 0 \\end{cases}',
    derivativeTex: "\\mathrm{LReLU}'(x) = \\begin{cases} 1 & x > 0 \\\\ \\alpha & x < 0 \\end{cases}",
    usesAlpha: true,
    f: (x, a) => (x > 0 ? x : a * x),
    df: (x, a) => (x > 0 ? 1 : a),
    derivativeWorking: (x, a) => (x > 0 ? '1, because x > 0' : `α = ${fmt(a)}, because x ≤ 0`),
  },
  elu: {
    name: 'elu',
    label: 'ELU',
    tex: '\\mathrm{ELU}(x) = \\begin{cases} x & x > 0 \\\\ \\alpha\\,(e^{x} - 1) & x \\le 0 \\end{cases}',
    derivativeTex: "\\mathrm{ELU}'(x) = \\begin{cases} 1 & x > 0 \\\\ \\alpha\\, e^{x} & x \\le 0 \\end{cases}",
    usesAlpha: true,
    f: (x, a) => (x > 0 ? x : a * Math.expm1(x)),
    df: (x, a) => (x > 0 ? 1 : a * Math.exp(x)),
    derivativeWorking: (x, a) => (x > 0 ? '1, because x > 0' : `${fmt(a)} · e^(${fmt(x)}) = ${fmt(a)} · ${fmt(Math.exp(x))}`),
  },
  maxout: {
    name: 'maxout',
    label: 'Maxout (two pieces)',
    tex: '\\mathrm{maxout}(x) = \\max(x,\\; -0.5x - 1)',
    derivativeTex: "\\mathrm{maxout}'(x) = \\text{slope of the larger piece}",
    usesAlpha: false,
    f: (x) => {
      const p = maxoutPiece(x);
      return p.w * x + p.b;
    },
    df: (x) => maxoutPiece(x).w,
    derivativeWorking: (x) => {
      const p = maxoutPiece(x);
      return p.w === 1 ? '1: the piece x is larger here' : '−0.5: the piece −0.5x − 1 is larger here';
    },
  },
  softmax: {
    name: 'softmax',
    label: 'Softmax (first of three outputs)',
    tex: 's_1(x) = \\frac{e^{x}}{e^{x} + e^{0} + e^{1}}',
    derivativeTex: "\\frac{\\partial s_1}{\\partial x} = s_1\\,(1 - s_1)",
    usesAlpha: false,
    f: softmaxFirst,
    df: (x) => softmaxFirst(x) * (1 - softmaxFirst(x)),
    derivativeWorking: (x) => `${fmt(softmaxFirst(x))} · (1 − ${fmt(softmaxFirst(x))})`,
  },
};

export const ACTIVATION_NAMES = Object.keys(ACTIVATIONS) as ActivationName[];

export interface Point {
  x: number;
  y: number;
}

/** n + 1 evenly spaced samples of g on [lo, hi]. */
export function sample(g: (x: number) => number, lo: number, hi: number, n = 400): Point[] {
  return Array.from({ length: n + 1 }, (_, i) => {
    const x = lo + ((hi - lo) * i) / n;
    return { x, y: g(x) };
  });
}

/**
 * The parts of [lo, hi] where the activation is saturated: |f′(x)| < threshold, so a gradient
 * passing through the neuron is scaled almost to nothing and learning there is slow.
 */
export function saturatedIntervals(
  activation: Activation,
  alpha: number,
  lo: number,
  hi: number,
  threshold = SATURATION_THRESHOLD,
  n = 1200,
): [number, number][] {
  const intervals: [number, number][] = [];
  let start: number | null = null;
  for (let i = 0; i <= n; i++) {
    const x = lo + ((hi - lo) * i) / n;
    const saturated = Math.abs(activation.df(x, alpha)) < threshold;
    if (saturated && start === null) start = x;
    if (!saturated && start !== null) {
      intervals.push([start, x]);
      start = null;
    }
  }
  if (start !== null) intervals.push([start, hi]);
  return intervals;
}

export const SATURATION_THRESHOLD = 0.05;

/** The value, slope and tangent line at x: what the draggable point reports. */
export function probe(activation: Activation, x: number, alpha: number) {
  const y = activation.f(x, alpha);
  const slope = activation.df(x, alpha);
  return { x, y, slope, tangent: (t: number) => y + slope * (t - x) };
}
