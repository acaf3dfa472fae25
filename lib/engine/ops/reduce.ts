// Reductions over one or more axes. A tensor of shape [outer, n, inner] reduced over its middle
// axis gives [outer, inner] (or [outer, 1, inner] with keepDims). Several axes are reduced one
// after another, so only the one-axis case needs a backward.
import { record } from '../autograd';
import { Tensor, allocate, shapeSize } from '../tensor';
import { checkNotEmpty, checkTensor, normalizeAxis } from '../validate';
import { broadcastTo } from './broadcast';
import { div } from './elementwise';
import { reshape } from './shape';

export type Axis = number | readonly number[];

function resolveAxes(x: Tensor, axis: Axis | undefined, op: string): number[] {
  if (axis === undefined) return x.shape.map((_, i) => i);
  const list = typeof axis === 'number' ? [axis] : [...axis];
  const axes = list.map((a) => normalizeAxis(a, x.rank, op));
  if (new Set(axes).size !== axes.length) throw new RangeError(`${op}: repeated axis in [${list.join(',')}]`);
  return axes.sort((p, q) => p - q);
}

function splitAt(shape: readonly number[], axis: number): [number, number, number] {
  return [shapeSize(shape.slice(0, axis)), shape[axis], shapeSize(shape.slice(axis + 1))];
}

/** Applies a one-axis reduction over each requested axis, last axis first, then fixes keepDims. */
function reduceAxes(x: Tensor, axis: Axis | undefined, keepDims: boolean, op: string, one: (t: Tensor, a: number) => Tensor): Tensor {
  checkTensor(x, op, 'x');
  const axes = resolveAxes(x, axis, op);
  let out = x;
  for (let i = axes.length - 1; i >= 0; i--) out = one(out, axes[i]);
  const kept = x.shape.map((d, i) => (axes.includes(i) ? 1 : d));
  return keepDims ? out : reshape(out, kept.filter((_, i) => !axes.includes(i)));
}

// One axis, keepDims: ∂(Σ_k x_k)/∂x_j = 1, so the gradient is g copied back along the axis.
function sumAxis(x: Tensor, axis: number): Tensor {
  const [outer, n, inner] = splitAt(x.shape, axis);
  const data = allocate(x.dtype, outer * inner);
  for (let o = 0; o < outer; o++) {
    for (let k = 0; k < n; k++) {
      const base = (o * n + k) * inner;
      for (let i = 0; i < inner; i++) data[o * inner + i] += x.data[base + i];
    }
  }
  const shape = x.shape.map((d, i) => (i === axis ? 1 : d));
  return record(new Tensor(data, shape), 'sum', [x], (g) => [broadcastTo(g, x.shape)]);
}

// One axis, keepDims: the gradient goes to the (first) position of the maximum.
function maxAxis(x: Tensor, axis: number): Tensor {
  checkNotEmpty(x, 'max', 'x');
  const [outer, n, inner] = splitAt(x.shape, axis);
  const data = allocate(x.dtype, outer * inner);
  const argmax = new Int32Array(outer * inner);
  for (let o = 0; o < outer; o++) {
    for (let i = 0; i < inner; i++) {
      let best = -Infinity;
      let where = o * n * inner + i;
      for (let k = 0; k < n; k++) {
        const v = x.data[(o * n + k) * inner + i];
        if (v > best || Number.isNaN(v)) {
          best = v;
          where = (o * n + k) * inner + i;
          if (Number.isNaN(v)) break; // NaN propagates, as in NumPy
        }
      }
      data[o * inner + i] = best;
      argmax[o * inner + i] = where;
    }
  }
  const shape = x.shape.map((d, i) => (i === axis ? 1 : d));
  return record(new Tensor(data, shape), 'max', [x], (g) => {
    const gx = allocate(g.dtype, x.size);
    for (let j = 0; j < argmax.length; j++) gx[argmax[j]] += g.data[j];
    return [new Tensor(gx, x.shape)];
  });
}

/** Σ over `axis` (all axes if omitted). */
export function sum(x: Tensor, axis?: Axis, keepDims = false): Tensor {
  return reduceAxes(x, axis, keepDims, 'sum', sumAxis);
}

/** Maximum over `axis` (all axes if omitted). Ties send the gradient to the first maximum. */
export function max(x: Tensor, axis?: Axis, keepDims = false): Tensor {
  checkTensor(x, 'max', 'x');
  checkNotEmpty(x, 'max', 'x');
  return reduceAxes(x, axis, keepDims, 'max', maxAxis);
}

/** Derived: mean = sum / n. */
export function mean(x: Tensor, axis?: Axis, keepDims = false): Tensor {
  checkTensor(x, 'mean', 'x');
  checkNotEmpty(x, 'mean', 'x');
  const axes = resolveAxes(x, axis, 'mean');
  const n = axes.reduce((acc, a) => acc * x.shape[a], 1);
  return div(sum(x, axis, keepDims), n);
}

/** Index of the maximum along `axis` (default last), as a tensor of integers. Not differentiable. */
export function argmax(x: Tensor, axis = -1): Tensor {
  checkTensor(x, 'argmax', 'x');
  checkNotEmpty(x, 'argmax', 'x');
  const a = normalizeAxis(axis, x.rank, 'argmax');
  const [outer, n, inner] = splitAt(x.shape, a);
  const data = allocate(x.dtype, outer * inner);
  for (let o = 0; o < outer; o++) {
    for (let i = 0; i < inner; i++) {
      let best = 0;
      for (let k = 1; k < n; k++) {
        if (x.data[(o * n + k) * inner + i] > x.data[(o * n + best) * inner + i]) best = k;
      }
      data[o * inner + i] = best;
    }
  }
  return new Tensor(data, x.shape.filter((_, i) => i !== a));
}

