// Convolution as a matrix product, as in the notes: polynomial multiplication is a 1-D
// convolution δ_j = Σ_i α_i β_(j−i), which is also δ = T(α)·β with the Toeplitz matrix T(α);
// and a 2-D convolution layer is y = W′·vec(x) with one row of W′ per output cell.
import { record } from '../autograd';
import { Tensor, allocate, formatShape } from '../tensor';
import { checkInteger, checkNotEmpty, checkRank, checkTensor } from '../validate';
import { convOutputSize, toPair, type Pair } from './conv-size';
import { resolvePadding, type ConvPadding } from './conv';
import { tensor } from '../creation';

function asVector(v: Tensor | readonly number[], op: string, name: string): Tensor {
  const t = Array.isArray(v) ? tensor([...v]) : (v as Tensor);
  checkTensor(t, op, name);
  checkRank(t, 1, op, name);
  checkNotEmpty(t, op, name);
  return t;
}

/** Full 1-D convolution, length n_a + n_b − 1: the coefficients of the product of two polynomials. */
export function convolve1d(a: Tensor | readonly number[], b: Tensor | readonly number[]): Tensor {
  const ta = asVector(a, 'convolve1d', 'a');
  const tb = asVector(b, 'convolve1d', 'b');
  const na = ta.size;
  const nb = tb.size;
  const out = allocate(ta.dtype === 'float32' && tb.dtype === 'float32' ? 'float32' : 'float64', na + nb - 1);
  for (let i = 0; i < na; i++) for (let k = 0; k < nb; k++) out[i + k] += ta.data[i] * tb.data[k];
  return record(new Tensor(out, [na + nb - 1]), 'convolve1d', [ta, tb], (g) => {
    // ∂δ_(i+k)/∂α_i = β_k and ∂δ_(i+k)/∂β_k = α_i
    const ga = allocate(ta.dtype, na);
    const gb = allocate(tb.dtype, nb);
    for (let i = 0; i < na; i++) for (let k = 0; k < nb; k++) {
      ga[i] += g.data[i + k] * tb.data[k];
      gb[k] += g.data[i + k] * ta.data[i];
    }
    return [new Tensor(ga, [na]), new Tensor(gb, [nb])];
  });
}

/** A matrix whose entry [r, c] is kernel[indices[r·cols + c]], or 0 where the index is −1. */
function gatherMatrix(kernel: Tensor, indices: Int32Array, rows: number, cols: number, op: string): Tensor {
  const data = allocate(kernel.dtype, rows * cols);
  for (let i = 0; i < indices.length; i++) if (indices[i] >= 0) data[i] = kernel.data[indices[i]];
  return record(new Tensor(data, [rows, cols]), op, [kernel], (g) => {
    // Each kernel entry appears in several places; its gradient is the sum over them.
    const gk = allocate(kernel.dtype, kernel.size);
    for (let i = 0; i < indices.length; i++) if (indices[i] >= 0) gk[indices[i]] += g.data[i];
    return [new Tensor(gk, kernel.shape)];
  });
}

/**
 * The (n + k − 1) × n Toeplitz matrix T with T[r, c] = kernel[r − c] (0 outside 0 ≤ r − c < k),
 * so that T·β = convolve1d(kernel, β) for β of length n = inputLength.
 */
export function toeplitz(kernel: Tensor | readonly number[], inputLength: number): Tensor {
  const k = asVector(kernel, 'toeplitz', 'kernel');
  checkInteger(inputLength, 'toeplitz', 'inputLength', 1);
  const rows = k.size + inputLength - 1;
  const indices = new Int32Array(rows * inputLength).fill(-1);
  for (let r = 0; r < rows; r++) for (let c = 0; c < inputLength; c++) {
    if (r - c >= 0 && r - c < k.size) indices[r * inputLength + c] = r - c;
  }
  return gatherMatrix(k, indices, rows, inputLength, 'toeplitz');
}

export interface ConvMatrixOptions {
  stride?: Pair;
  padding?: ConvPadding;
  dilation?: Pair;
}

/**
 * For a [kh, kw] kernel and an [H, W] input: which kernel entry (flat index a·kw + b, or −1 for 0)
 * sits at each place of W′ [outH·outW, H·W]. Widgets use it to draw W′ symbolically (w00, w01, …).
 * Taps that fall in the zero padding multiply zeros and simply do not appear.
 */
export function convMatrixIndices(kernelShape: readonly [number, number], inputShape: readonly [number, number], options: ConvMatrixOptions = {}): { indices: Int32Array; rows: number; cols: number; outShape: [number, number] } {
  const [KH, KW] = kernelShape;
  const [H, W] = inputShape;
  const [SH, SW] = toPair(options.stride ?? 1, 'stride', 'convMatrix');
  const [DH, DW] = toPair(options.dilation ?? 1, 'dilation', 'convMatrix');
  const [PT, PB, PL, PR] = resolvePadding(options.padding ?? 0, [H, W], [KH, KW], [SH, SW], [DH, DW], 'convMatrix');
  const OH = convOutputSize({ input: H, kernel: KH, padding: [PT, PB], stride: SH, dilation: DH }, 'convMatrix (rows)');
  const OW = convOutputSize({ input: W, kernel: KW, padding: [PL, PR], stride: SW, dilation: DW }, 'convMatrix (cols)');
  const cols = H * W;
  const indices = new Int32Array(OH * OW * cols).fill(-1);
  for (let i = 0; i < OH; i++) for (let j = 0; j < OW; j++) for (let a = 0; a < KH; a++) for (let b = 0; b < KW; b++) {
    const row = i * SH + a * DH - PT;
    const col = j * SW + b * DW - PL;
    if (row >= 0 && row < H && col >= 0 && col < W) indices[(i * OW + j) * cols + row * W + col] = a * KW + b;
  }
  return { indices, rows: OH * OW, cols, outShape: [OH, OW] };
}

/** The matrix W′ with W′·vec(x) = vec(conv2d(x, kernel, options)) for a [kh, kw] kernel and [H, W] input. */
export function convMatrix(kernel: Tensor, inputShape: readonly [number, number], options: ConvMatrixOptions = {}): Tensor {
  checkTensor(kernel, 'convMatrix', 'kernel');
  if (kernel.rank !== 2) throw new RangeError(`convMatrix: kernel must be rank 2 [kh, kw], got shape ${formatShape(kernel.shape)}`);
  checkNotEmpty(kernel, 'convMatrix', 'kernel');
  if (!Array.isArray(inputShape) || inputShape.length !== 2) throw new TypeError('convMatrix: inputShape must be [H, W]');
  const { indices, rows, cols } = convMatrixIndices([kernel.shape[0], kernel.shape[1]], inputShape, options);
  return gatherMatrix(kernel, indices, rows, cols, 'convMatrix');
}
