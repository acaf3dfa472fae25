// Weight initializers. The scale matters: with fan-in n, a weighted sum of n unit inputs has
// variance n·Var(w), so Glorot keeps Var(w) = 2/(fanIn + fanOut) for sigmoid/tanh layers and
// He uses Var(w) = 2/fanIn to make up for ReLU zeroing half of its inputs.
import type { Rng } from '../random';
import { Tensor, allocate, shapeSize, type DType } from '../tensor';
import { checkFinite, checkShape } from '../validate';

export interface InitOptions {
  /** Inputs feeding one output unit; defaults from the shape (see `fans`). */
  fanIn?: number;
  fanOut?: number;
  dtype?: DType;
}

export type Initializer = (shape: readonly number[], rng: Rng, options?: InitOptions) => Tensor;

/**
 * Fans from a weight shape: [in, out] for a Linear layer (y = xW), [out, in, kh, kw] for a conv
 * filter (each output sees in·kh·kw inputs).
 */
export function fans(shape: readonly number[]): { fanIn: number; fanOut: number } {
  if (shape.length === 2) return { fanIn: shape[0], fanOut: shape[1] };
  if (shape.length >= 3) {
    const receptive = shapeSize(shape.slice(2));
    return { fanIn: shape[1] * receptive, fanOut: shape[0] * receptive };
  }
  return { fanIn: shape[0] ?? 1, fanOut: shape[0] ?? 1 };
}

function sample(shape: readonly number[], options: InitOptions, draw: () => number): Tensor {
  const data = allocate(options.dtype ?? 'float64', shapeSize(shape));
  for (let i = 0; i < data.length; i++) data[i] = draw();
  return new Tensor(data, shape, { requiresGrad: true });
}

/** w ~ N(mean, std²), default std 0.01 (small random weights, as in the notes' first networks). */
export function normal(shape: readonly number[], rng: Rng, options: InitOptions & { mean?: number; std?: number } = {}): Tensor {
  checkShape(shape, 'normal');
  const { mean = 0, std = 0.01 } = options;
  checkFinite(mean, 'normal', 'mean');
  checkFinite(std, 'normal', 'std');
  return sample(shape, options, () => mean + std * rng.normal());
}

/** Glorot & Bengio (2010): w ~ U(−a, a) with a = √(6 / (fanIn + fanOut)). */
export function glorotUniform(shape: readonly number[], rng: Rng, options: InitOptions = {}): Tensor {
  checkShape(shape, 'glorotUniform');
  const { fanIn, fanOut } = { ...fans(shape), ...options };
  const a = Math.sqrt(6 / (fanIn + fanOut));
  return sample(shape, options, () => (2 * rng.next() - 1) * a);
}

/** He et al. (2015): w ~ N(0, 2/fanIn). */
export function heNormal(shape: readonly number[], rng: Rng, options: InitOptions = {}): Tensor {
  checkShape(shape, 'heNormal');
  const { fanIn } = { ...fans(shape), ...options };
  const std = Math.sqrt(2 / fanIn);
  return sample(shape, options, () => std * rng.normal());
}
