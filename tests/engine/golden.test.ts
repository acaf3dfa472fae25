// Golden tests: the engine against PyTorch float64 (tests/golden/*.json, made by
// tests/golden/make_golden.py; each file records the PyTorch version in its "origin").
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  LSTMCell, Linear, RNNCell, add, adam, avgPool2d, conv2d, createRng, crossEntropy, fromArray, matmul, maxPool2d,
  momentum, mseLoss, mul, pow, relu, sgd, sigmoid, sub, sum, tanh, type ConvPadding, type Optimizer, type Tensor,
} from '@/lib/engine';
import { expectClose } from './helpers';

function golden<T>(name: string): { origin: string; cases: T[] } {
  return JSON.parse(readFileSync(new URL(`../golden/${name}`, import.meta.url), 'utf8'));
}
const param = (data: number[], shape: number[]) => fromArray(data, shape, { requiresGrad: true });
const TOL = 1e-11;

interface ConvCase {
  name: string; xShape: number[]; wShape: number[]; stride: number | [number, number];
  padding: number | [number, number] | 'same'; dilation: number | [number, number];
  x: number[]; w: number[]; bias: number[] | null; yShape: number[]; y: number[]; g: number[];
  gradX: number[]; gradW: number[]; gradBias: number[] | null;
}

describe('golden: conv2d vs PyTorch F.conv2d', () => {
  const { origin, cases } = golden<ConvCase>('conv2d.json');
  it('records its origin', () => expect(origin).toMatch(/^PyTorch \d/));
  for (const c of cases) {
    it(`conv2d ${c.name}: output and gradients`, () => {
      const x = param(c.x, c.xShape);
      const w = param(c.w, c.wShape);
      const b = c.bias ? param(c.bias, [c.wShape[0]]) : undefined;
      const y = conv2d(x, w, { bias: b, stride: c.stride, padding: c.padding as ConvPadding, dilation: c.dilation });
      expect(y.shape).toEqual(c.yShape);
      expectClose(y.data, c.y, TOL, TOL);
      y.backward(fromArray(c.g, c.yShape));
      expectClose(x.grad!.data, c.gradX, TOL, TOL);
      expectClose(w.grad!.data, c.gradW, TOL, TOL);
      if (b) expectClose(b.grad!.data, c.gradBias!, TOL, TOL);
    });
  }
});

interface PoolCase {
  name: string; kind: 'max' | 'avg'; xShape: number[]; kernel: number | [number, number];
  stride: number | [number, number]; padding: number | [number, number]; ceilMode: boolean;
  countIncludePad: boolean; x: number[]; yShape: number[]; y: number[]; g: number[]; gradX: number[];
}

describe('golden: pooling vs PyTorch F.max_pool2d / F.avg_pool2d', () => {
  for (const c of golden<PoolCase>('pool.json').cases) {
    it(`${c.name}: output and gradient`, () => {
      const x = param(c.x, c.xShape);
      const opts = { kernel: c.kernel, stride: c.stride, padding: c.padding, ceilMode: c.ceilMode };
      const y = c.kind === 'max' ? maxPool2d(x, opts) : avgPool2d(x, { ...opts, countIncludePad: c.countIncludePad });
      expect(y.shape).toEqual(c.yShape);
      expectClose(y.data, c.y, TOL, TOL);
      y.backward(fromArray(c.g, c.yShape));
      expectClose(x.grad!.data, c.gradX, TOL, TOL);
    });
  }
});

interface MlpCase {
  name: string; activation: 'sigmoid' | 'tanh' | 'relu'; sizes: number[]; x: number[]; labels?: number[];
  target?: number[]; weights: number[][]; biases: number[][]; logits: number[]; loss: number;
  gradWeights: number[][]; gradBiases: number[][];
}

describe('golden: MLP gradients vs PyTorch', () => {
  const activations = { sigmoid, tanh, relu };
  for (const c of golden<MlpCase>('mlp.json').cases) {
    it(`${c.name}: loss and every weight/bias gradient`, () => {
      const layers = c.sizes.slice(1).map((out, i) => {
        const layer = new Linear(c.sizes[i], out, { rng: createRng(0) });
        layer.weight.data.set(c.weights[i]);
        layer.bias!.data.set(c.biases[i]);
        return layer;
      });
      const batch = c.x.length / c.sizes[0];
      let h: Tensor = fromArray(c.x, [batch, c.sizes[0]]);
      layers.forEach((layer, i) => {
        h = layer.forward(h);
        if (i < layers.length - 1) h = activations[c.activation](h);
      });
      expectClose(h.data, c.logits, TOL, TOL);
      const loss = c.labels
        ? crossEntropy(h, c.labels)
        : mseLoss(h, fromArray(c.target!, h.shape), 'half-sum');
      expect(loss.item()).toBeCloseTo(c.loss, 11);
      loss.backward();
      layers.forEach((layer, i) => {
        expectClose(layer.weight.grad!.data, c.gradWeights[i], TOL, TOL);
        expectClose(layer.bias!.grad!.data, c.gradBiases[i], TOL, TOL);
      });
    });
  }
});

interface RnnCase {
  name: string; batch: number; inputSize: number; hiddenSize: number; steps: number; x: number[];
  targets: number[]; h0: number[]; weightIh: number[]; weightHh: number[]; bias: number[];
  readoutWeight: number[]; readoutBias: number[]; hs: number[][]; loss: number; gradWeightIh: number[];
  gradWeightHh: number[]; gradBias: number[]; gradX: number[]; gradH0: number[];
}

