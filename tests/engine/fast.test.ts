// The fast paths give the same numbers as the simple reference paths.
import { describe, expect, it } from 'vitest';
import {
  Linear, RNNCell, Sequential, concat, conv2d, createRng, crossEntropy, fast, fromArray, matmul, momentum, mseLoss,
  randn, sigmoid, tanh, relu, type Tensor,
} from '@/lib/engine';
import { expectClose } from './helpers';

const rng = createRng(555);

describe('matmulFast (4×4 register-blocked GEMM on transposed B) = matmul', () => {
  for (const [m, k, n] of [[1, 1, 1], [4, 4, 4], [7, 5, 9], [32, 64, 50], [13, 17, 3], [64, 33, 65]]) {
    it(`[${m},${k}] × [${k},${n}] float64 and float32, bit for bit`, () => {
      const a = randn([m, k], rng);
      const b = randn([k, n], rng);
      expect(Array.from(fast.matmulFast(a, b).data)).toEqual(Array.from(matmul(a, b).data));
      const a32 = fromArray(a.data, a.shape, { dtype: 'float32' });
      const b32 = fromArray(b.data, b.shape, { dtype: 'float32' });
      const c32 = fast.matmulFast(a32, b32);
      expect(c32.dtype).toBe('float32');
      expect(Array.from(c32.data)).toEqual(Array.from(matmul(a32, b32).data));
    });
  }
  it('gemmTransB with accumulate adds into C', () => {
    const c = new Float64Array([1, 1, 1, 1]);
    fast.gemmTransB(new Float64Array([1, 2, 3, 4]), new Float64Array([1, 0, 0, 1]), c, 2, 2, 2, true);
    expect(Array.from(c)).toEqual([2, 3, 4, 5]);
  });
  it('rejects mismatched inner dimensions', () => {
    expect(() => fast.matmulFast(randn([2, 3], rng), randn([4, 2], rng))).toThrow('matmulFast: inner dimensions of [2,3] and [4,2] must match (3 ≠ 4)');
  });
});

describe('conv2dFast (im2col + GEMM) = conv2d', () => {
  const settings = [
    { x: [1, 1, 28, 28], w: [8, 1, 3, 3], opts: { padding: 'same' as const } },
    { x: [1, 3, 32, 32], w: [16, 3, 5, 5], opts: {} },
    { x: [2, 3, 9, 7], w: [5, 3, 3, 2], opts: { stride: 2, padding: 1 } },
    { x: [1, 2, 10, 10], w: [3, 2, 3, 3], opts: { dilation: 2, padding: [1, 2] as [number, number] } },
  ];
  for (const s of settings) {
    it(`x=[${s.x}] k=[${s.w}] ${JSON.stringify(s.opts)} with bias, float64 and float32`, () => {
      const x = randn(s.x, rng);
      const w = randn(s.w, rng);
      const bias = randn([s.w[0]], rng);
      const ref = conv2d(x, w, { ...s.opts, bias });
      const ours = fast.conv2dFast(x, w, { ...s.opts, bias });
      expect(ours.shape).toEqual(ref.shape);
      expectClose(ours.data, ref.data, 1e-12, 1e-12);
      const to32 = (t: Tensor) => fromArray(t.data, t.shape, { dtype: 'float32' });
      const ours32 = fast.conv2dFast(to32(x), to32(w), { ...s.opts, bias: to32(bias) });
      expect(ours32.dtype).toBe('float32');
      expectClose(ours32.data, conv2d(to32(x), to32(w), { ...s.opts, bias: to32(bias) }).data, 1e-5, 1e-5);
    });
  }
});

