// Matrix product. C = AB with C_ij = Σ_k A_ik B_kj. Backward, for L depending on C:
//   ∂L/∂A = (∂L/∂C) Bᵀ,   ∂L/∂B = Aᵀ (∂L/∂C).
// Leading "batch" axes broadcast as in NumPy; 1-D operands are treated as a row (a) or a column (b)
// vector and that axis is dropped from the result. This is the plain reference loop; see
// fast/matmul.ts for the register-blocked version used for training speed.
import { record } from '../autograd';
import { Tensor, allocate, formatShape, shapeSize } from '../tensor';
import { checkNotEmpty, checkTensor } from '../validate';
import { broadcastShapes, broadcastTo } from './broadcast';
import { reshape, transpose } from './shape';

function swapLastTwo(x: Tensor): Tensor {
  const axes = x.shape.map((_, i) => i);
  [axes[x.rank - 2], axes[x.rank - 1]] = [axes[x.rank - 1], axes[x.rank - 2]];
  return transpose(x, axes);
}

/** [...batch, m, k] × [...batch, k, n] → [...batch, m, n], equal batch shapes. */
function batchedMatmul(a: Tensor, b: Tensor): Tensor {
  const [m, k] = a.shape.slice(-2);
  const n = b.shape[b.rank - 1];
  const batch = a.shape.slice(0, -2);
  const count = shapeSize(batch);
  const dtype = a.dtype === 'float32' && b.dtype === 'float32' ? 'float32' : 'float64';
  const c = allocate(dtype, count * m * n);
  for (let t = 0; t < count; t++) {
    const aOff = t * m * k;
    const bOff = t * k * n;
    const cOff = t * m * n;
    for (let i = 0; i < m; i++) {
      for (let j = 0; j < n; j++) {
        let s = 0;
        for (let p = 0; p < k; p++) s += a.data[aOff + i * k + p] * b.data[bOff + p * n + j];
        c[cOff + i * n + j] = s;
      }
    }
  }
  return record(new Tensor(c, [...batch, m, n]), 'matmul', [a, b], (g) => [
    batchedMatmul(g, swapLastTwo(b)),
    batchedMatmul(swapLastTwo(a), g),
  ]);
}

export function matmul(a: Tensor, b: Tensor): Tensor {
  checkTensor(a, 'matmul', 'a');
  checkTensor(b, 'matmul', 'b');
  if (a.rank === 0 || b.rank === 0) {
    throw new RangeError(`matmul: operands must have rank ≥ 1, got ${formatShape(a.shape)} and ${formatShape(b.shape)}`);
  }
  checkNotEmpty(a, 'matmul', 'a');
  checkNotEmpty(b, 'matmul', 'b');
  const a2 = a.rank === 1 ? reshape(a, [1, a.shape[0]]) : a;
  const b2 = b.rank === 1 ? reshape(b, [b.shape[0], 1]) : b;
  const k = a2.shape[a2.rank - 1];
  if (b2.shape[b2.rank - 2] !== k) {
    throw new RangeError(
      `matmul: inner dimensions of ${formatShape(a.shape)} and ${formatShape(b.shape)} must match (${k} ≠ ${b2.shape[b2.rank - 2]})`,
    );
  }
  const batch = broadcastShapes(a2.shape.slice(0, -2), b2.shape.slice(0, -2), 'matmul');
  const A = broadcastTo(a2, [...batch, ...a2.shape.slice(-2)]);
  const B = broadcastTo(b2, [...batch, ...b2.shape.slice(-2)]);
  let c = batchedMatmul(A, B);
  if (a.rank === 1 || b.rank === 1) {
    const shape = [...batch];
    if (a.rank !== 1) shape.push(a2.shape[a2.rank - 2]);
    if (b.rank !== 1) shape.push(b2.shape[b2.rank - 1]);
    c = reshape(c, shape);
  }
  return c;
}
