// Fast conv2d forward for float32 work: im2col + the blocked GEMM.
//
// im2col copies every receptive field (the C·kh·kw input cells one output cell reads) into one
// row of a matrix `cols` [outH·outW, C·kh·kw], with zeros where the field hangs over the padding.
// Then, per image, y[o, p] = Σ_q w[o, q] · cols[p, q]: a matrix product with the filters as
// stored, [O, C·kh·kw], and cols as the transposed right operand, exactly what gemmTransB wants.
// The sum is the one in ops/conv.ts; only the bias is added last instead of first.
import { convOutputSize, toPair } from '../ops/conv-size';
import { resolvePadding, type Conv2dOptions } from '../ops/conv';
import { Tensor, allocate, formatShape, type DType } from '../tensor';
import { checkNotEmpty, checkRank, checkTensor } from '../validate';
import { gemmTransB, type FloatArray } from './gemm';

export interface Conv2dPlan {
  readonly outShape: readonly [number, number, number, number];
  /** Runs the convolution into `out` (allocated once by the plan unless given). */
  run(x: FloatArray, w: FloatArray, bias?: FloatArray, out?: FloatArray): FloatArray;
}

/** Precomputes sizes and allocates the im2col and output buffers once, for repeated calls. */
export function createConv2dPlan(
  xShape: readonly number[], wShape: readonly number[], options: Omit<Conv2dOptions, 'bias'> = {}, dtype: DType = 'float32',
): Conv2dPlan {
  const [N, C, H, W] = xShape;
  const [O, Cw, KH, KW] = wShape;
  if (C !== Cw) throw new RangeError(`conv2dFast: input depth ${C} must match filter depth ${Cw} (input ${formatShape(xShape)}, filter ${formatShape(wShape)})`);
  const [SH, SW] = toPair(options.stride ?? 1, 'stride', 'conv2dFast');
  const [DH, DW] = toPair(options.dilation ?? 1, 'dilation', 'conv2dFast');
  const [PT, PB, PL, PR] = resolvePadding(options.padding ?? 0, [H, W], [KH, KW], [SH, SW], [DH, DW], 'conv2dFast');
  const OH = convOutputSize({ input: H, kernel: KH, padding: [PT, PB], stride: SH, dilation: DH }, 'conv2dFast (rows)');
  const OW = convOutputSize({ input: W, kernel: KW, padding: [PL, PR], stride: SW, dilation: DW }, 'conv2dFast (cols)');
  const P = OH * OW;
  const K = C * KH * KW;
  const cols = allocate(dtype, P * K);
  const ownOut = allocate(dtype, N * O * P);
  const image = allocate(dtype, O * P);

  // Where each cell of `cols` comes from, as an offset into one image (−1 = zero padding). It
  // depends only on the shapes, so the plan computes it once and im2col is a plain gather.
  const source = new Int32Array(P * K);
  let q = 0;
  for (let i = 0; i < OH; i++) for (let j = 0; j < OW; j++) {
    for (let c = 0; c < C; c++) for (let a = 0; a < KH; a++) for (let b = 0; b < KW; b++) {
      const row = i * SH + a * DH - PT;
      const col = j * SW + b * DW - PL;
      source[q++] = row >= 0 && row < H && col >= 0 && col < W ? (c * H + row) * W + col : -1;
    }
  }
  const im2col = (x: FloatArray, n: number): void => {
    const offset = n * C * H * W;
    for (let k = 0; k < source.length; k++) {
      const from = source[k];
      cols[k] = from >= 0 ? x[offset + from] : 0;
    }
  };

  return {
    outShape: [N, O, OH, OW],
    run(x, w, bias, out = ownOut) {
      for (let n = 0; n < N; n++) {
        im2col(x, n);
        gemmTransB(w, cols, image, O, P, K);
        const base = n * O * P;
        for (let o = 0; o < O; o++) {
          const b = bias ? bias[o] : 0;
          for (let p = 0; p < P; p++) out[base + o * P + p] = image[o * P + p] + b;
        }
      }
      return out;
    },
  };
}

/** conv2d forward through im2col + GEMM; no graph. Same options as conv2d. */
export function conv2dFast(x: Tensor, w: Tensor, options: Conv2dOptions = {}): Tensor {
  checkTensor(x, 'conv2dFast', 'input');
  checkTensor(w, 'conv2dFast', 'filter');
  checkRank(x, 4, 'conv2dFast', 'input', '[batch, channels, height, width]');
  checkRank(w, 4, 'conv2dFast', 'filter', '[outChannels, inChannels, kernelHeight, kernelWidth]');
  checkNotEmpty(x, 'conv2dFast', 'input');
  const dtype = x.dtype === 'float32' && w.dtype === 'float32' ? 'float32' : 'float64';
  const plan = createConv2dPlan(x.shape, w.shape, options, dtype);
  const asType = (t: Tensor): FloatArray => (t.dtype === dtype ? t.data : Float64Array.from(t.data));
  const out = plan.run(asType(x), asType(w), options.bias ? asType(options.bias) : undefined);
  return new Tensor(out, plan.outShape);
}
