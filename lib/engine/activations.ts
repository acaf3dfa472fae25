// Activation functions f(z) and their derivatives f'(z), applied elementwise (softmax along an axis).
// Each backward is g ∘ f'(z), the "∘ f'(z^l)" factor of the backprop equations.
import { Tensor, allocate } from './tensor';
import { div, exp, log, mul, sub, unary } from './ops/elementwise';
import { max, sum } from './ops/reduce';
import { checkFinite, checkTensor, normalizeAxis } from './validate';

/** A constant tensor f(x) with no history (used for masks such as z > 0). */
function mapValues(x: Tensor, f: (v: number) => number): Tensor {
  const data = allocate(x.dtype, x.size);
  for (let i = 0; i < data.length; i++) data[i] = f(x.data[i]);
  return new Tensor(data, x.shape);
}

/** σ(z) = 1 / (1 + e^(−z)); σ'(z) = σ(z)(1 − σ(z)). */
export function sigmoid(x: Tensor): Tensor {
  // For z < 0 use e^z / (1 + e^z), which is the same value without overflowing e^(−z).
  const f = (z: number): number => (z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z)));
  return unary('sigmoid', x, f, (g, _x, s) => mul(g, mul(s, sub(1, s))));
}

/** tanh'(z) = 1 − tanh²(z). */
export function tanh(x: Tensor): Tensor {
  return unary('tanh', x, Math.tanh, (g, _x, t) => mul(g, sub(1, mul(t, t))));
}

/** max(0, z); the derivative is 1 for z > 0 and 0 otherwise (0 at z = 0, as in PyTorch). */
export function relu(x: Tensor): Tensor {
  return unary('relu', x, (z) => (z > 0 ? z : 0), (g, tx) => mul(g, mapValues(tx, (z) => (z > 0 ? 1 : 0))));
}

/** max(slope·z, z) for 0 ≤ slope ≤ 1; derivative 1 for z > 0, slope otherwise. */
export function leakyRelu(x: Tensor, slope = 0.01): Tensor {
  checkFinite(slope, 'leakyRelu', 'slope');
  return unary(
    'leakyRelu',
    x,
    (z) => (z > 0 ? z : slope * z),
    (g, tx) => mul(g, mapValues(tx, (z) => (z > 0 ? 1 : slope))),
  );
}

/** ELU(z) = z for z ≥ 0, α(e^z − 1) for z < 0; derivative 1 or α·e^z. */
export function elu(x: Tensor, alpha = 1): Tensor {
  checkFinite(alpha, 'elu', 'alpha');
  return unary(
    'elu',
    x,
    (z) => (z >= 0 ? z : alpha * Math.expm1(z)),
    (g, tx) => mul(g, mapValues(tx, (z) => (z >= 0 ? 1 : alpha * Math.exp(z)))),
  );
}

/** The perceptron's step: 1 for z > 0, 0 otherwise. Its derivative is 0 almost everywhere. */
export function heaviside(x: Tensor): Tensor {
  return unary('heaviside', x, (z) => (z > 0 ? 1 : 0), () => null);
}

/**
 * softmax(z)_j = e^(z_j) / Σ_c e^(z_c) along `axis`. Subtracting max(z) first leaves the result
 * unchanged and keeps e^z from overflowing; the max is treated as a constant (it cancels out).
 * Built from exp, sum and div, so its backward comes from theirs.
 */
export function softmax(x: Tensor, axis = -1): Tensor {
  checkTensor(x, 'softmax', 'x');
  const a = normalizeAxis(axis, x.rank, 'softmax');
  const shifted = sub(x, max(x, a, true).detach());
  const e = exp(shifted);
  return div(e, sum(e, a, true));
}

/** log softmax(z)_j = z_j − m − log Σ_c e^(z_c − m), with m = max(z): stable for any logits. */
export function logSoftmax(x: Tensor, axis = -1): Tensor {
  checkTensor(x, 'logSoftmax', 'x');
  const a = normalizeAxis(axis, x.rank, 'logSoftmax');
  const shifted = sub(x, max(x, a, true).detach());
  const logSum = log(sum(exp(shifted), a, true));
  return sub(shifted, logSum);
}

