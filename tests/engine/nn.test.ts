import { describe, expect, it } from 'vitest';
import {
  Conv2d, Dropout, Flatten, LSTMCell, Linear, MaxPool2d, RNNCell, Sequential, adam, createRng, glorotUniform,
  heNormal, momentum, nn, normal, ones, optim, relu, sgd, sigmoid, sum, tensor, zeros,
} from '@/lib/engine';

const rng = () => createRng(11);
const stats = (data: ArrayLike<number>) => {
  const v = Array.from(data);
  const m = v.reduce((a, b) => a + b, 0) / v.length;
  return { mean: m, std: Math.sqrt(v.reduce((a, b) => a + (b - m) ** 2, 0) / v.length), max: Math.max(...v.map(Math.abs)) };
};

describe('initializers', () => {
  it('glorotUniform([200,100]) stays within ±√(6/300) with std ≈ a/√3', () => {
    const w = glorotUniform([200, 100], rng());
    const a = Math.sqrt(6 / 300);
    const s = stats(w.data);
    expect(s.max).toBeLessThanOrEqual(a);
    expect(Math.abs(s.std - a / Math.sqrt(3)) / (a / Math.sqrt(3))).toBeLessThan(0.03);
    expect(w.requiresGrad).toBe(true);
  });
  it('heNormal([16,8,3,3]) has std ≈ √(2/(8·9))', () => {
    const s = stats(heNormal([16, 8, 3, 3], rng()).data);
    expect(Math.abs(s.std - Math.sqrt(2 / 72)) / Math.sqrt(2 / 72)).toBeLessThan(0.06);
  });
  it('normal([100,100], {std: 0.5}) has std ≈ 0.5 and mean ≈ 0', () => {
    const s = stats(normal([100, 100], rng(), { std: 0.5 }).data);
    expect(Math.abs(s.std - 0.5)).toBeLessThan(0.02);
    expect(Math.abs(s.mean)).toBeLessThan(0.02);
  });
  it('the same seed gives the same weights', () => {
    expect(Array.from(new Linear(3, 2, { rng: rng() }).weight.data)).toEqual(Array.from(new Linear(3, 2, { rng: rng() }).weight.data));
  });
});

describe('layers', () => {
  it('Linear(3,2): y = xW + b with W [3,2]; parameters are [weight, bias]', () => {
    const layer = new Linear(3, 2, { rng: rng() });
    layer.weight.data.set([1, 0, 0, 1, 1, 1]);
    layer.bias!.data.set([10, 20]);
    expect(layer.forward(tensor([[1, 2, 3]])).toArray()).toEqual([[14, 25]]);
    expect(layer.parameters()).toEqual([layer.weight, layer.bias]);
    expect(new Linear(3, 2, { rng: rng(), bias: false }).parameters().length).toBe(1);
  });
  it('Linear rejects input [2,4] for 3 features and NaN sizes', () => {
    expect(() => new Linear(3, 2, { rng: rng() }).forward(zeros([2, 4]))).toThrow('Linear: input shape [2,4] must end in 3 features');
    expect(() => new Linear(NaN, 2, { rng: rng() })).toThrow('Linear: inFeatures must be an integer ≥ 1, got NaN');
  });
  it('Sequential(Conv2d, relu, MaxPool2d, Flatten, Linear) maps [2,1,8,8] to [2,10]', () => {
    const model = new Sequential(
      new Conv2d(1, 4, 3, { rng: rng(), padding: 'same' }), relu, new MaxPool2d(2), new Flatten(), new Linear(64, 10, { rng: rng() }),
    );
    expect(model.forward(zeros([2, 1, 8, 8])).shape).toEqual([2, 10]);
    expect(model.parameters().map((p) => p.shape)).toEqual([[4, 1, 3, 3], [4], [64, 10], [10]]);
  });
  it('Dropout(0.5) zeroes about half and scales the rest by 2 in training; identity in eval', () => {
    const drop = new Dropout(0.5, { rng: rng() });
    const y = drop.forward(ones([1000]));
    const kept = Array.from(y.data).filter((v) => v !== 0);
    expect(kept.every((v) => v === 2)).toBe(true);
    expect(Math.abs(kept.length - 500)).toBeLessThan(60);
    const again = new Dropout(0.5, { rng: rng() }).forward(ones([1000]));
    expect(Array.from(again.data)).toEqual(Array.from(y.data)); // seeded
    drop.eval();
    expect(Array.from(drop.forward(ones([5])).data)).toEqual([1, 1, 1, 1, 1]);
    expect(() => new Dropout(1, { rng: rng() })).toThrow('Dropout: p must be in [0, 1), got 1');
    expect(() => new Dropout(NaN, { rng: rng() })).toThrow(RangeError);
  });
  it('Sequential.eval() reaches nested Dropout', () => {
    const drop = new Dropout(0.9, { rng: rng() });
    new Sequential(new Sequential(drop)).eval();
    expect(drop.training).toBe(false);
  });
  it('RNNCell(2,3) maps x [4,2] and h [4,3] to [4,3]; rejects a wrong h', () => {
    const cell = new RNNCell(2, 3, { rng: rng() });
    expect(cell.forward(zeros([4, 2])).shape).toEqual([4, 3]);
    expect(() => cell.forward(zeros([4, 2]), zeros([4, 2]))).toThrow('RNNCell: h must be [4, 3], got shape [4,2]');
    expect(() => cell.forward(zeros([4, 3]))).toThrow('RNNCell: input must be [batch, 2], got shape [4,3]');
  });
  it('LSTMCell(2,3) with zero weights: c = 0.5·c₀ (f = σ(0)) and h = 0.5·tanh(c)', () => {
    const cell = new LSTMCell(2, 3, { rng: rng(), init: (shape, _r, o) => zeros(shape, o) });
    const { h, c } = cell.forward(ones([1, 2]), { h: zeros([1, 3]), c: tensor([[2, -2, 0]]) });
    expect(c.toArray()).toEqual([[1, -1, 0]]); // i·g = 0.5·tanh(0) = 0
    expect(Array.from(h.data)).toEqual([0.5 * Math.tanh(1), 0.5 * Math.tanh(-1), 0]);
  });
  it('nn and optim namespaces expose the same classes and functions', () => {
    expect(nn.Linear).toBe(Linear);
    expect(optim.adam).toBe(adam);
    expect(typeof optim.noGrad).toBe('function');
  });
});

