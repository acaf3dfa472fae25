// 2-D convolution layers compute a cross-correlation (the kernel is not flipped), as PyTorch,
// TensorFlow and the notes' code do. For input x [N, C, H, W] and filters w [O, C, kh, kw]:
//
//   y[n, o, i, j] = b[o] + Σ_c Σ_a Σ_b  w[o, c, a, b] · x[n, c, i·s + a·d − p, j·s + b·d − p]
//
// with stride s, dilation d and zero padding p (reads outside the input count as 0).
// `convolve2d` flips the kernel first, which gives the mathematical convolution
// S(i, j) = Σ_m Σ_n I(i − m, j − n) K(m, n).
import { record } from '../autograd';
import { Tensor, allocate, formatShape } from '../tensor';
import { checkNotEmpty, checkTensor } from '../validate';
import { convOutputSize, toPair, type Pair } from './conv-size';
import { flip, reshape } from './shape';

export type ConvPadding = number | readonly [number, number] | 'valid' | 'same' | 'full';

export interface Conv2dOptions {
  bias?: Tensor;
  stride?: Pair;
  padding?: ConvPadding;
  dilation?: Pair;
}

/** Zero padding on each side: [top, bottom, left, right]. */
export type Padding4 = [number, number, number, number];

/**
 * 'valid' = none; 'full' = d(k − 1) on each side, so every partial overlap counts;
 * 'same' = enough for ⌈i/s⌉ outputs, the odd cell going after (bottom/right), as TF and PyTorch do.
 */
export function resolvePadding(
  padding: ConvPadding, input: [number, number], kernel: [number, number],
  stride: [number, number], dilation: [number, number], op: string,
): Padding4 {
  if (padding === 'valid') return [0, 0, 0, 0];
  const span = (axis: 0 | 1): number => dilation[axis] * (kernel[axis] - 1);
  if (padding === 'full') return [span(0), span(0), span(1), span(1)];
  if (padding === 'same') {
    const sides = ([0, 1] as const).map((axis) => {
      const out = Math.ceil(input[axis] / stride[axis]);
      const total = Math.max((out - 1) * stride[axis] + span(axis) + 1 - input[axis], 0);
      return [Math.floor(total / 2), total - Math.floor(total / 2)];
    });
    return [sides[0][0], sides[0][1], sides[1][0], sides[1][1]];
  }
  if (typeof padding === 'string') throw new TypeError(`${op}: unknown padding '${padding}' (use a number, a pair, 'valid', 'same' or 'full')`);
  const [ph, pw] = toPair(padding, 'padding', op);
  return [ph, ph, pw, pw];
}

/** A 2-D [H, W] image and [kh, kw] kernel are treated as one image with one channel and one filter. */
function as4d(x: Tensor, w: Tensor): [Tensor, Tensor, boolean] {
  if (x.rank === 2 && w.rank === 2) return [reshape(x, [1, 1, ...x.shape]), reshape(w, [1, 1, ...w.shape]), true];
  return [x, w, false];
}

