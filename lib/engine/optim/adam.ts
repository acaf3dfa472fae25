// Adam (Kingma & Ba, 2015), as in PyTorch with L2 weight decay added to the gradient.
import type { Tensor } from '../tensor';
import { checkParams, checkRate, decayedGradient, zeroGrads, type Optimizer } from './optimizer';

export interface AdamOptions {
  lr?: number;
  beta1?: number;
  beta2?: number;
  eps?: number;
  weightDecay?: number;
}

/**
 * m ← β₁m + (1 − β₁)g,  v ← β₂v + (1 − β₂)g²       running mean and mean square of g
 * m̂ = m/(1 − β₁ᵗ),  v̂ = v/(1 − β₂ᵗ)               bias correction (m, v start at 0)
 * w ← w − η m̂ / (√v̂ + ε)
 */
export function adam(params: readonly Tensor[], options: AdamOptions = {}): Optimizer {
  checkParams(params, 'adam');
  const { lr = 1e-3, beta1 = 0.9, beta2 = 0.999, eps = 1e-8, weightDecay = 0 } = options;
  checkRate(lr, 'adam', 'lr', 0, Infinity, true);
  checkRate(beta1, 'adam', 'beta1', 0, 1);
  checkRate(beta2, 'adam', 'beta2', 0, 1);
  checkRate(eps, 'adam', 'eps', 0, Infinity, true);
  checkRate(weightDecay, 'adam', 'weightDecay', 0);
  const m = params.map((p) => new Float64Array(p.size));
  const v = params.map((p) => new Float64Array(p.size));
  let t = 0;
  const optimizer: Optimizer = {
    params,
    lr,
    step() {
      const lr = optimizer.lr;
      t++;
      const c1 = 1 - beta1 ** t;
      const c2 = 1 - beta2 ** t;
      params.forEach((p, k) => {
        if (!p.grad) return;
        for (let i = 0; i < p.size; i++) {
          const g = decayedGradient(p, weightDecay, i);
          m[k][i] = beta1 * m[k][i] + (1 - beta1) * g;
          v[k][i] = beta2 * v[k][i] + (1 - beta2) * g * g;
          p.data[i] -= (lr * (m[k][i] / c1)) / (Math.sqrt(v[k][i] / c2) + eps);
        }
      });
    },
    zeroGrad: () => zeroGrads(params),
  };
  return optimizer;
}