describe('optimizers', () => {
  it('sgd step: w ← w − η(g + λw) for w = [1,2], g = [0.5,−1], η = 0.1, λ = 0.1', () => {
    const w = tensor([1, 2], { requiresGrad: true });
    w.grad = tensor([0.5, -1]);
    sgd([w], { lr: 0.1, weightDecay: 0.1 }).step();
    expect(Array.from(w.data)).toEqual([1 - 0.1 * (0.5 + 0.1), 2 - 0.1 * (-1 + 0.2)]);
  });
  it('momentum accumulates v ← μv + g over two steps', () => {
    const w = tensor([0], { requiresGrad: true });
    const opt = momentum([w], { lr: 1, momentum: 0.5 });
    w.grad = tensor([1]);
    opt.step(); // v = 1, w = −1
    opt.step(); // v = 1.5, w = −2.5
    expect(w.data[0]).toBe(-2.5);
  });
  it('adam first step moves each weight by ≈ lr·sign(g)', () => {
    const w = tensor([0, 0], { requiresGrad: true });
    w.grad = tensor([3, -0.01]);
    adam([w], { lr: 0.1 }).step();
    expect(w.data[0]).toBeCloseTo(-0.1, 6);
    expect(w.data[1]).toBeCloseTo(0.1, 4);
  });
  it('bad options name the optimizer and the value', () => {
    const w = tensor([0], { requiresGrad: true });
    expect(() => sgd([w], { lr: NaN })).toThrow('sgd: lr must be a finite number > 0, got NaN');
    expect(() => momentum([w], { lr: 0.1, momentum: 1 })).toThrow('momentum: momentum must be a finite number ≥ 0 and < 1, got 1');
    expect(() => adam([w], { beta2: -0.1 })).toThrow(/adam: beta2 must be/);
    expect(() => sgd([tensor([1])], { lr: 0.1 })).toThrow('sgd: params[0] does not have requiresGrad');
  });
  it('zeroGrad clears gradients; params without grad are skipped', () => {
    const w = tensor([1], { requiresGrad: true });
    const opt = sgd([w], { lr: 1 });
    opt.step();
    expect(w.data[0]).toBe(1);
    sum(sigmoid(w)).backward();
    opt.zeroGrad();
    expect(w.grad).toBeNull();
  });
});