describe('FusedMlp = Sequential(Linear, act, …) + crossEntropy + momentum', () => {
  const acts = { sigmoid, tanh, relu } as const;
  for (const activation of ['sigmoid', 'tanh', 'relu'] as const) {
    it(`64-50-10 ${activation}, batch 32, float64: loss, gradients and 3 momentum steps match`, () => {
      const r = createRng(8);
      const l1 = new Linear(64, 50, { rng: r });
      const l2 = new Linear(50, 10, { rng: r });
      const model = new Sequential(l1, acts[activation], l2);
      const fused = new fast.FusedMlp({ sizes: [64, 50, 10], activation, maxBatch: 32, dtype: 'float64' });
      [l1, l2].forEach((l, i) => {
        fused.weights[i].set(l.weight.data);
        fused.biases[i].set(l.bias!.data);
      });
      const opt = momentum(model.parameters(), { lr: 0.2, momentum: 0.9, weightDecay: 1e-3 });
      for (let step = 0; step < 3; step++) {
        const x = randn([32, 64], r);
        const labels = Array.from({ length: 32 }, () => r.int(10));
        opt.zeroGrad();
        const loss = crossEntropy(model.forward(x), labels);
        loss.backward();
        const fusedLoss = fused.lossAndGradients(x.data, labels, 32);
        expect(fusedLoss).toBeCloseTo(loss.item(), 12);
        expectClose(fused.gradWeights[0], l1.weight.grad!.data, 1e-13, 1e-10);
        expectClose(fused.gradBiases[1], l2.bias!.grad!.data, 1e-13, 1e-10);
        opt.step();
        fused.step(0.2, 0.9, 1e-3);
        expectClose(fused.weights[0], l1.weight.data, 1e-12, 1e-10);
        expectClose(fused.weights[1], l2.weight.data, 1e-12, 1e-10);
      }
    });
  }
  it('float32 FusedMlp tracks the float64 one to float32 precision over 20 steps', () => {
    const make = (dtype: 'float32' | 'float64') => new fast.FusedMlp({ sizes: [8, 6, 3], maxBatch: 5, dtype, rng: createRng(4) });
    const a = make('float64');
    const b = make('float32');
    const r = createRng(9);
    for (let step = 0; step < 20; step++) {
      const x = Array.from({ length: 40 }, () => r.normal());
      const y = Array.from({ length: 5 }, () => r.int(3));
      a.trainStep(x, y, 5, 0.1);
      b.trainStep(x, y, 5, 0.1);
    }
    expectClose(b.weights[0], a.weights[0], 1e-5, 1e-4);
  });
  it('rejects a batch larger than maxBatch', () => {
    const m = new fast.FusedMlp({ sizes: [2, 2], maxBatch: 1 });
    expect(() => m.forward([1, 2, 3, 4], 2)).toThrow('FusedMlp: batch 2 is outside 1..1');
  });
});

describe('FusedRnn = RNNCell + Linear readout unrolled, mse over all steps', () => {
  it('in=1 hidden=8 out=1, 12 steps, batch 3, float64: loss and every gradient match autograd', () => {
    const r = createRng(21);
    const [I, H, O, T, B] = [1, 8, 1, 12, 3];
    const cell = new RNNCell(I, H, { rng: r });
    const head = new Linear(H, O, { rng: r });
    for (let j = 0; j < H; j++) cell.bias.data[j] = 0.1 * r.normal();
    head.bias!.data[0] = 0.3;
    const fused = new fast.FusedRnn({ inputSize: I, hiddenSize: H, outputSize: O, maxSteps: T, maxBatch: B, dtype: 'float64' });
    fused.weightIh.set(cell.weightIh.data);
    fused.weightHh.set(cell.weightHh.data);
    fused.bias.set(cell.bias.data);
    fused.weightOut.set(head.weight.data);
    fused.biasOut.set(head.bias!.data);
    const x = randn([T, B, I], r);
    const target = randn([T, B, O], r);
    let h: Tensor | undefined;
    const ys: Tensor[] = [];
    for (let t = 0; t < T; t++) {
      h = cell.forward(fromArray(x.data.subarray(t * B * I, (t + 1) * B * I), [B, I]), h);
      ys.push(head.forward(h));
    }
    const loss = mseLoss(concat(ys), fromArray(target.data, [T * B, O]));
    loss.backward();
    expect(fused.lossAndGradients(x.data, target.data, T, B)).toBeCloseTo(loss.item(), 13);
    expectClose(fused.grads.weightIh, cell.weightIh.grad!.data, 1e-13, 1e-10);
    expectClose(fused.grads.weightHh, cell.weightHh.grad!.data, 1e-13, 1e-10);
    expectClose(fused.grads.bias, cell.bias.grad!.data, 1e-13, 1e-10);
    expectClose(fused.grads.weightOut, head.weight.grad!.data, 1e-13, 1e-10);
    expectClose(fused.grads.biasOut, head.bias!.grad!.data, 1e-13, 1e-10);
  });
});
