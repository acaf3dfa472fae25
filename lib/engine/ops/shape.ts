// Ops that move values around without arithmetic: reshape, transpose, concat, slice, flip.
// Their backward moves the gradient back the same way (transpose by the inverse permutation,
// slice by writing into zeros, ...). Results always own fresh copies of their data.
import { record } from '../autograd';
import { Tensor, allocate, formatShape, shapeSize } from '../tensor';
import { checkShape, checkTensor, normalizeAxis } from '../validate';

function stridesOf(shape: readonly number[]): number[] {
  const strides = new Array<number>(shape.length);
  let s = 1;
  for (let i = shape.length - 1; i >= 0; i--) {
    strides[i] = s;
    s *= shape[i];
  }
  return strides;
}

/** Same values, new shape; one dimension may be -1 and is then inferred. */
export function reshape(x: Tensor, shape: readonly number[]): Tensor {
  checkTensor(x, 'reshape', 'x');
  const inferred = shape.indexOf(-1);
  const known = shapeSize(shape.filter((d) => d !== -1));
  const resolved = shape.map((d) => (d === -1 ? (known === 0 ? 0 : x.size / known) : d));
  if (shape.filter((d) => d === -1).length > 1 || (inferred >= 0 && !Number.isInteger(resolved[inferred]))) {
    throw new RangeError(`reshape: cannot reshape ${formatShape(x.shape)} into ${formatShape(shape)}`);
  }
  checkShape(resolved, 'reshape');
  if (shapeSize(resolved) !== x.size) {
    throw new RangeError(`reshape: cannot reshape ${formatShape(x.shape)} (${x.size} values) into ${formatShape(shape)}`);
  }
  return record(new Tensor(x.data.slice(), resolved), 'reshape', [x], (g) => [reshape(g, x.shape)]);
}

/** Permutes axes; by default reverses them (so a matrix gets its usual transpose). */
export function transpose(x: Tensor, axes?: readonly number[]): Tensor {
  checkTensor(x, 'transpose', 'x');
  const perm = axes ? axes.map((a) => normalizeAxis(a, x.rank, 'transpose')) : x.shape.map((_, i) => x.rank - 1 - i);
  if (perm.length !== x.rank || new Set(perm).size !== x.rank) {
    throw new RangeError(`transpose: axes [${axes?.join(',')}] are not a permutation for shape ${formatShape(x.shape)}`);
  }
  const shape = perm.map((p) => x.shape[p]);
  const data = allocate(x.dtype, x.size);
  const inverse = perm.map((_, i) => perm.indexOf(i));
  const gradFn = (g: Tensor) => [transpose(g, inverse)];
  const r = x.rank;
  if (r >= 2 && perm[r - 2] === r - 1 && perm[r - 1] === r - 2 && perm.slice(0, -2).every((p, i) => p === i)) {
    // The common case, a (batch of) matrix transpose: out[b, j, i] = x[b, i, j].
    const [m, n] = x.shape.slice(-2);
    for (let b = 0; b < x.size / (m * n || 1); b++) {
      for (let i = 0; i < m; i++) for (let j = 0; j < n; j++) data[b * m * n + j * m + i] = x.data[b * m * n + i * n + j];
    }
    return record(new Tensor(data, shape), 'transpose', [x], gradFn);
  }
  const inStrides = stridesOf(x.shape);
  const outStrides = stridesOf(shape);
  for (let i = 0; i < x.size; i++) {
    // out[i0, i1, ...] = x[..., i_k at axis perm[k], ...]
    let src = 0;
    for (let k = 0; k < shape.length; k++) src += (Math.floor(i / outStrides[k]) % shape[k]) * inStrides[perm[k]];
    data[i] = x.data[src];
  }
  return record(new Tensor(data, shape), 'transpose', [x], gradFn);
}

