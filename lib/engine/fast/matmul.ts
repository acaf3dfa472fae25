// matmulFast: the same product as ops/matmul.ts for 2-D tensors, through the blocked kernel.
// Forward only (no graph): for inference, benchmarks and the fused training paths.
import { Tensor, allocate, formatShape } from '../tensor';
import { checkNotEmpty, checkRank, checkTensor } from '../validate';
import { gemmTransB, transposeInto } from './gemm';

export function matmulFast(a: Tensor, b: Tensor): Tensor {
  checkTensor(a, 'matmulFast', 'a');
  checkTensor(b, 'matmulFast', 'b');
  checkRank(a, 2, 'matmulFast', 'a');
  checkRank(b, 2, 'matmulFast', 'b');
  checkNotEmpty(a, 'matmulFast', 'a');
  checkNotEmpty(b, 'matmulFast', 'b');
  const [m, k] = a.shape;
  const [k2, n] = b.shape;
  if (k !== k2) {
    throw new RangeError(`matmulFast: inner dimensions of ${formatShape(a.shape)} and ${formatShape(b.shape)} must match (${k} ≠ ${k2})`);
  }
  const dtype = a.dtype === 'float32' && b.dtype === 'float32' ? 'float32' : 'float64';
  const bt = allocate(dtype, k * n);
  transposeInto(b.data, k, n, bt);
  const aData = a.dtype === dtype ? a.data : Float64Array.from(a.data);
  const c = allocate(dtype, m * n);
  gemmTransB(aData, bt, c, m, n, k);
  return new Tensor(c, [m, n]);
}
