// Tolerance tests against TensorFlow.js's CPU backend (an independent float32 implementation) on
// random shapes from a fixed seed. tfjs is NHWC with filters [kh, kw, in, out]; we transpose.
import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  avgPool2d, conv2d, createRng, fromArray, matmul, maxPool2d, randn, transpose, type Rng, type Tensor,
} from '@/lib/engine';
import { expectClose } from './helpers';

beforeAll(async () => {
  tf.enableProdMode();
  await tf.setBackend('cpu');
});

/** Random values rounded to float32, so both engines start from identical inputs. */
function rand32(shape: number[], rng: Rng): Tensor {
  const t = randn(shape, rng);
  for (let i = 0; i < t.size; i++) t.data[i] = Math.fround(t.data[i]);
  return t;
}
const toNhwc = (x: Tensor) => tf.tensor4d(Array.from(transpose(x, [0, 2, 3, 1]).data), [x.shape[0], x.shape[2], x.shape[3], x.shape[1]]);
const fromNhwc = async (y: tf.Tensor4D) => {
  const [n, h, w, c] = y.shape;
  return transpose(fromArray(await y.data(), [n, h, w, c]), [0, 3, 1, 2]);
};
const ATOL = 2e-4;
const RTOL = 2e-4;

describe('tfjs-cpu tolerance: conv2d on random shapes', () => {
  const rng = createRng(31337);
  for (let trial = 0; trial < 12; trial++) {
    const n = 1 + rng.int(2);
    const c = 1 + rng.int(4);
    const o = 1 + rng.int(5);
    const kh = 1 + rng.int(4);
    const kw = 1 + rng.int(4);
    const dilation = trial % 4 === 3 ? 2 : 1;
    const stride = dilation === 1 ? 1 + rng.int(3) : 1; // tfjs allows dilation > 1 only with stride 1
    const pad = [rng.int(3), rng.int(3), rng.int(3), rng.int(3)]; // top, bottom, left, right
    const h = dilation * (kh - 1) + 1 + rng.int(8);
    const w = dilation * (kw - 1) + 1 + rng.int(8);
    const usePadString = trial % 3 === 0;
    const padding = usePadString ? 'same' : pad[0];
    const name = `conv2d x=[${n},${c},${h},${w}] k=[${o},${c},${kh},${kw}] s=${stride} d=${dilation} p=${padding}`;
    // tfjs has no conv2d gradient for dilation > 1, so those cases compare the output only.
    it(`${name}: output${dilation === 1 ? ' and gradients' : ''}`, () => {
      const x = rand32([n, c, h, w], rng);
      const k = rand32([o, c, kh, kw], rng);
      x.requiresGrad = true;
      k.requiresGrad = true;
      const ours = conv2d(x, k, { stride, dilation, padding });
      const tfFilter = tf.tensor4d(Array.from(transpose(k, [2, 3, 1, 0]).data), [kh, kw, c, o]);
      const tfPad = usePadString ? 'same' : ([[0, 0], [pad[0], pad[0]], [pad[0], pad[0]], [0, 0]] as [[number, number], [number, number], [number, number], [number, number]]);
      const f = (xx: tf.Tensor4D, ff: tf.Tensor4D) => tf.conv2d(xx, ff, stride, tfPad, 'NHWC', dilation);
      const g = rand32(ours.shape as number[], rng);
      const tfG = toNhwc(g);
      return (async () => {
        const theirs = await fromNhwc(f(toNhwc(x), tfFilter));
        expect(ours.shape).toEqual(theirs.shape);
        expectClose(ours.data, theirs.data, ATOL, RTOL);
        if (dilation !== 1) return;
        const lossOf = (xx: tf.Tensor, ff: tf.Tensor) => tf.sum(tf.mul(f(xx as tf.Tensor4D, ff as tf.Tensor4D), tfG));
        const [gx, gk] = tf.grads(lossOf)([toNhwc(x), tfFilter]);
        ours.backward(g);
        expectClose(x.grad!.data, (await fromNhwc(gx as tf.Tensor4D)).data, ATOL, RTOL);
        const gkData = transpose(fromArray(await gk.data(), [kh, kw, c, o]), [3, 2, 0, 1]).data;
        expectClose(k.grad!.data, gkData, ATOL, RTOL);
      })();
    });
  }
});

describe('tfjs-cpu tolerance: pooling on random shapes (valid padding)', () => {
  const rng = createRng(4242);
  for (let trial = 0; trial < 10; trial++) {
    const kind = trial % 2 === 0 ? 'max' : 'avg';
    const k = 1 + rng.int(3);
    const s = 1 + rng.int(3);
    const shape = [1 + rng.int(2), 1 + rng.int(3), k + rng.int(7), k + rng.int(7)];
    it(`${kind}Pool2d x=[${shape}] k=${k} s=${s}`, async () => {
      const x = rand32(shape, rng);
      const ours = kind === 'max' ? maxPool2d(x, { kernel: k, stride: s }) : avgPool2d(x, { kernel: k, stride: s });
      const y = kind === 'max' ? tf.maxPool(toNhwc(x), k, s, 'valid') : tf.avgPool(toNhwc(x), k, s, 'valid');
      const theirs = await fromNhwc(y as tf.Tensor4D);
      expect(ours.shape).toEqual(theirs.shape);
      expectClose(ours.data, theirs.data, ATOL, RTOL);
    });
  }
});

describe('tfjs-cpu tolerance: matmul on random shapes', () => {
  const rng = createRng(99);
  for (let trial = 0; trial < 8; trial++) {
    const m = 1 + rng.int(40);
    const k = 1 + rng.int(40);
    const n = 1 + rng.int(40);
    it(`matmul [${m},${k}] × [${k},${n}]`, async () => {
      const a = rand32([m, k], rng);
      const b = rand32([k, n], rng);
      const theirs = await tf.matMul(tf.tensor2d(Array.from(a.data), [m, k]), tf.tensor2d(Array.from(b.data), [k, n])).data();
      expectClose(matmul(a, b).data, theirs, ATOL, RTOL);
    });
  }
});
