// Gradient descent and gradient descent with momentum (PyTorch's formulation).
import type { Tensor } from '../tensor';
import { checkParams, checkRate, decayedGradient, zeroGrads, type Optimizer } from './optimizer';

export interface SgdOptions {
  lr: number;
  /** L2 penalty λ: adds λw to each gradient. */
  weightDecay?: number;
}

/** w ← w − η (∂L/∂w + λw) */
export function sgd(params: readonly Tensor[], options: SgdOptions): Optimizer {
  checkParams(params, 'sgd');
  const { lr, weightDecay = 0 } = options;
  checkRate(lr, 'sgd', 'lr', 0, Infinity, true);
  checkRate(weightDecay, 'sgd', 'weightDecay', 0);
  const optimizer: Optimizer = {
    params,
    lr,
    step() {
      const lr = optimizer.lr;
      for (const p of params) {
        if (!p.grad) continue;
        for (let i = 0; i < p.size; i++) p.data[i] -= lr * decayedGradient(p, weightDecay, i);
      }
    },
    zeroGrad: () => zeroGrads(params),
  };
  return optimizer;
}

export interface MomentumOptions extends SgdOptions {
  /** μ in [0, 1), default 0.9. */
  momentum?: number;
  /** Nesterov's momentum: step along g + μv, the gradient plus the velocity it is about to add. */
  nesterov?: boolean;
}

/**
 * v ← μv + g,  w ← w − ηv  (the velocity v remembers past gradients; PyTorch's SGD with momentum).
 * With `nesterov`, w ← w − η(g + μv) instead: the step looks ahead by one more velocity term. For
 * a constant η this is the same trajectory as scikit-learn's form (u ← μu − ηg, w ← w + μu − ηg,
 * with u = −ηv).
 */
export function momentum(params: readonly Tensor[], options: MomentumOptions): Optimizer {
  checkParams(params, 'momentum');
  const { lr, weightDecay = 0, momentum: mu = 0.9, nesterov = false } = options;
  checkRate(lr, 'momentum', 'lr', 0, Infinity, true);
  checkRate(weightDecay, 'momentum', 'weightDecay', 0);
  checkRate(mu, 'momentum', 'momentum', 0, 1);
  const velocity = params.map((p) => new Float64Array(p.size));
  const optimizer: Optimizer = {
    params,
    lr,
    step() {
      const lr = optimizer.lr;
      params.forEach((p, k) => {
        if (!p.grad) return;
        const v = velocity[k];
        for (let i = 0; i < p.size; i++) {
          const g = decayedGradient(p, weightDecay, i);
          v[i] = mu * v[i] + g;
          p.data[i] -= lr * (nesterov ? g + mu * v[i] : v[i]);
        }
      });
    },
    zeroGrad: () => zeroGrads(params),
  };
  return optimizer;
}
