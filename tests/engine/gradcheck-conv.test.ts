// Finite-difference gradient checks for the convolution and pooling ops (fixed seed, float64).
import { describe, it } from 'vitest';
import {
  avgPool2d, conv2d, convMatrix, convolve1d, convolve2d, createRng, maxPool2d, randn, toeplitz,
} from '@/lib/engine';
import { gradCheck } from './helpers';

const rng = createRng(77);
const r = (...shape: number[]) => randn(shape, rng);

describe('gradient check: conv2d', () => {
  it('x=[1,1,5,5] k=3 s=1 p=0', () => gradCheck((x, w) => conv2d(x, w), [r(1, 1, 5, 5), r(1, 1, 3, 3)]));
  it('x=[2,3,6,5] k=[4,3,3,2] s=2 p=1 with bias', () =>
    gradCheck((x, w, b) => conv2d(x, w, { bias: b, stride: 2, padding: 1 }), [r(2, 3, 6, 5), r(4, 3, 3, 2), r(4)]));
  it('x=[1,2,7,7] k=[2,2,3,3] d=2 s=(1,2)', () =>
    gradCheck((x, w) => conv2d(x, w, { dilation: 2, stride: [1, 2] }), [r(1, 2, 7, 7), r(2, 2, 3, 3)]));
  it("x=[1,1,5,4] k=[1,1,2,2] padding 'same' s=2 (asymmetric padding)", () =>
    gradCheck((x, w) => conv2d(x, w, { padding: 'same', stride: 2 }), [r(1, 1, 5, 4), r(1, 1, 2, 2)]));
  it("x=[4,4] k=[3,3] padding 'full' (plain 2-D)", () => gradCheck((x, w) => conv2d(x, w, { padding: 'full' }), [r(4, 4), r(3, 3)]));
  it('convolve2d x=[1,2,4,4] k=[3,2,2,2] p=1', () =>
    gradCheck((x, w) => convolve2d(x, w, { padding: 1 }), [r(1, 2, 4, 4), r(3, 2, 2, 2)]));
});

describe('gradient check: pooling', () => {
  it('maxPool2d x=[2,2,4,4] k=2', () => gradCheck((x) => maxPool2d(x, { kernel: 2 }), [r(2, 2, 4, 4)]));
  it('maxPool2d x=[1,1,5,5] k=3 s=2 p=1 ceilMode', () =>
    gradCheck((x) => maxPool2d(x, { kernel: 3, stride: 2, padding: 1, ceilMode: true }), [r(1, 1, 5, 5)]));
  it('maxPool2d x=[1,1,4,5] k=2 s=1 (overlapping windows)', () =>
    gradCheck((x) => maxPool2d(x, { kernel: 2, stride: 1 }), [r(1, 1, 4, 5)]));
  it('avgPool2d x=[2,1,5,5] k=2 ceilMode', () => gradCheck((x) => avgPool2d(x, { kernel: 2, ceilMode: true }), [r(2, 1, 5, 5)]));
  it('avgPool2d x=[1,2,4,4] k=3 s=2 p=1 countIncludePad=false', () =>
    gradCheck((x) => avgPool2d(x, { kernel: 3, stride: 2, padding: 1, countIncludePad: false }), [r(1, 2, 4, 4)]));
});

describe('gradient check: 1-D convolution and conv matrices', () => {
  it('convolve1d a=[3] b=[4]', () => gradCheck(convolve1d, [r(3), r(4)]));
  it('toeplitz kernel=[3] inputLength 4', () => gradCheck((k) => toeplitz(k, 4), [r(3)]));
  it('convMatrix kernel=[2,2] input [3,3] p=1 s=(3,2)', () =>
    gradCheck((k) => convMatrix(k, [3, 3], { padding: 1, stride: [3, 2] }), [r(2, 2)]));
});
