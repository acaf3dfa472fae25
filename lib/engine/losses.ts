// Loss functions: one scalar that measures how wrong a prediction is, and where backward starts.
import { logSoftmax } from './activations';
import { record } from './autograd';
import { Tensor, allocate, formatShape, type DType } from './tensor';
import { div, mul, sub } from './ops/elementwise';
import { mean, sum } from './ops/reduce';
import { checkNotEmpty, checkRank, checkSameShape, checkTensor } from './validate';

export type MseReduction = 'mean' | 'half-sum';

/**
 * Squared error between prediction and target of the same shape.
 * 'half-sum' is the notes' C = ½ Σ (y − t)², whose gradient is simply (y − t);
 * 'mean' is (1/n) Σ (y − t)², as in PyTorch's MSELoss.
 */
export function mseLoss(pred: Tensor, target: Tensor, reduction: MseReduction = 'mean'): Tensor {
  checkTensor(pred, 'mseLoss', 'pred');
  checkTensor(target, 'mseLoss', 'target');
  checkSameShape(pred, target, 'mseLoss', 'pred', 'target');
  checkNotEmpty(pred, 'mseLoss', 'pred');
  const diff = sub(pred, target);
  const squared = mul(diff, diff);
  if (reduction === 'half-sum') return mul(sum(squared), 0.5);
  if (reduction === 'mean') return mean(squared);
  throw new TypeError(`mseLoss: reduction must be 'mean' or 'half-sum', got ${String(reduction)}`);
}

/** Class labels as a one-hot [N, C] tensor (a row of zeros with a 1 at the label). */
export function oneHot(labels: ArrayLike<number>, classes: number, op = 'oneHot', dtype: DType = 'float64'): Tensor {
  const data = allocate(dtype, labels.length * classes);
  for (let n = 0; n < labels.length; n++) {
    const c = labels[n];
    if (!Number.isInteger(c) || c < 0 || c >= classes) {
      throw new RangeError(`${op}: label ${c} at row ${n} is out of range for ${classes} classes`);
    }
    data[n * classes + c] = 1;
  }
  return new Tensor(data, [labels.length, classes]);
}

/**
 * Softmax followed by the negative log-likelihood, averaged over the batch:
 *   L = −(1/N) Σ_n Σ_c y_nc log softmax(z_n)_c.
 * `labels` are class indices (array or [N] tensor) or a one-hot / probability tensor [N, C].
 * Its gradient with respect to the logits is (softmax(z) − y)/N, which backward finds by itself.
 */
export function crossEntropy(logits: Tensor, labels: Tensor | ArrayLike<number>): Tensor {
  checkTensor(logits, 'crossEntropy', 'logits');
  checkRank(logits, 2, 'crossEntropy', 'logits', '[batch, classes]');
  checkNotEmpty(logits, 'crossEntropy', 'logits');
  const [n, classes] = logits.shape;
  let target: Tensor;
  if (labels instanceof Tensor && labels.rank === 2) {
    checkSameShape(labels, logits, 'crossEntropy', 'one-hot labels', 'logits');
    target = labels;
  } else {
    const indices = labels instanceof Tensor ? labels.data : labels;
    if (labels instanceof Tensor && labels.rank !== 1) {
      throw new RangeError(`crossEntropy: labels must be [N] indices or [N, C] one-hot, got shape ${formatShape(labels.shape)}`);
    }
    if (indices.length !== n) {
      throw new RangeError(`crossEntropy: ${indices.length} labels for logits of shape ${formatShape(logits.shape)}`);
    }
    target = oneHot(indices, classes, 'crossEntropy', logits.dtype);
  }
  return div(sum(mul(target, logSoftmax(logits, 1))), -n);
}

/**
 * −(1/n) Σ [t ln p + (1 − t) ln(1 − p)] for probabilities p in [0, 1].
 * p is clamped to [ε, 1 − ε] with ε = 1e-12 so that a saturated sigmoid gives a large but finite loss.
 * ∂L/∂p = (p − t) / (p(1 − p)) / n.
 */
export function binaryCrossEntropy(prob: Tensor, target: Tensor): Tensor {
  checkTensor(prob, 'binaryCrossEntropy', 'prob');
  checkTensor(target, 'binaryCrossEntropy', 'target');
  checkSameShape(prob, target, 'binaryCrossEntropy', 'prob', 'target');
  checkNotEmpty(prob, 'binaryCrossEntropy', 'prob');
  const eps = 1e-12;
  const n = prob.size;
  const clamp = (p: number): number => Math.min(Math.max(p, eps), 1 - eps);
  let total = 0;
  for (let i = 0; i < n; i++) {
    const p = clamp(prob.data[i]);
    const t = target.data[i];
    total -= t * Math.log(p) + (1 - t) * Math.log(1 - p);
  }
  const out = new Tensor(allocate(prob.dtype, 1).fill(total / n), []);
  return record(out, 'binaryCrossEntropy', [prob, target], (g) => {
    const gp = allocate(prob.dtype, n);
    const gt = allocate(prob.dtype, n);
    for (let i = 0; i < n; i++) {
      const p = clamp(prob.data[i]);
      const t = target.data[i];
      gp[i] = (g.data[0] * (p - t)) / (p * (1 - p)) / n;
      gt[i] = (g.data[0] * (Math.log(1 - p) - Math.log(p))) / n; // ∂L/∂t
    }
    return [new Tensor(gp, prob.shape), new Tensor(gt, target.shape)];
  });
}
