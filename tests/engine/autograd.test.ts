import { describe, expect, it } from 'vitest';
import {
  add, binaryCrossEntropy, crossEntropy, elu, heaviside, isGradEnabled, leakyRelu, matmul, mseLoss, mul, noGrad,
  relu, sigmoid, softmax, sum, tanh, tensor, zeros,
} from '@/lib/engine';
import { expectClose } from './helpers';

describe('backward', () => {
  it('micrograd example: d = a·b + b³ at a = 2, b = −3 gives ∂d/∂a = −3, ∂d/∂b = 2 + 27 = 29', () => {
    const a = tensor(2, { requiresGrad: true });
    const b = tensor(-3, { requiresGrad: true });
    const d = add(mul(a, b), mul(b, mul(b, b)));
    d.backward();
    expect(a.grad!.item()).toBe(-3);
    expect(b.grad!.item()).toBe(29);
  });

  it('a tensor used twice gets both contributions: y = x·x at x = [1,2,3] → 2x', () => {
    const x = tensor([1, 2, 3], { requiresGrad: true });
    sum(mul(x, x)).backward();
    expect(x.grad!.toArray()).toEqual([2, 4, 6]);
  });

  it('calling backward twice accumulates into leaf grads (as in PyTorch), without double counting', () => {
    const x = tensor([1, 2], { requiresGrad: true });
    const y = sum(mul(mul(x, x), 3)); // dy/dx = 6x
    y.backward();
    y.backward();
    expect(x.grad!.toArray()).toEqual([12, 24]);
  });

  it('a non-scalar output needs an explicit gradient of its shape', () => {
    const x = tensor([1, 2], { requiresGrad: true });
    const y = mul(x, 3);
    expect(() => y.backward()).toThrow(/backward: a tensor of shape \[2\] needs an explicit gradient/);
    expect(() => y.backward(tensor([1, 2, 3]))).toThrow(/gradient shape \[3\] must match tensor shape \[2\]/);
    y.backward(tensor([1, 10]));
    expect(x.grad!.toArray()).toEqual([3, 30]);
  });

  it('inputs without requiresGrad get no grad', () => {
    const x = tensor([1, 2], { requiresGrad: true });
    const c = tensor([5, 6]);
    sum(mul(x, c)).backward();
    expect(c.grad).toBeNull();
    expect(x.grad!.toArray()).toEqual([5, 6]);
  });

  it('a 1000-step recurrence h ← tanh(0.5·h + x) backpropagates without stack overflow', () => {
    const x = tensor([0.1], { requiresGrad: true });
    let h = zeros([1]);
    for (let t = 0; t < 1000; t++) h = tanh(add(mul(h, 0.5), x));
    h.backward(tensor([1]));
    // At the fixed point h* = tanh(0.5h* + x), dh*/dx = s/(1 − 0.5s) with s = 1 − h*².
    const hs = h.item();
    const s = 1 - hs * hs;
    expect(x.grad!.item()).toBeCloseTo(s / (1 - 0.5 * s), 10);
  });

  it('10000 chained adds backpropagate (iterative topological sort)', () => {
    const x = tensor(1, { requiresGrad: true });
    let y = x;
    for (let i = 0; i < 10000; i++) y = add(y, x);
    y.backward();
    expect(x.grad!.item()).toBe(10001);
  });
});

describe('noGrad(fn)', () => {
  it('results inside have requiresGrad false and no history; the flag is restored after a throw', () => {
    const x = tensor([1], { requiresGrad: true });
    const y = noGrad(() => mul(x, 2));
    expect(y.requiresGrad).toBe(false);
    expect(y.inputs).toEqual([]);
    expect(() => noGrad(() => { throw new Error('boom'); })).toThrow('boom');
    expect(isGradEnabled()).toBe(true);
    expect(mul(x, 2).requiresGrad).toBe(true);
  });
});

describe('activation values', () => {
  const z = tensor([-2, 0, 3]);
  it('sigmoid, tanh at [-2,0,3]', () => {
    expectClose(sigmoid(z).data, [1 / (1 + Math.exp(2)), 0.5, 1 / (1 + Math.exp(-3))], 1e-15);
    expectClose(tanh(z).data, [Math.tanh(-2), 0, Math.tanh(3)], 1e-15);
  });
  it('sigmoid(−1000) is 0 and sigmoid(1000) is 1, without NaN', () => {
    expect(sigmoid(tensor([-1000, 1000])).toArray()).toEqual([0, 1]);
  });
  it('relu, leakyRelu(0.1), elu(1), heaviside at [-2,0,3]', () => {
    expect(relu(z).toArray()).toEqual([0, 0, 3]);
    expectClose(leakyRelu(z, 0.1).data, [-0.2, 0, 3], 1e-15);
    expectClose(leakyRelu(z).data, [-0.02, 0, 3], 1e-15);
    expectClose(elu(z).data, [Math.exp(-2) - 1, 0, 3], 1e-15);
    expect(heaviside(z).toArray()).toEqual([0, 0, 1]);
  });
  it('heaviside has derivative 0', () => {
    const x = tensor([-1, 2], { requiresGrad: true });
    sum(mul(heaviside(x), x)).backward();
    expect(x.grad!.toArray()).toEqual([0, 1]); // only the product rule's H(x) term
  });
  it('softmax([1,2,3]) = e^z / Σe^z and is unchanged by +1000', () => {
    const e = [1, 2, 3].map(Math.exp);
    const s = e.reduce((a, b) => a + b);
    expectClose(softmax(tensor([1, 2, 3])).data, e.map((v) => v / s), 1e-15);
    expectClose(softmax(tensor([1001, 1002, 1003])).data, e.map((v) => v / s), 1e-12);
  });
  it('leakyRelu and elu reject NaN parameters', () => {
    expect(() => leakyRelu(z, NaN)).toThrow(/leakyRelu: slope must be a finite number, got NaN/);
    expect(() => elu(z, NaN)).toThrow(/elu: alpha must be a finite number, got NaN/);
  });
});

