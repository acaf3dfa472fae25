// The 1D convolution widget's math. Convolution (equation conv-discrete of the convolution
// chapter) is y(t) = Σ_a x(a) w(t − a): the kernel is flipped and slid along the signal.
// Cross-correlation lays the kernel on as it is: c(ℓ) = Σ_j w(j) x(ℓ + j).
// Both are computed by the engine's convolve1d (cross-correlation as convolution with the
// reversed kernel), and each position is also taken apart into its products for the reader.
import { convolve1d, noGrad } from '@/lib/engine';

export type Mode1d = 'conv' | 'cross';

/** The kernel row as it lies under the signal: reversed for convolution, as given for cross-correlation. */
export function laidKernel(kernel: readonly number[], mode: Mode1d): number[] {
  return mode === 'conv' ? [...kernel].reverse() : [...kernel];
}

/** Number of positions of the kernel that overlap the signal at least partly: n + k − 1. */
export function positionCount(n: number, k: number): number {
  return n + k - 1;
}

/**
 * All n + k − 1 outputs. Position t puts the laid kernel's first entry under signal index t − (k − 1).
 * For convolution output t is y(t); for cross-correlation it is c(ℓ) with lag ℓ = t − (k − 1).
 */
export function fullOutput(signal: readonly number[], kernel: readonly number[], mode: Mode1d): Float64Array {
  // convolve1d(x, reversed w)[t] = Σ_j w(j) x(t − (k − 1) + j): cross-correlation at lag t − (k − 1).
  const second = mode === 'conv' ? kernel : [...kernel].reverse();
  return Float64Array.from(noGrad(() => convolve1d(signal, second)).data);
}

export interface Product {
  /** Index into the signal (may be outside 0..n−1, where the signal is 0). */
  index: number;
  /** Index into the kernel as the reader typed it (w(j)). */
  kernelIndex: number;
  x: number;
  w: number;
  product: number;
  /** Sum of this and all earlier products. */
  running: number;
}

/** The products that make output t, left to right, with the running sum. Only overlapping taps are listed. */
export function productsAt(signal: readonly number[], kernel: readonly number[], mode: Mode1d, t: number): Product[] {
  const k = kernel.length;
  const laid = laidKernel(kernel, mode);
  const start = t - (k - 1);
  const out: Product[] = [];
  let running = 0;
  for (let j = 0; j < k; j++) {
    const index = start + j;
    if (index < 0 || index >= signal.length) continue;
    const product = signal[index] * laid[j];
    running += product;
    out.push({ index, kernelIndex: mode === 'conv' ? k - 1 - j : j, x: signal[index], w: laid[j], product, running });
  }
  return out;
}

/** The output's own index at position t: y(t) for convolution, c(ℓ) with ℓ = t − (k − 1) for cross-correlation. */
export function outputIndex(t: number, k: number, mode: Mode1d): number {
  return mode === 'conv' ? t : t - (k - 1);
}

/** Positions where the kernel lies wholly on the signal ("valid"): t = k − 1 … n − 1. */
export function isFullOverlap(t: number, n: number, k: number): boolean {
  return t >= k - 1 && t <= n - 1;
}

export const KERNEL_PRESETS = {
  average: { label: 'Moving average (½, ½)', values: [0.5, 0.5] },
  average3: { label: 'Moving average of 3', values: [1 / 3, 1 / 3, 1 / 3] },
  difference: { label: 'Difference [1, −1]', values: [1, -1] },
  second: { label: 'Second difference [1, −2, 1]', values: [1, -2, 1] },
  gaussian: { label: 'Gaussian [1, 4, 6, 4, 1]/16', values: [1, 4, 6, 4, 1].map((v) => v / 16) },
} as const;

export const SIGNAL_PRESETS = {
  chapter: { label: 'Chapter (1, 4, 2, 8)', values: [1, 4, 2, 8] },
  step: { label: 'Step', values: [0, 0, 0, 0, 1, 1, 1, 1, 1, 1] },
  impulse: { label: 'Impulse', values: [0, 0, 0, 1, 0, 0, 0] },
  squares: { label: 'Squares t²', values: [0, 1, 4, 9, 16, 25, 36, 49] },
} as const;

export type ListProblem = { ok: true; values: number[] } | { ok: false; message: string };

/** Reads "1, 4, 2, 8" (commas or spaces); says exactly what is wrong otherwise. */
export function parseList(text: string, what: string, minLength: number, maxLength: number, limit: number): ListProblem {
  const parts = text.split(/[\s,;]+/).filter((p) => p !== '');
  if (parts.length < minLength) return { ok: false, message: `The ${what} needs at least ${minLength} value${minLength === 1 ? '' : 's'}.` };
  if (parts.length > maxLength) return { ok: false, message: `The ${what} can have at most ${maxLength} values; ${parts.length} were typed.` };
  const values: number[] = [];
  for (const [i, part] of parts.entries()) {
    const v = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(part.replace('−', '-')) ? Number(part.replace('−', '-')) : NaN;
    if (!Number.isFinite(v)) return { ok: false, message: `Entry ${i + 1} of the ${what}, “${part}”, is not a number.` };
    if (Math.abs(v) > limit) return { ok: false, message: `Entry ${i + 1} of the ${what}, ${part}, is outside ±${limit}.` };
    values.push(v);
  }
  return { ok: true, values };
}

/** Numbers as the widget prints them: at most 3 decimals, no trailing zeros, no "−0", a true minus sign. */
export function fmt(v: number): string {
  const r = Math.round(v * 1000) / 1000;
  if (r === 0) return '0';
  return r < 0 ? `−${String(-r)}` : String(r);
}
