// The 2D convolution widget's math, computed with the book's engine so the widget and the engine
// agree. Cross-correlation (what deep-learning libraries call convolution) is
//   S(i, j) = Σ_a Σ_b I(i·s + a·d − p, j·s + b·d − p) K(a, b),
// equation (cross-correlation) of the convolution chapter with stride s, dilation d and zero
// padding p; true convolution rotates the kernel by 180° first (equation conv-2d-commuted).
import { convMatrixIndices } from '@/lib/engine';
import { createConv2dPlan, type Conv2dPlan } from '@/lib/engine/fast';
import type { Grid } from './presets';

export type ConvMode = 'cross' | 'conv';

export interface ConvSettings {
  padding: number;
  stride: number;
  dilation: number;
  mode: ConvMode;
}

export type FeatureMapResult =
  | { ok: true; output: Grid; span: [number, number] }
  | { ok: false; message: string };

/** The cells one kernel covers along an axis: d(k − 1) + 1. */
export function kernelSpan(k: number, d: number): number {
  return d * (k - 1) + 1;
}

/** Why these settings cannot be computed, in words, or null when they can. */
export function settingsProblem(image: Grid, kernel: Grid, s: ConvSettings): string | null {
  if (!Number.isInteger(s.stride) || s.stride < 1) {
    return `Stride ${s.stride} would never move the window: each step must move the kernel at least one cell. Use stride 1 or more.`;
  }
  if (!Number.isInteger(s.dilation) || s.dilation < 1) {
    return `Dilation ${s.dilation} would stack every kernel tap on the same cell. Use dilation 1 (taps side by side) or more.`;
  }
  if (!Number.isInteger(s.padding) || s.padding < 0) {
    return `Padding ${s.padding} is not possible: padding adds a whole number of zero rows and columns, 0 or more.`;
  }
  const axes = [
    ['rows', image.rows, kernel.rows],
    ['columns', image.cols, kernel.cols],
  ] as const;
  for (const [axis, i, k] of axes) {
    const span = kernelSpan(k, s.dilation);
    const padded = i + 2 * s.padding;
    if (span > padded) {
      const kernelText = s.dilation === 1 ? `The kernel has ${k} ${axis}` : `With dilation ${s.dilation} the kernel spans ${s.dilation}·(${k} − 1) + 1 = ${span} ${axis}`;
      return `${kernelText}, but the padded input has only ${i} + 2·${s.padding} = ${padded}: there is no position where the kernel fits. Add padding, or use a smaller kernel or dilation.`;
    }
  }
  return null;
}

/** The kernel as the sum uses it: unchanged for cross-correlation, rotated by 180° for convolution. */
export function effectiveKernel(kernel: Grid, mode: ConvMode): Grid {
  if (mode === 'cross') return kernel;
  const data = new Float64Array(kernel.data.length);
  for (let k = 0; k < data.length; k++) data[k] = kernel.data[data.length - 1 - k];
  return { rows: kernel.rows, cols: kernel.cols, data };
}

// The engine's float64 conv2d plan (im2col + GEMM, the same sum as conv2d) depends only on the
// shapes and settings, so the last one is kept: editing a cell or a kernel value reuses it.
let cachedPlan: { key: string; plan: Conv2dPlan } | null = null;

function planFor(image: Grid, kernel: Grid, s: ConvSettings): Conv2dPlan {
  const key = `${image.rows},${image.cols},${kernel.rows},${kernel.cols},${s.padding},${s.stride},${s.dilation}`;
  if (cachedPlan?.key !== key) {
    const options = { padding: s.padding, stride: s.stride, dilation: s.dilation };
    cachedPlan = { key, plan: createConv2dPlan([1, 1, image.rows, image.cols], [1, 1, kernel.rows, kernel.cols], options, 'float64') };
  }
  return cachedPlan.plan;
}

/** The feature map, computed by the engine, or a sentence saying why it cannot be. */
export function featureMap(image: Grid, kernel: Grid, s: ConvSettings): FeatureMapResult {
  const problem = settingsProblem(image, kernel, s);
  if (problem) return { ok: false, message: problem };
  const k = effectiveKernel(kernel, s.mode);
  const plan = planFor(image, kernel, s);
  const [, , rows, cols] = plan.outShape;
  const data = new Float64Array(rows * cols);
  plan.run(image.data, k.data, undefined, data);
  return { ok: true, output: { rows, cols, data }, span: [kernelSpan(kernel.rows, s.dilation), kernelSpan(kernel.cols, s.dilation)] };
}

export interface Term {
  /** Position in the input; outside 0..rows−1 / 0..cols−1 means a padding zero. */
  row: number;
  col: number;
  /** Kernel entry (a, b) as written in the editor. */
  a: number;
  b: number;
  input: number;
  weight: number;
  inPadding: boolean;
}

