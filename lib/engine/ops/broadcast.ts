// NumPy broadcasting. Shapes are aligned on the right; a dimension of size 1 (or a missing one)
// is stretched to match the other. In backward, a stretched input receives the *sum* of the
// gradients of all the copies it was stretched into: that is `sumToShape`.
import { record } from '../autograd';
import { Tensor, allocate, formatShape, shapeSize } from '../tensor';
import { checkShape } from '../validate';

export function broadcastShapes(a: readonly number[], b: readonly number[], op: string): number[] {
  const rank = Math.max(a.length, b.length);
  const out: number[] = [];
  for (let i = 0; i < rank; i++) {
    const da = a[a.length - rank + i] ?? 1;
    const db = b[b.length - rank + i] ?? 1;
    if (da !== db && da !== 1 && db !== 1) {
      throw new RangeError(`${op}: shapes ${formatShape(a)} and ${formatShape(b)} cannot be broadcast together`);
    }
    out.push(da === 1 ? db : da);
  }
  return out;
}

function sameShape(a: readonly number[], b: readonly number[]): boolean {
  return a.length === b.length && a.every((d, i) => d === b[i]);
}

/**
 * For each flat index of a tensor of shape `big`, the flat index of the element of shape `small`
 * that broadcasting reads there. `small` must broadcast to `big`.
 */
export function broadcastIndex(small: readonly number[], big: readonly number[]): Int32Array {
  const size = shapeSize(big);
  const index = new Int32Array(size);
  if (sameShape(small, big)) {
    for (let i = 0; i < size; i++) index[i] = i;
    return index;
  }
  const rank = big.length;
  // Stride of each big axis inside `small`; 0 where small is stretched (size 1 or missing).
  const strides = new Array<number>(rank).fill(0);
  let stride = 1;
  for (let i = small.length - 1; i >= 0; i--) {
    const axis = rank - small.length + i;
    strides[axis] = small[i] === 1 ? 0 : stride;
    stride *= small[i];
  }
  const counter = new Array<number>(rank).fill(0);
  let offset = 0;
  for (let i = 0; i < size; i++) {
    index[i] = offset;
    // Advance the multi-index like an odometer, keeping `offset` in step.
    for (let axis = rank - 1; axis >= 0; axis--) {
      counter[axis]++;
      offset += strides[axis];
      if (counter[axis] < big[axis]) break;
      offset -= strides[axis] * counter[axis];
      counter[axis] = 0;
    }
  }
  return index;
}

/** Repeats x along stretched axes so it has `shape`. Backward: sumToShape. */
export function broadcastTo(x: Tensor, shape: readonly number[]): Tensor {
  checkShape(shape, 'broadcastTo');
  const target = broadcastShapes(x.shape, shape, 'broadcastTo');
  if (!sameShape(target, shape)) {
    throw new RangeError(`broadcastTo: shape ${formatShape(x.shape)} cannot be broadcast to ${formatShape(shape)}`);
  }
  if (sameShape(x.shape, shape)) return x;
  const index = broadcastIndex(x.shape, shape);
  const data = allocate(x.dtype, index.length);
  for (let i = 0; i < index.length; i++) data[i] = x.data[index[i]];
  return record(new Tensor(data, shape), 'broadcastTo', [x], (g) => [sumToShape(g, x.shape)]);
}

/** Sums g over the axes that broadcasting stretched, giving a tensor of `shape`. Backward: broadcastTo. */
export function sumToShape(g: Tensor, shape: readonly number[]): Tensor {
  if (sameShape(g.shape, shape)) return g;
  const target = broadcastShapes(shape, g.shape, 'sumToShape');
  if (!sameShape(target, g.shape)) {
    throw new RangeError(`sumToShape: shape ${formatShape(g.shape)} cannot be summed to ${formatShape(shape)}`);
  }
  const index = broadcastIndex(shape, g.shape);
  const data = allocate(g.dtype, shapeSize(shape));
  for (let i = 0; i < index.length; i++) data[index[i]] += g.data[i];
  return record(new Tensor(data, shape), 'sumToShape', [g], (gOut) => [broadcastTo(gOut, g.shape)]);
}
