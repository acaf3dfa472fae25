// Feed-forward layers: Linear, Conv2d, MaxPool2d, Flatten, Dropout.
import { conv2d, type ConvPadding } from '../ops/conv';
import { add, mul } from '../ops/elementwise';
import { matmul } from '../ops/matmul';
import { maxPool2d, type PoolOptions } from '../ops/pool';
import { reshape } from '../ops/shape';
import type { Pair } from '../ops/conv-size';
import type { Rng } from '../random';
import { Tensor, allocate, formatShape, type DType } from '../tensor';
import { checkInteger, checkTensor } from '../validate';
import { glorotUniform, type Initializer } from './init';
import { Module } from './module';

export interface LayerOptions {
  /** Seeded generator for the initial weights (required: there is no global random state). */
  rng: Rng;
  bias?: boolean;
  init?: Initializer;
  dtype?: DType;
}

function zerosParam(size: number, dtype: DType): Tensor {
  return new Tensor(allocate(dtype, size), [size], { requiresGrad: true });
}

/**
 * y = xW + b for a batch x [N, in]: W is [in, out], so row n of y is the notes' Wᵀ-free
 * z = Σ_i x_i w_ij + b_j for each output j. Bias starts at zero.
 */
export class Linear extends Module {
  readonly weight: Tensor;
  readonly bias: Tensor | null;

  constructor(readonly inFeatures: number, readonly outFeatures: number, options: LayerOptions) {
    super();
    checkInteger(inFeatures, 'Linear', 'inFeatures', 1);
    checkInteger(outFeatures, 'Linear', 'outFeatures', 1);
    const dtype = options.dtype ?? 'float64';
    this.weight = (options.init ?? glorotUniform)([inFeatures, outFeatures], options.rng, { dtype });
    this.bias = options.bias === false ? null : zerosParam(outFeatures, dtype);
  }

  forward(x: Tensor): Tensor {
    checkTensor(x, 'Linear', 'x');
    if (x.shape[x.rank - 1] !== this.inFeatures) {
      throw new RangeError(`Linear: input shape ${formatShape(x.shape)} must end in ${this.inFeatures} features`);
    }
    const z = matmul(x, this.weight);
    return this.bias ? add(z, this.bias) : z;
  }

  parameters(): Tensor[] {
    return this.bias ? [this.weight, this.bias] : [this.weight];
  }
}

export interface Conv2dLayerOptions extends LayerOptions {
  stride?: Pair;
  padding?: ConvPadding;
  dilation?: Pair;
}

/** Filters [out, in, kh, kw] and one bias per output channel; see ops/conv.ts for the sum. */
export class Conv2d extends Module {
  readonly weight: Tensor;
  readonly bias: Tensor | null;
  private readonly options: Conv2dLayerOptions;

  constructor(readonly inChannels: number, readonly outChannels: number, kernelSize: Pair, options: Conv2dLayerOptions) {
    super();
    checkInteger(inChannels, 'Conv2d', 'inChannels', 1);
    checkInteger(outChannels, 'Conv2d', 'outChannels', 1);
    const [kh, kw] = typeof kernelSize === 'number' ? [kernelSize, kernelSize] : kernelSize;
    checkInteger(kh, 'Conv2d', 'kernel height', 1);
    checkInteger(kw, 'Conv2d', 'kernel width', 1);
    const dtype = options.dtype ?? 'float64';
    this.weight = (options.init ?? glorotUniform)([outChannels, inChannels, kh, kw], options.rng, { dtype });
    this.bias = options.bias === false ? null : zerosParam(outChannels, dtype);
    this.options = options;
  }

  forward(x: Tensor): Tensor {
    const { stride, padding, dilation } = this.options;
    return conv2d(x, this.weight, { bias: this.bias ?? undefined, stride, padding, dilation });
  }

  parameters(): Tensor[] {
    return this.bias ? [this.weight, this.bias] : [this.weight];
  }
}

export class MaxPool2d extends Module {
  private readonly options: PoolOptions;

  constructor(kernel: Pair, options: Omit<PoolOptions, 'kernel'> = {}) {
    super();
    this.options = { ...options, kernel };
  }

  forward(x: Tensor): Tensor {
    return maxPool2d(x, this.options);
  }

  parameters(): Tensor[] {
    return [];
  }
}

/** [N, C, H, W] → [N, C·H·W], keeping the batch axis. */
export class Flatten extends Module {
  forward(x: Tensor): Tensor {
    checkTensor(x, 'Flatten', 'x');
    if (x.rank < 2) throw new RangeError(`Flatten: input must have a batch axis, got shape ${formatShape(x.shape)}`);
    return reshape(x, [x.shape[0], -1]);
  }

  parameters(): Tensor[] {
    return [];
  }
}

/**
 * Inverted dropout: in training, each value is zeroed with probability p and the rest scaled by
 * 1/(1 − p), so the expected activation is unchanged and evaluation needs no rescaling.
 */
export class Dropout extends Module {
  private readonly rng: Rng;

  constructor(readonly p: number, options: { rng: Rng }) {
    super();
    this.rng = options.rng;
    if (typeof p !== 'number' || !(p >= 0 && p < 1)) throw new RangeError(`Dropout: p must be in [0, 1), got ${p}`);
  }

  forward(x: Tensor): Tensor {
    checkTensor(x, 'Dropout', 'x');
    if (!this.training || this.p === 0) return x;
    const mask = allocate(x.dtype, x.size);
    for (let i = 0; i < mask.length; i++) mask[i] = this.rng.next() < this.p ? 0 : 1 / (1 - this.p);
    return mul(x, new Tensor(mask, x.shape));
  }

  parameters(): Tensor[] {
    return [];
  }
}
