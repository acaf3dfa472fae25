// The trial solution of the differential-equations chapter, g_t(x) = g₀ + x·N(x, P), for a sigmoid
// network N with one or two hidden layers, with its exact x-derivative by forward mode,
// equation (forward-mode):  ż^l = W^l ȧ^{l−1},  ȧ^l = σ′(z^l) ⊙ ż^l,  N′ = W^L ȧ^{L−1},
// and by the product rule (trial-derivative):  g_t′ = N + x N′.
// Plain numbers here (for plots and checks); ./cost.ts builds the same thing with engine tensors.

/** One dense layer: weights [inputs][outputs] (row-major, as x W + b) and biases [outputs]. */
export interface DenseLayer {
  w: number[][];
  b: number[];
}

/** Hidden sigmoid layers followed by a linear output layer with one unit. */
export interface NetworkParams {
  hidden: DenseLayer[];
  out: DenseLayer;
}

export interface OdeProblem {
  gamma: number;
  g0: number;
}

export const sigmoid = (z: number): number => (z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z)));

/** N(x) and N′(x), carried forward together through the layers. */
export function networkAt(params: NetworkParams, x: number): { n: number; dn: number } {
  let a = [x];
  let da = [1];
  for (const layer of params.hidden) {
    const units = layer.b.length;
    const nextA = new Array<number>(units);
    const nextDa = new Array<number>(units);
    for (let j = 0; j < units; j++) {
      let z = layer.b[j];
      let dz = 0;
      for (let k = 0; k < a.length; k++) {
        z += a[k] * layer.w[k][j];
        dz += da[k] * layer.w[k][j];
      }
      const s = sigmoid(z);
      nextA[j] = s;
      nextDa[j] = s * (1 - s) * dz;
    }
    a = nextA;
    da = nextDa;
  }
  let n = params.out.b[0];
  let dn = 0;
  for (let k = 0; k < a.length; k++) {
    n += a[k] * params.out.w[k][0];
    dn += da[k] * params.out.w[k][0];
  }
  return { n, dn };
}

export interface TrialPoint {
  g: number;
  dg: number;
  /** r = g_t′ + γ g_t, equation (residual). */
  residual: number;
}

export function trialAt(params: NetworkParams, problem: OdeProblem, x: number): TrialPoint {
  const { n, dn } = networkAt(params, x);
  const g = problem.g0 + x * n;
  const dg = n + x * dn;
  return { g, dg, residual: dg + problem.gamma * g };
}

export const exactSolution = (problem: OdeProblem, x: number): number => problem.g0 * Math.exp(-problem.gamma * x);

/** x_i = i/(N − 1), i = 0 … N − 1: N evenly spaced collocation points on [0, 1]. */
export function collocationPoints(count: number): number[] {
  if (count === 1) return [0.5];
  return Array.from({ length: count }, (_, i) => i / (count - 1));
}

/** Σᵢ r(xᵢ)², equation (cost), in plain numbers. */
export function plainCost(params: NetworkParams, problem: OdeProblem, xs: readonly number[]): number {
  return xs.reduce((sum, x) => sum + trialAt(params, problem, x).residual ** 2, 0);
}

/** The largest |g_t(x) − g₀e^{−γx}| over `samples` evenly spaced points of [0, 1]. */
export function maxError(params: NetworkParams, problem: OdeProblem, samples = 201): number {
  let worst = 0;
  for (let i = 0; i < samples; i++) {
    const x = i / (samples - 1);
    worst = Math.max(worst, Math.abs(trialAt(params, problem, x).g - exactSolution(problem, x)));
  }
  return worst;
}

export interface Curves {
  x: number[];
  exact: number[];
  trial: number[];
  residual: number[];
}

export function sampleCurves(params: NetworkParams, problem: OdeProblem, samples = 121): Curves {
  const c: Curves = { x: [], exact: [], trial: [], residual: [] };
  for (let i = 0; i < samples; i++) {
    const x = i / (samples - 1);
    const p = trialAt(params, problem, x);
    c.x.push(x);
    c.exact.push(exactSolution(problem, x));
    c.trial.push(p.g);
    c.residual.push(p.residual);
  }
  return c;
}
