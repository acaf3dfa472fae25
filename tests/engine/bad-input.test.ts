// Bad input gets a clear error: each case names the op and the shapes or values involved.
// (Conv/pool cases live in conv.test.ts, loss cases in autograd.test.ts, optimizer cases in nn.test.ts.)
import { describe, expect, it } from 'vitest';
import {
  Conv2d, LSTMCell, Linear, add, argmax, avgPool2d, concat, conv2d, createRng, fast, fromArray, matmul, max, maxPool2d,
  mean, reshape, slice, softmax, sum, tensor, transpose, zeros, binaryCrossEntropy, mseLoss, heNormal, normal,
  Flatten, full,
} from '@/lib/engine';

const rng = createRng(1);
type Case = [name: string, run: () => unknown, error: typeof RangeError | typeof TypeError, message: string | RegExp];

const cases: Case[] = [
  // wrong shapes
  ['add [2,3] + [2]', () => add(zeros([2, 3]), zeros([2])), RangeError, 'add: shapes [2,3] and [2] cannot be broadcast together'],
  ['matmul [2,3,4] × [5,6]', () => matmul(zeros([2, 3, 4]), zeros([5, 6])), RangeError, /matmul: inner dimensions of \[2,3,4\] and \[5,6\]/],
  ['matmul of a scalar', () => matmul(tensor(2), zeros([2, 2])), RangeError, 'matmul: operands must have rank ≥ 1, got [] and [2,2]'],
  ['transpose [2,3] axes [0,0]', () => transpose(zeros([2, 3]), [0, 0]), RangeError, /transpose: axes \[0,0\] are not a permutation for shape \[2,3\]/],
  ['reshape [6] → [-1,-1]', () => reshape(zeros([6]), [-1, -1]), RangeError, 'reshape: cannot reshape [6] into [-1,-1]'],
  ['reshape [6] → [4,-1]', () => reshape(zeros([6]), [4, -1]), RangeError, 'reshape: cannot reshape [6] into [4,-1]'],
  ['concat of nothing', () => concat([]), RangeError, 'concat: needs at least one tensor'],
  ['concat rank 1 and rank 2', () => concat([zeros([2]), zeros([2, 1])]), RangeError, /concat: shapes \[2\], \[2,1\] differ/],
  ['slice with a fractional begin', () => slice(zeros([4]), [1.5], [1]), RangeError, /slice: begin \[1.5\] size \[1\] is out of bounds for shape \[4\]/],
  ['softmax axis 2 of [2,2]', () => softmax(zeros([2, 2]), 2), RangeError, 'softmax: axis 2 is out of range for rank 2'],
  ['sum with a repeated axis', () => sum(zeros([2, 2]), [0, 0]), RangeError, 'sum: repeated axis in [0,0]'],
  ['Linear(4,2) on [3,3]', () => new Linear(4, 2, { rng }).forward(zeros([3, 3])), RangeError, 'Linear: input shape [3,3] must end in 4 features'],
  ['Conv2d(3,…) on a 1-channel image', () => new Conv2d(3, 2, 3, { rng }).forward(zeros([1, 1, 5, 5])), RangeError, /conv2d: input depth 1 must match filter depth 3/],
  ['Flatten on a [4] vector', () => new Flatten().forward(zeros([4])), RangeError, 'Flatten: input must have a batch axis, got shape [4]'],
  ['LSTMCell c of the wrong size', () => new LSTMCell(2, 3, { rng }).forward(zeros([1, 2]), { h: zeros([1, 3]), c: zeros([1, 2]) }), RangeError, 'LSTMCell: c must be [1, 3], got shape [1,2]'],
  ['fromArray with 3 values for [2,2]', () => fromArray([1, 2, 3], [2, 2]), RangeError, 'fromArray: shape [2,2] needs 4 values, got 3'],
  ['binaryCrossEntropy [2] vs [3]', () => binaryCrossEntropy(zeros([2]), zeros([3])), RangeError, 'binaryCrossEntropy: prob shape [2] must match target shape [3]'],
  ['conv2dFast channel mismatch', () => fast.conv2dFast(zeros([1, 2, 4, 4]), zeros([1, 3, 2, 2])), RangeError, /conv2dFast: input depth 2 must match filter depth 3/],
  // wrong types
  ['conv2d of a plain array', () => conv2d([[1]] as never, zeros([1, 1])), TypeError, 'conv2d: input must be a Tensor, got an array'],
  ['maxPool2d without a kernel', () => maxPool2d(zeros([2, 2]), {} as never), TypeError, 'maxPool2d: options.kernel is required'],
  ['maxPool2d with a kernel triple', () => maxPool2d(zeros([4, 4]), { kernel: [2, 2, 2] as never }), TypeError, 'maxPool2d: kernel must be a number or a [rows, cols] pair'],
  ['mseLoss with an unknown reduction', () => mseLoss(zeros([1]), zeros([1]), 'sum' as never), TypeError, "mseLoss: reduction must be 'mean' or 'half-sum', got sum"],
  // NaN and out-of-range parameters
  ['maxPool2d stride NaN', () => maxPool2d(zeros([4, 4]), { kernel: 2, stride: NaN }), RangeError, /maxPool2d \(rows; input \[4,4\], kernel \[2,2\]\): stride must be an integer ≥ 1, got NaN/],
  ['avgPool2d padding NaN', () => avgPool2d(zeros([4, 4]), { kernel: 2, padding: NaN }), RangeError, /avgPool2d.*padding must be an integer ≥ 0, got NaN/],
  ['conv2d dilation 0', () => conv2d(zeros([1, 1, 4, 4]), zeros([1, 1, 2, 2]), { dilation: 0 }), RangeError, /conv2d.*dilation must be an integer ≥ 1, got 0/],
  ['full with NaN shape', () => full([NaN], 1), RangeError, 'full: shape [NaN] must contain non-negative integers'],
  ['normal init with std NaN', () => normal([2], rng, { std: NaN }), RangeError, 'normal: std must be a finite number, got NaN'],
  ['heNormal with a negative dimension', () => heNormal([-2, 2], rng), RangeError, 'heNormal: shape [-2,2] must contain non-negative integers'],
  ['createRng().int(0)', () => createRng(1).int(0), RangeError, 'rng.int: n must be an integer ≥ 1, got 0'],
  // empty tensors and zero-size outputs
  ['max of [3,0] over axis 1', () => max(zeros([3, 0]), 1), RangeError, 'max: x of shape [3,0] is empty'],
  ['mean of [0,2]', () => mean(zeros([0, 2])), RangeError, 'mean: x of shape [0,2] is empty'],
  ['argmax of [0]', () => argmax(zeros([0])), RangeError, 'argmax: x of shape [0] is empty'],
  ['mseLoss of [0]', () => mseLoss(zeros([0]), zeros([0])), RangeError, 'mseLoss: pred of shape [0] is empty'],
  ['matmul [2,0] × [0,3]', () => matmul(zeros([2, 0]), zeros([0, 3])), RangeError, 'matmul: a of shape [2,0] is empty'],
  ['conv2d with an empty filter [1,1,0,3]', () => conv2d(zeros([1, 1, 4, 4]), zeros([1, 1, 0, 3])), RangeError, 'conv2d: filter of shape [1,1,0,3] is empty'],
  ['conv2d x=[1,1,4,4] k=3 s=1 d=2: zero-size output', () => conv2d(zeros([1, 1, 4, 4]), zeros([1, 1, 3, 3]), { dilation: 2 }), RangeError,
    'conv2d (rows; input [1,1,4,4], filter [1,1,3,3]): dilated kernel 5 (kernel 3, dilation 2) is larger than the padded input 4 + 2·0'],
  ['avgPool2d k=[1,5] on [1,1,4,4]: zero-size output along columns', () => avgPool2d(zeros([1, 1, 4, 4]), { kernel: [1, 5] }), RangeError,
    'avgPool2d (cols; input [1,1,4,4], kernel [1,5]): kernel 5 is larger than the padded input 4 + 2·0'],
];

describe('bad input throws RangeError/TypeError naming the op and shapes', () => {
  for (const [name, run, error, message] of cases) {
    it(`${name} → ${error.name}`, () => {
      expect(run).toThrow(error);
      expect(run).toThrow(message);
    });
  }
});
