// Forward values of the basic ops, checked against numbers worked out by hand.
import { describe, expect, it } from 'vitest';
import {
  add, argmax, broadcastShapes, concat, div, exp, flip, log, matmul, max, mean, mul, neg, pow, reshape,
  slice, sub, sum, sumToShape, tensor, transpose, zeros,
} from '@/lib/engine';
import { expectClose } from './helpers';

describe('elementwise with broadcasting', () => {
  it('add [2,3] + [3] broadcasts the row', () => {
    expect(add(tensor([[1, 2, 3], [4, 5, 6]]), tensor([10, 20, 30])).toArray()).toEqual([[11, 22, 33], [14, 25, 36]]);
  });
  it('mul [2,1] * [1,3] gives the outer product [2,3]', () => {
    expect(mul(tensor([[1], [2]]), tensor([[3, 4, 5]])).toArray()).toEqual([[3, 4, 5], [6, 8, 10]]);
  });
  it('sub and div with a number operand', () => {
    expect(sub(tensor([5, 7]), 2).toArray()).toEqual([3, 5]);
    expect(sub(10, tensor([1, 2])).toArray()).toEqual([9, 8]);
    expect(div(tensor([1, 3]), 2).toArray()).toEqual([0.5, 1.5]);
  });
  it('neg, pow, exp, log on [3]', () => {
    expect(neg(tensor([1, -2, 0])).toArray()).toEqual([-1, 2, -0]);
    expect(pow(tensor([2, 3, 4]), 2).toArray()).toEqual([4, 9, 16]);
    expect(pow(tensor([2, 3]), tensor([3, 2])).toArray()).toEqual([8, 9]);
    expectClose(exp(tensor([0, 1])).data, [1, Math.E]);
    expectClose(log(tensor([1, Math.E])).data, [0, 1]);
  });
  it('throws when [2,3] and [4] cannot broadcast, naming op and shapes', () => {
    expect(() => add(tensor([[1, 2, 3], [4, 5, 6]]), tensor([1, 2, 3, 4]))).toThrow(
      /add: shapes \[2,3\] and \[4\] cannot be broadcast together/,
    );
    expect(broadcastShapes([5, 1, 4], [3, 1], 'x')).toEqual([5, 3, 4]);
  });
  it('float32 op float32 stays float32; float32 op float64 promotes to float64', () => {
    const a = tensor([1], { dtype: 'float32' });
    expect(add(a, a).dtype).toBe('float32');
    expect(add(a, tensor([1])).dtype).toBe('float64');
    expect(add(a, 1).dtype).toBe('float32');
  });
  it('throws TypeError when an operand is not a tensor', () => {
    expect(() => add([1, 2] as never, tensor([1]))).toThrow(/add: a must be a Tensor, got an array/);
  });
  it('pow throws on a NaN exponent', () => {
    expect(() => pow(tensor([1]), NaN)).toThrow(/pow: exponent must be a finite number, got NaN/);
  });
});

describe('reductions', () => {
  const x = tensor([[1, 5, 3], [4, 2, 6]]);
  it('sum over all, axis 0, axis 1, keepDims', () => {
    expect(sum(x).item()).toBe(21);
    expect(sum(x, 0).toArray()).toEqual([5, 7, 9]);
    expect(sum(x, 1).toArray()).toEqual([9, 12]);
    expect(sum(x, -1, true).toArray()).toEqual([[9], [12]]);
    expect(sum(x, [0, 1]).shape).toEqual([]);
  });
  it('sum of [2,3,2] over axes [0,2]', () => {
    const t = tensor([[[1, 2], [3, 4], [5, 6]], [[7, 8], [9, 10], [11, 12]]]);
    expect(sum(t, [0, 2]).toArray()).toEqual([1 + 2 + 7 + 8, 3 + 4 + 9 + 10, 5 + 6 + 11 + 12]);
  });
  it('mean and max along axes', () => {
    expect(mean(x).item()).toBe(3.5);
    expect(mean(x, 1).toArray()).toEqual([3, 4]);
    expect(max(x).item()).toBe(6);
    expect(max(x, 0).toArray()).toEqual([4, 5, 6]);
    expect(max(x, 1, true).toArray()).toEqual([[5], [6]]);
    expect(argmax(x).toArray()).toEqual([1, 2]);
  });
  it('max propagates NaN', () => {
    expect(max(tensor([1, NaN, 3])).item()).toBeNaN();
  });
  it('axis out of range throws RangeError naming the op', () => {
    expect(() => sum(x, 2)).toThrow(/sum: axis 2 is out of range for rank 2/);
  });
  it('max and mean of an empty [0] tensor throw; sum of it is 0', () => {
    expect(() => max(zeros([0]))).toThrow(/max: x of shape \[0\] is empty/);
    expect(() => mean(zeros([2, 0]))).toThrow(/mean: x of shape \[2,0\] is empty/);
    expect(sum(zeros([0])).item()).toBe(0);
  });
  it('sumToShape([2,3] → [1,3]) sums the rows', () => {
    expect(sumToShape(tensor([[1, 2, 3], [4, 5, 6]]), [1, 3]).toArray()).toEqual([[5, 7, 9]]);
    expect(sumToShape(tensor([[1, 2, 3], [4, 5, 6]]), [3]).toArray()).toEqual([5, 7, 9]);
    expect(sumToShape(tensor([[1, 2, 3], [4, 5, 6]]), [2, 1]).toArray()).toEqual([[6], [15]]);
  });
});

