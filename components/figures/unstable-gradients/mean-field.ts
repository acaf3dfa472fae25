// The variance argument of Glorot & Bengio (2010) as a recursion over layers, in the limit of wide
// layers (the "mean-field" limit). With z^l = W^l a^(l-1), weights of variance v and width n:
//   Var(z^l) = n·v·E[f(z^(l-1))²]                      (forward)
//   Var(δ^l) = n·v·E[f′(z^l)²]·Var(δ^(l+1))             (backward)
// where each z is Gaussian with the variance the forward recursion gives. The chapter's table and
// the variance figure are drawn from these numbers; tests check them against simulated networks.

export type MeanFieldActivation = 'sigmoid' | 'tanh' | 'relu';

const logistic = (z: number) => 1 / (1 + Math.exp(-z));

export const meanFieldActivations: Record<MeanFieldActivation, { f: (z: number) => number; df: (z: number) => number }> = {
  sigmoid: { f: logistic, df: (z) => logistic(z) * (1 - logistic(z)) },
  tanh: { f: Math.tanh, df: (z) => 1 - Math.tanh(z) ** 2 },
  relu: { f: (z) => Math.max(0, z), df: (z) => (z > 0 ? 1 : 0) },
};

/** E[g(z)] for z ~ N(0, variance), by Simpson's rule on [−12σ, 0] and [0, 12σ] (split at the ReLU kink). */
export function gaussianMean(g: (z: number) => number, variance: number, intervals = 2000): number {
  const s = Math.sqrt(variance);
  const density = (z: number) => Math.exp(-(z * z) / (2 * variance)) / Math.sqrt(2 * Math.PI * variance);
  const simpson = (a: number, b: number) => {
    const h = (b - a) / intervals;
    let total = g(a) * density(a) + g(b) * density(b);
    for (let i = 1; i < intervals; i++) {
      const z = a + i * h;
      total += (i % 2 === 1 ? 4 : 2) * g(z) * density(z);
    }
    return (total * h) / 3;
  };
  // The right half starts just above 0 so that a step such as ReLU′ is sampled from the correct side.
  return simpson(-12 * s, -0) + simpson(Number.MIN_VALUE, 12 * s);
}

/** Var(z^1) … Var(z^depth) for inputs with E[x²] = 1. */
export function forwardVariances(act: MeanFieldActivation, width: number, weightVariance: number, depth: number): number[] {
  const { f } = meanFieldActivations[act];
  const variances = [width * weightVariance];
  while (variances.length < depth) {
    const q = variances[variances.length - 1];
    variances.push(width * weightVariance * gaussianMean((z) => f(z) ** 2, q));
  }
  return variances;
}

/** RMS of δ^1 over RMS of δ^depth: how much the backpropagated error grows (>1) or shrinks (<1). */
export function gradientRatio(act: MeanFieldActivation, width: number, weightVariance: number, depth: number): number {
  const { df } = meanFieldActivations[act];
  const variances = forwardVariances(act, width, weightVariance, depth);
  let ratio = 1;
  for (let l = 0; l < depth - 1; l++) ratio *= width * weightVariance * gaussianMean((z) => df(z) ** 2, variances[l]);
  return Math.sqrt(ratio);
}