export function conv2d(input: Tensor, filter: Tensor, options: Conv2dOptions = {}): Tensor {
  checkTensor(input, 'conv2d', 'input');
  checkTensor(filter, 'conv2d', 'filter');
  const [x, w, plain] = as4d(input, filter);
  const shapes = `input ${formatShape(input.shape)}, filter ${formatShape(filter.shape)}`;
  if (x.rank !== 4) throw new RangeError(`conv2d: input must be rank 4 [batch, channels, height, width] (or rank 2 with a rank-2 filter), got ${shapes}`);
  if (w.rank !== 4) throw new RangeError(`conv2d: filter must be rank 4 [outChannels, inChannels, kernelHeight, kernelWidth], got ${shapes}`);
  checkNotEmpty(x, 'conv2d', 'input');
  checkNotEmpty(w, 'conv2d', 'filter');
  const [N, C, H, W] = x.shape;
  const [O, Cw, KH, KW] = w.shape;
  if (C !== Cw) throw new RangeError(`conv2d: input depth ${C} must match filter depth ${Cw} (${shapes})`);
  const { bias } = options;
  if (bias !== undefined) {
    checkTensor(bias, 'conv2d', 'bias');
    if (bias.rank !== 1 || bias.shape[0] !== O) {
      throw new RangeError(`conv2d: bias shape ${formatShape(bias.shape)} must be [${O}], one per output channel`);
    }
  }
  const [SH, SW] = toPair(options.stride ?? 1, 'stride', 'conv2d');
  const [DH, DW] = toPair(options.dilation ?? 1, 'dilation', 'conv2d');
  const [PT, PB, PL, PR] = resolvePadding(options.padding ?? 0, [H, W], [KH, KW], [SH, SW], [DH, DW], 'conv2d');
  const OH = convOutputSize({ input: H, kernel: KH, padding: [PT, PB], stride: SH, dilation: DH }, `conv2d (rows; ${shapes})`);
  const OW = convOutputSize({ input: W, kernel: KW, padding: [PL, PR], stride: SW, dilation: DW }, `conv2d (cols; ${shapes})`);

  const xd = x.data;
  const wd = w.data;
  // Visits every (output cell, filter tap) pair that reads a real input cell: the sum above.
  const forEachTap = (visit: (xi: number, wi: number, yi: number) => void): void => {
    for (let n = 0; n < N; n++) for (let o = 0; o < O; o++) for (let i = 0; i < OH; i++) for (let j = 0; j < OW; j++) {
      const yi = ((n * O + o) * OH + i) * OW + j;
      for (let c = 0; c < C; c++) for (let a = 0; a < KH; a++) {
        const row = i * SH + a * DH - PT;
        if (row < 0 || row >= H) continue;
        for (let b = 0; b < KW; b++) {
          const col = j * SW + b * DW - PL;
          if (col < 0 || col >= W) continue;
          visit(((n * C + c) * H + row) * W + col, ((o * C + c) * KH + a) * KW + b, yi);
        }
      }
    }
  };

  const dtype = x.dtype === 'float32' && w.dtype === 'float32' ? 'float32' : 'float64';
  const y = allocate(dtype, N * O * OH * OW);
  if (bias) for (let k = 0; k < y.length; k++) y[k] = bias.data[Math.floor(k / (OH * OW)) % O];
  forEachTap((xi, wi, yi) => { y[yi] += wd[wi] * xd[xi]; });

  const inputs = bias ? [x, w, bias] : [x, w];
  const out = record(new Tensor(y, [N, O, OH, OW]), 'conv2d', inputs, (g) => {
    // Each term w·x of the sum sends g·w to that x and g·x to that w; the bias gets Σ g.
    const gx = allocate(x.dtype, x.size);
    const gw = allocate(w.dtype, w.size);
    forEachTap((xi, wi, yi) => {
      gx[xi] += g.data[yi] * wd[wi];
      gw[wi] += g.data[yi] * xd[xi];
    });
    const grads = [new Tensor(gx, x.shape), new Tensor(gw, w.shape)];
    if (bias) {
      const gb = allocate(bias.dtype, O);
      for (let k = 0; k < g.size; k++) gb[Math.floor(k / (OH * OW)) % O] += g.data[k];
      grads.push(new Tensor(gb, bias.shape));
    }
    return grads;
  });
  return plain ? reshape(out, [OH, OW]) : out;
}

/** True convolution: the kernel flipped in both spatial axes, then conv2d. */
export function convolve2d(input: Tensor, filter: Tensor, options: Conv2dOptions = {}): Tensor {
  checkTensor(filter, 'convolve2d', 'filter');
  if (filter.rank !== 2 && filter.rank !== 4) {
    throw new RangeError(`convolve2d: filter must be rank 2 or 4, got shape ${formatShape(filter.shape)}`);
  }
  return conv2d(input, flip(filter, [filter.rank - 2, filter.rank - 1]), options);
}
