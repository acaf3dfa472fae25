// Output-size arithmetic for convolution and pooling (Dumoulin & Visin, "A guide to convolution
// arithmetic"), one axis at a time. With input i, kernel k, padding p before and p' after,
// stride s and dilation d, the kernel covers k̂ = d(k − 1) + 1 cells and
//   o = ⌊(i + p + p' − k̂) / s⌋ + 1.
// Each rule that can fail throws a RangeError saying which rule and with which numbers.

export type Pair = number | readonly [number, number];
/** Padding before and after one axis, e.g. [top, bottom]. */
export type SidePadding = number | readonly [number, number];

export interface ConvSizeParams {
  input: number;
  kernel: number;
  padding?: SidePadding;
  stride?: number;
  dilation?: number;
}

export interface PoolSizeParams {
  input: number;
  kernel: number;
  stride?: number;
  padding?: number;
  ceilMode?: boolean;
}

function prefix(context: string | undefined): string {
  return context ? `${context}: ` : '';
}

function requireInteger(value: number, name: string, min: number, context?: string): void {
  if (typeof value !== 'number') throw new TypeError(`${prefix(context)}${name} must be a number, got ${typeof value}`);
  if (!Number.isInteger(value) || value < min) {
    throw new RangeError(`${prefix(context)}${name} must be an integer ≥ ${min}, got ${value}`);
  }
}

function paddedText(input: number, before: number, after: number): string {
  return before === after ? `${input} + 2·${before}` : `${input} + ${before} + ${after}`;
}

/** Output length of a convolution along one axis. `context` (e.g. "conv2d") prefixes errors. */
export function convOutputSize(params: ConvSizeParams, context?: string): number {
  const { input, kernel, padding = 0, stride = 1, dilation = 1 } = params;
  const [before, after] = typeof padding === 'number' ? [padding, padding] : padding;
  requireInteger(input, 'input size', 1, context);
  requireInteger(kernel, 'kernel size', 1, context);
  requireInteger(stride, 'stride', 1, context);
  requireInteger(dilation, 'dilation', 1, context);
  requireInteger(before, 'padding', 0, context);
  requireInteger(after, 'padding', 0, context);
  const span = dilation * (kernel - 1) + 1;
  if (span > input + before + after) {
    const what = dilation === 1 ? `kernel ${kernel}` : `dilated kernel ${span} (kernel ${kernel}, dilation ${dilation})`;
    throw new RangeError(`${prefix(context)}${what} is larger than the padded input ${paddedText(input, before, after)}`);
  }
  return Math.floor((input + before + after - span) / stride) + 1;
}

/**
 * Output length of a pooling window along one axis, PyTorch rules:
 *   o = ⌊(i + 2p − k)/s⌋ + 1, or ⌈…⌉ + 1 in ceil mode, where a last window that would start
 *   inside the right padding is dropped; and p ≤ k/2, so every window holds at least one input.
 */
export function poolOutputSize(params: PoolSizeParams, context?: string): number {
  const { input, kernel, padding = 0, ceilMode = false } = params;
  const stride = params.stride ?? kernel;
  requireInteger(input, 'input size', 1, context);
  requireInteger(kernel, 'kernel size', 1, context);
  requireInteger(stride, 'stride', 1, context);
  requireInteger(padding, 'padding', 0, context);
  if (2 * padding > kernel) {
    throw new RangeError(`${prefix(context)}padding ${padding} must be at most half the kernel ${kernel}`);
  }
  if (kernel > input + 2 * padding) {
    throw new RangeError(`${prefix(context)}kernel ${kernel} is larger than the padded input ${paddedText(input, padding, padding)}`);
  }
  const steps = (input + 2 * padding - kernel) / stride;
  let out = (ceilMode ? Math.ceil(steps) : Math.floor(steps)) + 1;
  if (ceilMode && (out - 1) * stride >= input + padding) out--;
  return out;
}

/** A number or [rows, cols] pair as [rows, cols]. */
export function toPair(value: Pair, name: string, context: string): [number, number] {
  if (typeof value === 'number') return [value, value];
  if (Array.isArray(value) && value.length === 2) return [value[0], value[1]];
  throw new TypeError(`${context}: ${name} must be a number or a [rows, cols] pair`);
}
