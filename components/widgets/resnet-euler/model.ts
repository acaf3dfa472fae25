// ResNet as forward Euler (CNN chapter, equations "residual" and "euler"): n residual blocks
// x_{k+1} = x_k + h·F(x_k) are n Euler steps of dx/dt = F(x) up to t = n·h. Three right-hand sides
// with closed-form solutions to compare against, the first-order error, and the 2ⁿ paths of the
// unravelled view.

export type FieldName = 'decay' | 'rotation' | 'sine';
export type Vec = number[];

export interface Field {
  name: FieldName;
  label: string;
  /** TeX of the ODE and its exact solution, for the readout. */
  tex: string;
  x0Tex: string;
  exactTex: string;
  x0: Vec;
  f: (x: Vec) => Vec;
  /** The exact solution x(t) from x0. */
  exact: (t: number) => Vec;
}

export const FIELDS: Record<FieldName, Field> = {
  decay: {
    name: 'decay',
    label: 'F(x) = −x (decay)',
    tex: '\\frac{dx}{dt} = -x',
    x0Tex: 'x_0 = 1',
    exactTex: 'x(t) = e^{-t}',
    x0: [1],
    f: ([x]) => [-x],
    exact: (t) => [Math.exp(-t)],
  },
  rotation: {
    name: 'rotation',
    label: 'F(x, y) = (−y, x) (rotation)',
    tex: '\\frac{d}{dt}\\begin{pmatrix} x \\\\ y \\end{pmatrix} = \\begin{pmatrix} -y \\\\ x \\end{pmatrix}',
    x0Tex: '(x_0, y_0) = (1, 0)',
    exactTex: '(x, y)(t) = (\\cos t, \\sin t)',
    x0: [1, 0],
    f: ([x, y]) => [-y, x],
    exact: (t) => [Math.cos(t), Math.sin(t)],
  },
  sine: {
    name: 'sine',
    label: 'F(x) = sin x',
    tex: '\\frac{dx}{dt} = \\sin x',
    x0Tex: 'x_0 = 1',
    exactTex: 'x(t) = 2\\arctan\\!\\left(\\tan\\tfrac12\\, e^{t}\\right)',
    x0: [1],
    f: ([x]) => [Math.sin(x)],
    // Separation of variables: ∫dx/sin x = ln tan(x/2), so tan(x/2) = tan(x₀/2)·eᵗ.
    exact: (t) => [2 * Math.atan(Math.tan(0.5) * Math.exp(t))],
  },
};

export const FIELD_NAMES = Object.keys(FIELDS) as FieldName[];

/** x_0 … x_n of n residual blocks x_{k+1} = x_k + h·F(x_k), equation "euler". */
export function eulerTrajectory(field: Field, h: number, n: number): Vec[] {
  const xs: Vec[] = [field.x0];
  for (let k = 0; k < n; k++) {
    const x = xs[k];
    const fx = field.f(x);
    xs.push(x.map((v, i) => v + h * fx[i]));
  }
  return xs;
}

const distance = (a: Vec, b: Vec) => Math.hypot(...a.map((v, i) => v - b[i]));

export interface Run {
  euler: Vec[];
  /** The exact solution at the same times t_k = k·h. */
  exact: Vec[];
  /** |x_n − x(n·h)| at the end (Euclidean distance in 2D). */
  error: number;
  /** Some value left ±1e6 or stopped being finite: the blocks amplify instead of following the flow. */
  diverged: boolean;
}

export function run(field: Field, h: number, n: number): Run {
  const euler = eulerTrajectory(field, h, n);
  const exact = euler.map((_, k) => field.exact(k * h));
  const last = euler[n];
  const diverged = euler.some((x) => x.some((v) => !Number.isFinite(v) || Math.abs(v) > 1e6));
  return { euler, exact, error: distance(last, exact[n]), diverged };
}

export interface Refinement {
  h: number;
  n: number;
  error: number;
  /** error(previous h) / error(this h): about 2 for a first-order method when h halves. */
  ratio: number | null;
}

/** The error at the same end time T = n·h as h is halved: first order means the error halves too. */
export function refine(field: Field, h: number, n: number, halvings = 3): Refinement[] {
  const rows: Refinement[] = [];
  for (let i = 0; i <= halvings; i++) {
    const hi = h / 2 ** i;
    const ni = n * 2 ** i;
    const error = run(field, hi, ni).error;
    rows.push({ h: hi, n: ni, error, ratio: i === 0 ? null : rows[i - 1].error / error });
  }
  return rows;
}

/**
 * Amplification factor of one block on a small perturbation, for the stability note: |1 − h| for
 * the decay, √(1 + h²) for the rotation (Euler always spirals out), and at the start for sin.
 */
export function growthPerBlock(field: Field, h: number): number {
  if (field.name === 'decay') return Math.abs(1 - h);
  if (field.name === 'rotation') return Math.hypot(1, h);
  return Math.abs(1 + h * Math.cos(field.x0[0]));
}

/** Every path through n blocks: true at position i = through f_i, false = along the shortcut. */
export function paths(n: number): boolean[][] {
  const out: boolean[][] = [];
  for (let mask = 0; mask < 2 ** n; mask++) out.push(Array.from({ length: n }, (_, i) => ((mask >> i) & 1) === 1));
  // Shortest paths first, as in the chapter's figure.
  return out.sort((a, b) => a.filter(Boolean).length - b.filter(Boolean).length);
}

export function binomial(n: number, k: number): number {
  let c = 1;
  for (let i = 1; i <= k; i++) c = (c * (n - k + i)) / i;
  return Math.round(c);
}

/** 2ⁿ: exact below 2⁵³, otherwise mantissa and power of ten (2¹⁰⁰ ≈ 1.27 × 10³⁰). */
export function pathCount(n: number): { exact: string } | { mantissa: string; exponent: number } {
  if (n <= 52) return { exact: (2 ** n).toLocaleString('en-US') };
  const exponent = Math.floor(n * Math.log10(2));
  return { mantissa: (10 ** (n * Math.log10(2) - exponent)).toFixed(2), exponent };
}

/**
 * For linear blocks f_i(x) = −h·x (the decay), a path through k blocks contributes (−h)^k·x₀ and
 * the paths sum to (1 − h)ⁿ: the unravelled view and the Euler iterate are the same number.
 */
export function pathSumByLength(n: number, h: number): { k: number; count: number; each: number; sum: number }[] {
  return Array.from({ length: n + 1 }, (_, k) => {
    const count = binomial(n, k);
    const each = (-h) ** k;
    return { k, count, each, sum: count * each };
  });
}
