// The small pieces of the fused MLP that are not matrix products: initial weights, the hidden
// activation and its derivative, the output softmax, and the (Nesterov) momentum update. Kept
// apart from mlp.ts so each file reads in one sitting.
import type { Rng } from '../random';
import type { FloatArray } from './gemm';

export type HiddenActivation = 'sigmoid' | 'tanh' | 'relu';

/**
 * How the weights start:
 * - 'glorot': W ~ U(−a, a), a = √(6 / (in + out)), biases 0 (Glorot & Bengio; the engine's Linear).
 * - 'sklearn': scikit-learn's MLP: a = √(f / (in + out)) with f = 2 for sigmoid units and 6
 *   otherwise, and the biases drawn from the same U(−a, a) right after each layer's weights.
 */
export type MlpInit = 'glorot' | 'sklearn';

/** Fills each layer's weights (and, for 'sklearn', biases) from `rng`, layer by layer. */
export function initialise(weights: FloatArray[], biases: FloatArray[], sizes: readonly number[], rng: Rng, init: MlpInit, activation: HiddenActivation): void {
  const factor = init === 'sklearn' && activation === 'sigmoid' ? 2 : 6;
  for (let l = 0; l < weights.length; l++) {
    const a = Math.sqrt(factor / (sizes[l] + sizes[l + 1]));
    const w = weights[l];
    for (let k = 0; k < w.length; k++) w[k] = (2 * rng.next() - 1) * a;
    if (init === 'sklearn') for (let k = 0; k < biases[l].length; k++) biases[l][k] = (2 * rng.next() - 1) * a;
  }
}

/** z ← f(z) on z[start .. start+n). */
export function activate(kind: HiddenActivation, z: FloatArray, start: number, n: number): void {
  if (kind === 'sigmoid') for (let j = start; j < start + n; j++) z[j] = 1 / (1 + Math.exp(-z[j]));
  else if (kind === 'tanh') for (let j = start; j < start + n; j++) z[j] = Math.tanh(z[j]);
  else for (let j = start; j < start + n; j++) z[j] = z[j] > 0 ? z[j] : 0;
}

/** δ ← δ ∘ f'(z) for n entries, from the stored a = f(z): σ' = a(1 − a), tanh' = 1 − a², relu' = [a > 0]. */
export function multiplyByDerivative(kind: HiddenActivation, delta: FloatArray, a: FloatArray, n: number): void {
  if (kind === 'sigmoid') for (let k = 0; k < n; k++) delta[k] *= a[k] * (1 - a[k]);
  else if (kind === 'tanh') for (let k = 0; k < n; k++) delta[k] *= 1 - a[k] * a[k];
  else for (let k = 0; k < n; k++) delta[k] *= a[k] > 0 ? 1 : 0;
}

/** In-place softmax of one row, shifted by its max for stability. */
export function softmaxRow(z: FloatArray, start: number, n: number): void {
  let max = -Infinity;
  for (let j = start; j < start + n; j++) if (z[j] > max) max = z[j];
  let sum = 0;
  for (let j = start; j < start + n; j++) {
    z[j] = Math.exp(z[j] - max);
    sum += z[j];
  }
  for (let j = start; j < start + n; j++) z[j] /= sum;
}

/** One SGD update's settings (the fields of optim.momentum, plus where the decay applies). */
export interface SgdStep {
  /** Learning rate η > 0. */
  lr: number;
  /** μ in [0, 1); 0 (the default) is plain SGD. */
  momentum?: number;
  /** Step along g + μv instead of v (Nesterov), as optim.momentum({ nesterov: true }). */
  nesterov?: boolean;
  /** L2 weight decay λ: adds λw to the gradient. */
  weightDecay?: number;
  /** Whether λ also applies to the biases: true, as in optim.*, unless set to false (scikit-learn). */
  decayBiases?: boolean;
}

/** v ← μv + g + λw;  w ← w − ηv, or w ← w − η(g + λw + μv) with Nesterov. */
export function sgdUpdate(w: FloatArray, g: FloatArray, v: FloatArray, lr: number, mu: number, nesterov: boolean, decay: number): void {
  for (let k = 0; k < w.length; k++) {
    const gk = g[k] + decay * w[k];
    const vk = mu * v[k] + gk;
    v[k] = vk;
    w[k] -= lr * (nesterov ? gk + mu * vk : vk);
  }
}

/** The settings with defaults filled in, checked like optim.momentum checks its options. */
export function resolveStep(s: SgdStep): Required<SgdStep> {
  const { lr, momentum = 0, nesterov = false, weightDecay = 0, decayBiases = true } = s;
  const bad = (name: string, v: unknown, rule: string) => new RangeError(`FusedMlp.step: ${name} must be ${rule}, got ${v}`);
  if (!(Number.isFinite(lr) && lr > 0)) throw bad('lr', lr, 'a finite number > 0');
  if (!(Number.isFinite(momentum) && momentum >= 0 && momentum < 1)) throw bad('momentum', momentum, 'a finite number ≥ 0 and < 1');
  if (!(Number.isFinite(weightDecay) && weightDecay >= 0)) throw bad('weightDecay', weightDecay, 'a finite number ≥ 0');
  return { lr, momentum, nesterov, weightDecay, decayBiases };
}
