// Finite-difference gradient checks for every differentiable core op (fixed seeds, float64).
import { describe, it } from 'vitest';
import {
  add, binaryCrossEntropy, broadcastTo, concat, createRng, crossEntropy, div, elu, exp, flip, leakyRelu, log,
  logSoftmax, matmul, max, mean, mseLoss, mul, neg, pow, randn, relu, reshape, sigmoid, slice, softmax, sqrt,
  sub, sum, sumToShape, tanh, tensor, transpose,
} from '@/lib/engine';
import { gradCheck, randPositive, randnAwayFromZero } from './helpers';

const rng = createRng(2024);
const r = (...shape: number[]) => randn(shape, rng);

describe('gradient check: elementwise', () => {
  it('add [2,3] + [3] (broadcast)', () => gradCheck(add, [r(2, 3), r(3)]));
  it('sub [2,1] − [1,3]', () => gradCheck(sub, [r(2, 1), r(1, 3)]));
  it('mul [2,3] * [2,1]', () => gradCheck(mul, [r(2, 3), r(2, 1)]));
  it('div [3] / [2,3] (positive denominators)', () => gradCheck(div, [r(3), randPositive([2, 3], rng)]));
  it('neg [4]', () => gradCheck(neg, [r(4)]));
  it('pow [5] ^ 3', () => gradCheck((x) => pow(x, 3), [r(5)]));
  it('pow [3] ^ tensor [3] (positive base)', () => gradCheck(pow, [randPositive([3], rng), r(3)]));
  it('exp [2,2]', () => gradCheck(exp, [r(2, 2)]));
  it('log [2,2] (positive)', () => gradCheck(log, [randPositive([2, 2], rng)]));
  it('sqrt [3] (positive)', () => gradCheck(sqrt, [randPositive([3], rng)]));
  it('broadcastTo [3,1] → [2,3,4]', () => gradCheck((x) => broadcastTo(x, [2, 3, 4]), [r(3, 1)]));
  it('sumToShape [2,3,4] → [3,1]', () => gradCheck((x) => sumToShape(x, [3, 1]), [r(2, 3, 4)]));
});

describe('gradient check: reductions, matmul, shape', () => {
  it('sum all of [2,3]', () => gradCheck((x) => sum(x), [r(2, 3)]));
  it('sum [2,3,4] axis 1', () => gradCheck((x) => sum(x, 1), [r(2, 3, 4)]));
  it('sum [2,3,4] axes [0,2] keepDims', () => gradCheck((x) => sum(x, [0, 2], true), [r(2, 3, 4)]));
  it('mean [3,4] axis -1', () => gradCheck((x) => mean(x, -1), [r(3, 4)]));
  it('max [3,4] axis 0', () => gradCheck((x) => max(x, 0), [r(3, 4)]));
  it('max all of [2,5]', () => gradCheck((x) => max(x), [r(2, 5)]));
  it('matmul [3,4] × [4,2]', () => gradCheck(matmul, [r(3, 4), r(4, 2)]));
  it('matmul [2,3,4] × [4,5] (batched, broadcast b)', () => gradCheck(matmul, [r(2, 3, 4), r(4, 5)]));
  it('matmul [4] × [4,3] (vector)', () => gradCheck(matmul, [r(4), r(4, 3)]));
  it('transpose [2,3,4] axes [1,2,0]', () => gradCheck((x) => transpose(x, [1, 2, 0]), [r(2, 3, 4)]));
  it('reshape [2,6] → [3,4]', () => gradCheck((x) => reshape(x, [3, 4]), [r(2, 6)]));
  it('concat [2,3] and [2,2] along axis 1', () => gradCheck((a, b) => concat([a, b], 1), [r(2, 3), r(2, 2)]));
  it('slice [4,5] begin [1,2] size [2,2]', () => gradCheck((x) => slice(x, [1, 2], [2, 2]), [r(4, 5)]));
  it('flip [2,3,3] axes [1,2]', () => gradCheck((x) => flip(x, [1, 2]), [r(2, 3, 3)]));
});

describe('gradient check: activations', () => {
  it('sigmoid [2,4]', () => gradCheck(sigmoid, [r(2, 4)]));
  it('tanh [2,4]', () => gradCheck(tanh, [r(2, 4)]));
  it('relu [2,4] (inputs away from the kink)', () => gradCheck(relu, [randnAwayFromZero([2, 4], rng)]));
  it('leakyRelu [2,4] slope 0.2', () => gradCheck((x) => leakyRelu(x, 0.2), [randnAwayFromZero([2, 4], rng)]));
  it('elu [2,4] alpha 1.5', () => gradCheck((x) => elu(x, 1.5), [randnAwayFromZero([2, 4], rng)]));
  it('softmax [3,4] axis -1', () => gradCheck((x) => softmax(x), [r(3, 4)]));
  it('softmax [3,4] axis 0', () => gradCheck((x) => softmax(x, 0), [r(3, 4)]));
  it('logSoftmax [2,5]', () => gradCheck((x) => logSoftmax(x), [r(2, 5)]));
});

describe('gradient check: losses', () => {
  it("mseLoss [3,2] 'mean'", () => gradCheck((p, t) => mseLoss(p, t, 'mean'), [r(3, 2), r(3, 2)]));
  it("mseLoss [3,2] 'half-sum'", () => gradCheck((p, t) => mseLoss(p, t, 'half-sum'), [r(3, 2), r(3, 2)]));
  it('crossEntropy logits [4,3] with index labels', () => gradCheck((z) => crossEntropy(z, [0, 2, 1, 2]), [r(4, 3)]));
  it('crossEntropy logits [2,3] with one-hot labels', () =>
    gradCheck((z) => crossEntropy(z, tensor([[0, 1, 0], [1, 0, 0]])), [r(2, 3)]));
  it('binaryCrossEntropy [4] (probabilities in (0,1))', () => {
    const p = randPositive([4], rng, 0.1, 0.9);
    const t = randPositive([4], rng, 0, 1);
    gradCheck(binaryCrossEntropy, [p, t]);
  });
});

describe('gradCheck itself', () => {
  it('fails on an op whose backward is wrong (square with derivative x instead of 2x)', async () => {
    const { expect } = await import('vitest');
    const { unary } = await import('@/lib/engine/ops/elementwise');
    const badSquare = (x: ReturnType<typeof r>) => unary('badSquare', x, (v) => v * v, (g, tx) => mul(g, tx));
    expect(() => gradCheck(badSquare, [r(3)])).toThrow(/analytic .* vs numeric/);
  });
});
