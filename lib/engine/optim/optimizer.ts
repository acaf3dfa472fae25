// Shared parts of the optimizers: argument checks and the L2 weight-decay term.
import { Tensor } from '../tensor';
import { checkTensor } from '../validate';

export interface Optimizer {
  readonly params: readonly Tensor[];
  /** Learning rate η, read at every step, so a schedule may change it between steps. */
  lr: number;
  /** Applies one update to every parameter that has a gradient. */
  step(): void;
  /** Clears the gradients before the next backward. */
  zeroGrad(): void;
}

export function checkParams(params: readonly Tensor[], op: string): void {
  if (!Array.isArray(params)) throw new TypeError(`${op}: params must be an array of tensors`);
  params.forEach((p, i) => {
    checkTensor(p, op, `params[${i}]`);
    if (!p.requiresGrad) throw new TypeError(`${op}: params[${i}] does not have requiresGrad`);
  });
}

/** A number in [min, max) (or (min, max) when `openMin`), else a RangeError naming the option. */
export function checkRate(value: number, op: string, name: string, min: number, max = Infinity, openMin = false): void {
  const ok = typeof value === 'number' && Number.isFinite(value) && (openMin ? value > min : value >= min) && value < max;
  if (!ok) {
    const range = `${openMin ? '>' : '≥'} ${min}${max === Infinity ? '' : ` and < ${max}`}`;
    throw new RangeError(`${op}: ${name} must be a finite number ${range}, got ${value}`);
  }
}

/** g + λw: the gradient of the loss plus (λ/2)‖w‖², L2 weight decay. */
export function decayedGradient(p: Tensor, weightDecay: number, i: number): number {
  const g = p.grad!.data[i];
  return weightDecay === 0 ? g : g + weightDecay * p.data[i];
}

export function zeroGrads(params: readonly Tensor[]): void {
  for (const p of params) p.grad = null;
}
