// Functions that make new leaf tensors: from nested arrays, constants, or a seeded generator.
import type { Rng } from './random';
import { Tensor, allocate, formatShape, shapeSize, type DType, type NestedArray } from './tensor';
import { checkFinite, checkShape } from './validate';

export interface CreationOptions {
  requiresGrad?: boolean;
  /** 'float64' (default) shows exact numbers in the step-through widgets; 'float32' trains faster. */
  dtype?: DType;
}

function inferShape(value: NestedArray): number[] {
  const shape: number[] = [];
  let level: NestedArray = value;
  while (Array.isArray(level)) {
    shape.push(level.length);
    if (level.length === 0) break;
    level = level[0];
  }
  return shape;
}

/**
 * A tensor from a number or nested arrays: `tensor([[1, 2], [3, 4]])` has shape [2, 2].
 * Ragged arrays throw, naming the depth where lengths differ.
 */
export function tensor(values: NestedArray, options: CreationOptions = {}): Tensor {
  const shape = inferShape(values);
  const data = allocate(options.dtype ?? 'float64', shapeSize(shape));
  let k = 0;
  const fill = (v: NestedArray, depth: number): void => {
    if (depth === shape.length) {
      if (typeof v !== 'number') throw new TypeError(`tensor: expected a number at depth ${depth}, got ${typeof v}`);
      data[k++] = v;
      return;
    }
    if (!Array.isArray(v) || v.length !== shape[depth]) {
      const got = Array.isArray(v) ? `length ${v.length}` : typeof v;
      throw new TypeError(`tensor: ragged array at depth ${depth}: expected length ${shape[depth]}, got ${got}`);
    }
    for (const item of v) fill(item, depth + 1);
  };
  fill(values, 0);
  return new Tensor(data, shape, { requiresGrad: options.requiresGrad });
}

/** A tensor over existing flat values (copied), read row-major into `shape`. */
export function fromArray(values: ArrayLike<number>, shape: readonly number[], options: CreationOptions = {}): Tensor {
  checkShape(shape, 'fromArray');
  if (values.length !== shapeSize(shape)) {
    throw new RangeError(`fromArray: shape ${formatShape(shape)} needs ${shapeSize(shape)} values, got ${values.length}`);
  }
  const data = allocate(options.dtype ?? 'float64', values.length);
  data.set(values);
  return new Tensor(data, shape, { requiresGrad: options.requiresGrad });
}

export function full(shape: readonly number[], value: number, options: CreationOptions = {}): Tensor {
  checkShape(shape, 'full');
  if (typeof value !== 'number') throw new TypeError(`full: value must be a number, got ${typeof value}`);
  const data = allocate(options.dtype ?? 'float64', shapeSize(shape)).fill(value);
  return new Tensor(data, shape, { requiresGrad: options.requiresGrad });
}

export function zeros(shape: readonly number[], options: CreationOptions = {}): Tensor {
  checkShape(shape, 'zeros');
  return full(shape, 0, options);
}

export function ones(shape: readonly number[], options: CreationOptions = {}): Tensor {
  checkShape(shape, 'ones');
  return full(shape, 1, options);
}

/** Standard normal samples, N(0, 1). */
export function randn(shape: readonly number[], rng: Rng, options: CreationOptions = {}): Tensor {
  checkShape(shape, 'randn');
  const data = allocate(options.dtype ?? 'float64', shapeSize(shape));
  for (let i = 0; i < data.length; i++) data[i] = rng.normal();
  return new Tensor(data, shape, { requiresGrad: options.requiresGrad });
}

/** Uniform samples in [low, high), default [0, 1). */
export function rand(
  shape: readonly number[],
  rng: Rng,
  options: CreationOptions & { low?: number; high?: number } = {},
): Tensor {
  checkShape(shape, 'rand');
  const low = options.low ?? 0;
  const high = options.high ?? 1;
  checkFinite(low, 'rand', 'low');
  checkFinite(high, 'rand', 'high');
  const data = allocate(options.dtype ?? 'float64', shapeSize(shape));
  for (let i = 0; i < data.length; i++) data[i] = low + (high - low) * rng.next();
  return new Tensor(data, shape, { requiresGrad: options.requiresGrad });
}
