// A tensor is a flat typed array plus a shape, read in row-major order: element [i, j] of a
// [rows, cols] tensor sits at data[i * cols + j]. Like micrograd's Value, it also remembers the
// tensors it was computed from and how to send a gradient back to them (see autograd.ts).
import { backwardFrom, type GradFn } from './autograd';

export type DType = 'float64' | 'float32';
export type TypedArray = Float64Array | Float32Array;
/** A number or arbitrarily nested arrays of numbers, as returned by `toArray()`. */
export type NestedArray = number | NestedArray[];

export function allocate(dtype: DType, size: number): TypedArray {
  return dtype === 'float32' ? new Float32Array(size) : new Float64Array(size);
}

export function dtypeOf(data: TypedArray): DType {
  return data instanceof Float32Array ? 'float32' : 'float64';
}

export function shapeSize(shape: readonly number[]): number {
  let n = 1;
  for (const d of shape) n *= d;
  return n;
}

export function formatShape(shape: readonly number[]): string {
  return `[${shape.join(',')}]`;
}

export class Tensor {
  readonly shape: readonly number[];
  readonly data: TypedArray;
  /** Accumulated ∂(output of backward)/∂(this tensor), same shape as this tensor. */
  grad: Tensor | null = null;
  requiresGrad: boolean;
  /** The tensors this one was computed from (empty for a leaf). */
  inputs: readonly Tensor[] = [];
  /** Name of the op that produced this tensor, e.g. 'matmul' (for graph views and errors). */
  op = 'leaf';
  /** Maps the gradient of this tensor to the gradients of its inputs; null for a leaf. */
  gradFn: GradFn | null = null;

  constructor(data: TypedArray, shape: readonly number[], options: { requiresGrad?: boolean } = {}) {
    for (const d of shape) {
      if (!Number.isInteger(d) || d < 0) {
        throw new RangeError(`Tensor: shape ${formatShape(shape)} must contain non-negative integers`);
      }
    }
    if (shapeSize(shape) !== data.length) {
      throw new RangeError(
        `Tensor: shape ${formatShape(shape)} needs ${shapeSize(shape)} values, got ${data.length}`,
      );
    }
    this.data = data;
    this.shape = Object.freeze([...shape]);
    this.requiresGrad = options.requiresGrad ?? false;
  }

  get dtype(): DType {
    return dtypeOf(this.data);
  }

  get size(): number {
    return this.data.length;
  }

  get rank(): number {
    return this.shape.length;
  }

  /**
   * Backpropagates from this tensor. A scalar is seeded with 1 (∂x/∂x = 1); any other tensor needs
   * the gradient of some downstream scalar with respect to it, of the same shape.
   */
  backward(grad?: Tensor): void {
    let seed: Tensor;
    if (grad === undefined) {
      if (this.size !== 1) {
        throw new RangeError(
          `backward: a tensor of shape ${formatShape(this.shape)} needs an explicit gradient; only a scalar is seeded with 1`,
        );
      }
      seed = new Tensor(allocate(this.dtype, 1).fill(1), this.shape);
    } else {
      if (grad.shape.length !== this.shape.length || grad.shape.some((d, i) => d !== this.shape[i])) {
        throw new RangeError(
          `backward: gradient shape ${formatShape(grad.shape)} must match tensor shape ${formatShape(this.shape)}`,
        );
      }
      seed = grad;
    }
    backwardFrom(this, seed);
  }

  /** The values as nested arrays (a plain number for a scalar). */
  toArray(): NestedArray {
    const build = (dim: number, offset: number): NestedArray => {
      if (dim === this.shape.length) return this.data[offset];
      const stride = shapeSize(this.shape.slice(dim + 1));
      const out: NestedArray[] = [];
      for (let i = 0; i < this.shape[dim]; i++) out.push(build(dim + 1, offset + i * stride));
      return out;
    };
    return build(0, 0);
  }

  /** The single value of a one-element tensor. */
  item(): number {
    if (this.size !== 1) {
      throw new RangeError(`item: tensor of shape ${formatShape(this.shape)} has ${this.size} values, not 1`);
    }
    return this.data[0];
  }

  /** A new leaf with a copy of the data and no history. */
  detach(): Tensor {
    return new Tensor(this.data.slice(), this.shape);
  }

  /** A new leaf with the values converted to `dtype` (rounded when going to float32). */
  astype(dtype: DType): Tensor {
    const data = allocate(dtype, this.size);
    data.set(this.data);
    return new Tensor(data, this.shape);
  }

  toString(): string {
    return `Tensor(${formatShape(this.shape)}, ${this.dtype}${this.op === 'leaf' ? '' : `, op=${this.op}`})`;
  }
}