describe('matmul', () => {
  it('[2,3] × [3,2]', () => {
    const a = tensor([[1, 2, 3], [4, 5, 6]]);
    const b = tensor([[7, 8], [9, 10], [11, 12]]);
    expect(matmul(a, b).toArray()).toEqual([[58, 64], [139, 154]]);
  });
  it('[3] × [3,2] is a row vector times a matrix, giving [2]', () => {
    expect(matmul(tensor([1, 0, -1]), tensor([[1, 2], [3, 4], [5, 6]])).toArray()).toEqual([-4, -4]);
  });
  it('[2,2] × [2] gives [2]; [2] × [2] gives a scalar', () => {
    expect(matmul(tensor([[1, 2], [3, 4]]), tensor([1, 1])).toArray()).toEqual([3, 7]);
    expect(matmul(tensor([1, 2]), tensor([3, 4])).toArray()).toBe(11);
  });
  it('batched [2,1,2] × [2,2] broadcasts the matrix over the batch', () => {
    const a = tensor([[[1, 2]], [[3, 4]]]);
    expect(matmul(a, tensor([[1, 0], [0, 2]])).toArray()).toEqual([[[1, 4]], [[3, 8]]]);
  });
  it('throws when inner dimensions differ, naming both shapes', () => {
    expect(() => matmul(zeros([2, 3]), zeros([4, 5]))).toThrow(/matmul: inner dimensions of \[2,3\] and \[4,5\] must match \(3 ≠ 4\)/);
  });
  it('throws on an empty [0,3] operand', () => {
    expect(() => matmul(zeros([0, 3]), zeros([3, 2]))).toThrow(/matmul: a of shape \[0,3\] is empty/);
  });
});

describe('shape ops', () => {
  it('reshape [2,3] → [3,-1] infers 2', () => {
    expect(reshape(tensor([[1, 2, 3], [4, 5, 6]]), [3, -1]).toArray()).toEqual([[1, 2], [3, 4], [5, 6]]);
    expect(() => reshape(zeros([2, 3]), [4, 2])).toThrow(/reshape: cannot reshape \[2,3\] \(6 values\) into \[4,2\]/);
  });
  it('transpose [2,3] and a [2,3,4] permutation', () => {
    expect(transpose(tensor([[1, 2, 3], [4, 5, 6]])).toArray()).toEqual([[1, 4], [2, 5], [3, 6]]);
    const t = reshape(tensor(Array.from({ length: 24 }, (_, i) => i)), [2, 3, 4]);
    const p = transpose(t, [2, 0, 1]);
    expect(p.shape).toEqual([4, 2, 3]);
    // p[k, i, j] = t[i, j, k] = 12i + 4j + k
    expect((p.toArray() as number[][][])[3][1][2]).toBe(12 + 8 + 3);
  });
  it('concat along axis 0 and 1', () => {
    const a = tensor([[1, 2]]);
    const b = tensor([[3, 4], [5, 6]]);
    expect(concat([a, b], 0).toArray()).toEqual([[1, 2], [3, 4], [5, 6]]);
    expect(concat([tensor([[1], [2]]), tensor([[3, 4], [5, 6]])], 1).toArray()).toEqual([[1, 3, 4], [2, 5, 6]]);
    expect(() => concat([a, tensor([[1, 2, 3]])], 0)).toThrow(/concat: shapes \[1,2\], \[1,3\] differ outside axis 0/);
  });
  it('slice [3,3] begin [1,0] size [2,-1]', () => {
    const t = tensor([[1, 2, 3], [4, 5, 6], [7, 8, 9]]);
    expect(slice(t, [1, 0], [2, -1]).toArray()).toEqual([[4, 5, 6], [7, 8, 9]]);
    expect(slice(t, [0, 1], [3, 1]).toArray()).toEqual([[2], [5], [8]]);
    expect(() => slice(t, [2, 0], [2, 1])).toThrow(/slice: begin \[2,0\] size \[2,1\] is out of bounds for shape \[3,3\]/);
  });
  it('flip [2,2] along both axes', () => {
    expect(flip(tensor([[0, 1], [2, 3]]), [0, 1]).toArray()).toEqual([[3, 2], [1, 0]]);
  });
});