describe('loss values', () => {
  it("mseLoss pred [1,2] target [0,4]: 'mean' = (1+4)/2, 'half-sum' = (1+4)/2", () => {
    expect(mseLoss(tensor([1, 2]), tensor([0, 4])).item()).toBe(2.5);
    expect(mseLoss(tensor([1, 2, 3]), tensor([0, 4, 3]), 'half-sum').item()).toBe(2.5);
    expect(mseLoss(tensor([1, 2, 3]), tensor([0, 4, 3]), 'mean').item()).toBeCloseTo(5 / 3, 15);
  });
  it('crossEntropy of logits [[0,0]] label 1 is ln 2; index and one-hot labels agree', () => {
    expect(crossEntropy(tensor([[0, 0]]), [1]).item()).toBeCloseTo(Math.LN2, 15);
    const z = tensor([[1, 2, 3], [1, -1, 0]]);
    const expected = (-(3 - Math.log(Math.exp(1) + Math.exp(2) + Math.exp(3))) - (1 - Math.log(Math.exp(1) + Math.exp(-1) + 1))) / 2;
    expect(crossEntropy(z, [2, 0]).item()).toBeCloseTo(expected, 14);
    expect(crossEntropy(z, tensor([[0, 0, 1], [1, 0, 0]])).item()).toBeCloseTo(expected, 14);
  });
  it('crossEntropy gradient is (softmax − onehot)/N', () => {
    const z = tensor([[1, 2, 3], [1, -1, 0]], { requiresGrad: true });
    crossEntropy(z, [2, 0]).backward();
    const p = softmax(tensor([[1, 2, 3], [1, -1, 0]])).data;
    expectClose(z.grad!.data, [p[0] / 2, p[1] / 2, (p[2] - 1) / 2, (p[3] - 1) / 2, p[4] / 2, p[5] / 2], 1e-15);
  });
  it('binaryCrossEntropy p=[0.8,0.3] t=[1,0]', () => {
    expect(binaryCrossEntropy(tensor([0.8, 0.3]), tensor([1, 0])).item()).toBeCloseTo(-(Math.log(0.8) + Math.log(0.7)) / 2, 15);
    expect(Number.isFinite(binaryCrossEntropy(tensor([0]), tensor([1])).item())).toBe(true);
  });
  it('bad input: shape mismatch, out-of-range labels, empty batch', () => {
    expect(() => mseLoss(tensor([1, 2]), tensor([1]))).toThrow(/mseLoss: pred shape \[2\] must match target shape \[1\]/);
    expect(() => crossEntropy(tensor([[1, 2]]), [2])).toThrow(/crossEntropy: label 2 at row 0 is out of range for 2 classes/);
    expect(() => crossEntropy(tensor([1, 2]), [0])).toThrow(/crossEntropy: logits must be rank 2 \[batch, classes\], got shape \[2\]/);
    expect(() => crossEntropy(zeros([0, 3]), [])).toThrow(/crossEntropy: logits of shape \[0,3\] is empty/);
    expect(() => crossEntropy(tensor([[1, 2]]), [0, 1])).toThrow(/crossEntropy: 2 labels for logits of shape \[1,2\]/);
  });
  it('matmul forward matches a hand computation through sigmoid', () => {
    const y = sigmoid(matmul(tensor([[1, 2]]), tensor([[0.5], [-0.25]])));
    expect(y.item()).toBe(0.5);
  });
});

describe('float32', () => {
  it('a float32 MLP step keeps float32 values and gradients (labels do not promote to float64)', () => {
    const x = tensor([[1, 2]], { dtype: 'float32' });
    const w = tensor([[0.5, -1], [0.25, 2]], { dtype: 'float32', requiresGrad: true });
    const loss = crossEntropy(matmul(x, w), [1]);
    expect(loss.dtype).toBe('float32');
    loss.backward();
    expect(w.grad!.dtype).toBe('float32');
  });
  it('mixing float32 and float64 promotes the result, but each grad keeps its tensor’s dtype', () => {
    const a = tensor([1.5], { dtype: 'float32', requiresGrad: true });
    const b = tensor([2], { requiresGrad: true });
    const y = mul(a, b);
    expect(y.dtype).toBe('float64');
    y.backward(tensor([1]));
    expect(a.grad!.dtype).toBe('float32');
    expect(a.grad!.item()).toBe(2);
    expect(b.grad!.dtype).toBe('float64');
  });
});
