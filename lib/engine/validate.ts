// Argument checks shared by all ops. Every message starts with the op's name and shows the shapes
// or values involved, e.g. "conv2d: input depth 3 must match filter depth 1", so an error in a
// widget or a test says what went wrong without a debugger.
import { Tensor, formatShape } from './tensor';

export function checkTensor(x: unknown, op: string, name: string): asserts x is Tensor {
  if (!(x instanceof Tensor)) {
    const got = x === null ? 'null' : Array.isArray(x) ? 'an array' : typeof x;
    throw new TypeError(`${op}: ${name} must be a Tensor, got ${got}`);
  }
}

export function checkRank(x: Tensor, rank: number, op: string, name: string, layout = ''): void {
  if (x.rank !== rank) {
    const what = layout ? `rank ${rank} ${layout}` : `rank ${rank}`;
    throw new RangeError(`${op}: ${name} must be ${what}, got shape ${formatShape(x.shape)}`);
  }
}

export function checkNotEmpty(x: Tensor, op: string, name: string): void {
  if (x.size === 0) {
    throw new RangeError(`${op}: ${name} of shape ${formatShape(x.shape)} is empty`);
  }
}

export function checkSameShape(a: Tensor, b: Tensor, op: string, nameA: string, nameB: string): void {
  if (a.rank !== b.rank || a.shape.some((d, i) => d !== b.shape[i])) {
    throw new RangeError(
      `${op}: ${nameA} shape ${formatShape(a.shape)} must match ${nameB} shape ${formatShape(b.shape)}`,
    );
  }
}

export function checkFinite(value: number, op: string, name: string): void {
  if (typeof value !== 'number') throw new TypeError(`${op}: ${name} must be a number, got ${typeof value}`);
  if (!Number.isFinite(value)) throw new RangeError(`${op}: ${name} must be a finite number, got ${value}`);
}

/** An integer ≥ min; NaN, fractions and Infinity fail with the value in the message. */
export function checkInteger(value: number, op: string, name: string, min: number): void {
  if (typeof value !== 'number') throw new TypeError(`${op}: ${name} must be a number, got ${typeof value}`);
  if (!Number.isInteger(value) || value < min) {
    throw new RangeError(`${op}: ${name} must be an integer ≥ ${min}, got ${value}`);
  }
}

export function checkShape(shape: readonly number[], op: string): void {
  if (!Array.isArray(shape)) throw new TypeError(`${op}: shape must be an array of integers`);
  if (shape.some((d) => typeof d !== 'number' || !Number.isInteger(d) || d < 0)) {
    throw new RangeError(`${op}: shape [${shape.join(',')}] must contain non-negative integers`);
  }
}

/** Resolves a possibly negative axis (-1 = last) against a rank. */
export function normalizeAxis(axis: number, rank: number, op: string): number {
  if (!Number.isInteger(axis) || axis < -rank || axis >= rank) {
    throw new RangeError(`${op}: axis ${axis} is out of range for rank ${rank}`);
  }
  return axis < 0 ? axis + rank : axis;
}