describe('golden: RNNCell unrolled 6 steps vs PyTorch (backprop through time)', () => {
  for (const c of golden<RnnCase>('rnn.json').cases) {
    it(`${c.name}: hidden states, loss and gradients`, () => {
      const { batch: B, inputSize: I, hiddenSize: H, steps: T } = c;
      const cell = new RNNCell(I, H, { rng: createRng(0) });
      cell.weightIh.data.set(c.weightIh);
      cell.weightHh.data.set(c.weightHh);
      cell.bias.data.set(c.bias);
      const readW = fromArray(c.readoutWeight, [H, 1]);
      const readB = fromArray(c.readoutBias, [1]);
      const xs = Array.from({ length: T }, (_, t) => param(c.x.slice(t * B * I, (t + 1) * B * I), [B, I]));
      const h0 = param(c.h0, [B, H]);
      let h = h0;
      let loss: Tensor | null = null;
      for (let t = 0; t < T; t++) {
        h = cell.forward(xs[t], h);
        expectClose(h.data, c.hs[t], TOL, TOL);
        const target = fromArray(c.targets.slice(t * B, (t + 1) * B), [B, 1]);
        const step = mseLoss(add(matmul(h, readW), readB), target);
        loss = loss ? add(loss, step) : step;
      }
      expect(loss!.item()).toBeCloseTo(c.loss, 11);
      loss!.backward();
      expectClose(cell.weightIh.grad!.data, c.gradWeightIh, TOL, TOL);
      expectClose(cell.weightHh.grad!.data, c.gradWeightHh, TOL, TOL);
      expectClose(cell.bias.grad!.data, c.gradBias, TOL, TOL);
      expectClose(xs.flatMap((x) => Array.from(x.grad!.data)), c.gradX, TOL, TOL);
      expectClose(h0.grad!.data, c.gradH0, TOL, TOL);
    });
  }
});

interface LstmCase {
  name: string; batch: number; inputSize: number; hiddenSize: number; steps: number; x: number[]; h0: number[];
  c0: number[]; gh: number[]; gc: number[]; weightIh: number[]; weightHh: number[]; bias: number[]; h: number[];
  c: number[]; gradWeightIh: number[]; gradWeightHh: number[]; gradBias: number[]; gradX: number[];
  gradH0: number[]; gradC0: number[];
}

describe('golden: LSTMCell vs PyTorch nn.LSTMCell', () => {
  for (const c of golden<LstmCase>('lstm.json').cases) {
    it(`${c.name}: h, c and gradients`, () => {
      const { batch: B, inputSize: I, hiddenSize: H } = c;
      const cell = new LSTMCell(I, H, { rng: createRng(0) });
      cell.weightIh.data.set(c.weightIh);
      cell.weightHh.data.set(c.weightHh);
      cell.bias.data.set(c.bias);
      const xs = Array.from({ length: c.steps }, (_, t) => param(c.x.slice(t * B * I, (t + 1) * B * I), [B, I]));
      const h0 = param(c.h0, [B, H]);
      const c0 = param(c.c0, [B, H]);
      let state = { h: h0, c: c0 };
      for (const x of xs) state = cell.forward(x, state);
      expectClose(state.h.data, c.h, TOL, TOL);
      expectClose(state.c.data, c.c, TOL, TOL);
      add(sum(mul(state.h, fromArray(c.gh, [B, H]))), sum(mul(state.c, fromArray(c.gc, [B, H])))).backward();
      expectClose(cell.weightIh.grad!.data, c.gradWeightIh, TOL, TOL);
      expectClose(cell.weightHh.grad!.data, c.gradWeightHh, TOL, TOL);
      expectClose(cell.bias.grad!.data, c.gradBias, TOL, TOL);
      expectClose(xs.flatMap((x) => Array.from(x.grad!.data)), c.gradX, TOL, TOL);
      expectClose(h0.grad!.data, c.gradH0, TOL, TOL);
      expectClose(c0.grad!.data, c.gradC0, TOL, TOL);
    });
  }
});

interface OptimCase {
  name: string; kind: 'sgd' | 'momentum' | 'adam'; options: Record<string, number> & { nesterov?: boolean };
  p0: number[]; t: number[]; s: number[]; trajectory: number[][];
}

describe('golden: optimizers vs torch.optim (5 steps on Σ s(p − t)² + 0.1 Σ p⁴)', () => {
  for (const c of golden<OptimCase>('optim.json').cases) {
    it(`${c.name}: parameter trajectory`, () => {
      const p = param(c.p0, [c.p0.length]);
      const t = fromArray(c.t, [c.t.length]);
      const s = fromArray(c.s, [c.s.length]);
      const o = c.options;
      const opt: Optimizer =
        c.kind === 'sgd' ? sgd([p], { lr: o.lr, weightDecay: o.weightDecay })
        : c.kind === 'momentum' ? momentum([p], { lr: o.lr, momentum: o.momentum, weightDecay: o.weightDecay, nesterov: o.nesterov })
        : adam([p], { lr: o.lr, beta1: o.beta1, beta2: o.beta2, eps: o.eps, weightDecay: o.weightDecay });
      for (const expected of c.trajectory) {
        opt.zeroGrad();
        add(sum(mul(s, pow(sub(p, t), 2))), mul(sum(pow(p, 4)), 0.1)).backward();
        opt.step();
        expectClose(p.data, expected, 1e-12, 1e-12);
      }
    });
  }
});