/** Joins tensors along `axis`; all other dimensions must agree. */
export function concat(tensors: readonly Tensor[], axis = 0): Tensor {
  if (tensors.length === 0) throw new RangeError('concat: needs at least one tensor');
  tensors.forEach((t, i) => checkTensor(t, 'concat', `tensors[${i}]`));
  const first = tensors[0];
  const a = normalizeAxis(axis, first.rank, 'concat');
  for (const t of tensors) {
    if (t.rank !== first.rank || t.shape.some((d, i) => i !== a && d !== first.shape[i])) {
      throw new RangeError(
        `concat: shapes ${tensors.map((u) => formatShape(u.shape)).join(', ')} differ outside axis ${a}`,
      );
    }
  }
  const outer = shapeSize(first.shape.slice(0, a));
  const inner = shapeSize(first.shape.slice(a + 1));
  const total = tensors.reduce((acc, t) => acc + t.shape[a], 0);
  const shape = first.shape.map((d, i) => (i === a ? total : d));
  const data = allocate(tensors.every((t) => t.dtype === 'float32') ? 'float32' : 'float64', shapeSize(shape));
  let offset = 0;
  for (const t of tensors) {
    const block = t.shape[a] * inner;
    for (let o = 0; o < outer; o++) data.set(t.data.subarray(o * block, (o + 1) * block), o * total * inner + offset);
    offset += block;
  }
  return record(new Tensor(data, shape), 'concat', tensors, (g) => {
    let start = 0;
    return tensors.map((t) => {
      const begin = shape.map((_, i) => (i === a ? start : 0));
      start += t.shape[a];
      return slice(g, begin, t.shape);
    });
  });
}

/** The block starting at `begin` with extent `size` (-1 = to the end), as in tf.slice. */
export function slice(x: Tensor, begin: number | readonly number[], size?: number | readonly number[]): Tensor {
  checkTensor(x, 'slice', 'x');
  const b = typeof begin === 'number' ? [begin] : [...begin];
  const s0 = size === undefined ? b.map(() => -1) : typeof size === 'number' ? [size] : [...size];
  while (b.length < x.rank) b.push(0);
  while (s0.length < x.rank) s0.push(-1);
  const s = s0.map((d, i) => (d === -1 ? x.shape[i] - b[i] : d));
  b.forEach((start, i) => {
    if (!Number.isInteger(start) || !Number.isInteger(s[i]) || start < 0 || s[i] < 0 || start + s[i] > x.shape[i]) {
      throw new RangeError(
        `slice: begin [${b.join(',')}] size [${s0.join(',')}] is out of bounds for shape ${formatShape(x.shape)}`,
      );
    }
  });
  const inStrides = stridesOf(x.shape);
  const outStrides = stridesOf(s);
  const data = allocate(x.dtype, shapeSize(s));
  const sourceIndex = (i: number): number => {
    let src = 0;
    for (let k = 0; k < s.length; k++) src += (b[k] + (Math.floor(i / outStrides[k]) % s[k])) * inStrides[k];
    return src;
  };
  for (let i = 0; i < data.length; i++) data[i] = x.data[sourceIndex(i)];
  return record(new Tensor(data, s), 'slice', [x], (g) => {
    const gx = allocate(g.dtype, x.size);
    for (let i = 0; i < g.size; i++) gx[sourceIndex(i)] = g.data[i];
    return [new Tensor(gx, x.shape)];
  });
}

/** Reverses the order of elements along each of `axes` (used to turn correlation into convolution). */
export function flip(x: Tensor, axes: readonly number[]): Tensor {
  checkTensor(x, 'flip', 'x');
  const flipped = axes.map((a) => normalizeAxis(a, x.rank, 'flip'));
  const strides = stridesOf(x.shape);
  const data = allocate(x.dtype, x.size);
  for (let i = 0; i < x.size; i++) {
    let src = 0;
    for (let k = 0; k < x.rank; k++) {
      const idx = Math.floor(i / strides[k]) % x.shape[k];
      src += (flipped.includes(k) ? x.shape[k] - 1 - idx : idx) * strides[k];
    }
    data[i] = x.data[src];
  }
  return record(new Tensor(data, x.shape), 'flip', [x], (g) => [flip(g, flipped)]);
}