/** The products that make output cell (i, j): its receptive field with the actual numbers. */
export function receptiveField(image: Grid, kernel: Grid, s: ConvSettings, i: number, j: number): Term[] {
  const terms: Term[] = [];
  for (let a = 0; a < kernel.rows; a++) for (let b = 0; b < kernel.cols; b++) {
    // Convolution pairs tap (a, b) with the rotated kernel entry (kh − 1 − a, kw − 1 − b).
    const ka = s.mode === 'conv' ? kernel.rows - 1 - a : a;
    const kb = s.mode === 'conv' ? kernel.cols - 1 - b : b;
    const row = i * s.stride + a * s.dilation - s.padding;
    const col = j * s.stride + b * s.dilation - s.padding;
    const inPadding = row < 0 || row >= image.rows || col < 0 || col >= image.cols;
    terms.push({ row, col, a: ka, b: kb, input: inPadding ? 0 : image.data[row * image.cols + col], weight: kernel.data[ka * kernel.cols + kb], inPadding });
  }
  return terms;
}

/** Largest W′ the widget builds: above this the matrix is only described. */
export const MAX_MATRIX_ENTRIES = 300_000;

export type Im2colResult =
  | { ok: true; rows: number; cols: number; entries: Float64Array; product: Float64Array; nonZero: number }
  | { ok: false; rows: number; cols: number };

/**
 * W′ with one row per output cell and one column per input cell (the chapter's 4 × 9 for the 3 × 3
 * example), from the engine's convMatrixIndices, and the product W′·vec(I).
 */
export function im2col(image: Grid, kernel: Grid, s: ConvSettings): Im2colResult | null {
  if (settingsProblem(image, kernel, s)) return null;
  const k = effectiveKernel(kernel, s.mode);
  const outRows = Math.floor((image.rows + 2 * s.padding - kernelSpan(k.rows, s.dilation)) / s.stride) + 1;
  const outCols = Math.floor((image.cols + 2 * s.padding - kernelSpan(k.cols, s.dilation)) / s.stride) + 1;
  const rows = outRows * outCols;
  const cols = image.rows * image.cols;
  if (rows * cols > MAX_MATRIX_ENTRIES) return { ok: false, rows, cols };
  const { indices } = convMatrixIndices([k.rows, k.cols], [image.rows, image.cols], {
    padding: s.padding,
    stride: s.stride,
    dilation: s.dilation,
  });
  const entries = new Float64Array(indices.length);
  const product = new Float64Array(rows);
  let nonZero = 0;
  for (let r = 0; r < rows; r++) {
    let sum = 0;
    for (let c = 0; c < cols; c++) {
      const index = indices[r * cols + c];
      if (index < 0) continue;
      nonZero++;
      const w = k.data[index];
      entries[r * cols + c] = w;
      sum += w * image.data[c];
    }
    product[r] = sum;
  }
  return { ok: true, rows, cols, entries, product, nonZero };
}

/** The largest |a − b| over two equally long arrays. */
export function maxAbsDifference(a: ArrayLike<number>, b: ArrayLike<number>): number {
  let max = 0;
  for (let k = 0; k < a.length; k++) max = Math.max(max, Math.abs(a[k] - b[k]));
  return max;
}

/** The largest |value| in a grid (1 for an all-zero grid, so colour scales never divide by 0). */
export function maxAbs(data: ArrayLike<number>): number {
  let max = 0;
  for (let k = 0; k < data.length; k++) max = Math.max(max, Math.abs(data[k]));
  return max || 1;
}

/** Numbers as the widget prints them: at most 3 decimals, no trailing zeros, no "−0", a true minus sign. */
export function fmt(v: number): string {
  if (!Number.isFinite(v)) return String(v);
  const r = Math.round(v * 1000) / 1000;
  if (r === 0) return '0';
  return r < 0 ? `−${String(-r)}` : String(r);
}

/** A grid whose cell (r, c) is changed to `value`; the original is left as it was. */
export function withCell(g: Grid, r: number, c: number, value: number): Grid {
  const data = Float64Array.from(g.data);
  data[r * g.cols + c] = value;
  return { rows: g.rows, cols: g.cols, data };
}

/** A grid resized to rows × cols, keeping the overlapping top-left block and filling with `fill`. */
export function resized(g: Grid, rows: number, cols: number, fill = 0): Grid {
  const data = new Float64Array(rows * cols).fill(fill);
  for (let r = 0; r < Math.min(rows, g.rows); r++) for (let c = 0; c < Math.min(cols, g.cols); c++) data[r * cols + c] = g.data[r * g.cols + c];
  return { rows, cols, data };
}
