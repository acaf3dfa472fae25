import { describe, expect, test } from 'vitest';
import { adam, add, fromArray, mean, mul, pow, sigmoid as sigmoidT, sub, sum } from '@/lib/engine';
import { fitError, targetFunction } from '@/components/widgets/universal-approximator/model';
import { Fitter, gradient, initialApproximation, TRAIN_POINTS } from '@/components/widgets/universal-approximator/train';

const sin = targetFunction('sin');

// A small network with mixed signs, and targets from the sine on a few points.
const c1 = [0.7, -1.2, 0.4];
const c2 = [8, -5, 12];
const c3 = [-3, 2.5, -9];
const c4 = 0.15;
const xs = [0, 0.13, 0.4, 0.55, 0.9, 1];
const ts = xs.map(sin);

describe('gradient of L = mean (G(x) − t)²', () => {
  test('matches central finite differences to 1e−7 (relative)', () => {
    const g = gradient(c1, c2, c3, c4, xs, ts);
    const loss = (a: number[], b: number[], c: number[], d: number) => gradient(a, b, c, d, xs, ts).loss;
    const eps = 1e-6;
    const check = (analytic: number, plus: number, minus: number) => {
      const numeric = (plus - minus) / (2 * eps);
      expect(Math.abs(analytic - numeric) / Math.max(1e-8, Math.abs(numeric))).toBeLessThan(1e-7);
    };
    const bump = (v: number[], k: number, d: number) => v.map((x, i) => (i === k ? x + d : x));
    for (let k = 0; k < 3; k++) {
      check(g.c1[k], loss(bump(c1, k, eps), c2, c3, c4), loss(bump(c1, k, -eps), c2, c3, c4));
      check(g.c2[k], loss(c1, bump(c2, k, eps), c3, c4), loss(c1, bump(c2, k, -eps), c3, c4));
      check(g.c3[k], loss(c1, c2, bump(c3, k, eps), c4), loss(c1, c2, bump(c3, k, -eps), c4));
    }
    check(g.c4, loss(c1, c2, c3, c4 + eps), loss(c1, c2, c3, c4 - eps));
  });

  test('matches the engine’s autograd, value and every partial derivative', () => {
    const P = xs.length;
    const x = fromArray(xs, [P, 1]);
    const t = fromArray(ts, [P]);
    const w1 = fromArray(c1, [1, 3], { requiresGrad: true });
    const w2 = fromArray(c2, [1, 3], { requiresGrad: true });
    const b3 = fromArray(c3, [1, 3], { requiresGrad: true });
    const b4 = fromArray([c4], [1], { requiresGrad: true });
    // G = Σₖ c₁ₖ σ(c₂ₖ x + c₃ₖ) + c₄, built from the engine's ops.
    const G = add(sum(mul(w1, sigmoidT(add(mul(x, w2), b3))), 1), b4);
    const L = mean(pow(sub(G, t), 2));
    L.backward();
    const g = gradient(c1, c2, c3, c4, xs, ts);
    expect(g.loss).toBeCloseTo(L.data[0], 14);
    for (let k = 0; k < 3; k++) {
      expect(g.c1[k]).toBeCloseTo(w1.grad!.data[k], 14);
      expect(g.c2[k]).toBeCloseTo(w2.grad!.data[k], 14);
      expect(g.c3[k]).toBeCloseTo(b3.grad!.data[k], 14);
    }
    expect(g.c4).toBeCloseTo(b4.grad!.data[0], 14);
  });

  test('one unit on one point, by hand: G(0.5) = 2σ(0) = 1 against t = 0', () => {
    // e = 1, r = 2e = 2, s = ½: ∂L/∂c₁ = r s = 1, δ = r c₁ s(1 − s) = 1, ∂L/∂c₂ = δ x = 0.5.
    const g = gradient([2], [4], [-2], 0, [0.5], [0]);
    expect(g.loss).toBe(1);
    expect(g.c4).toBe(2);
    expect(g.c1[0]).toBe(1);
    expect(g.c2[0]).toBe(0.5);
    expect(g.c3[0]).toBe(1);
  });
});

describe('Fitter (Adam on the 101 training points)', () => {
  test('the same seed gives the same fit, number for number; another seed another fit', () => {
    const a = new Fitter(sin, { n: 4, seed: 1, lr: 0.05 });
    const b = new Fitter(sin, { n: 4, seed: 1, lr: 0.05 });
    const c = new Fitter(sin, { n: 4, seed: 2, lr: 0.05 });
    expect(a.step(200)).toBe(b.step(200));
    expect(a.snapshot()).toEqual(b.snapshot());
    c.step(200);
    expect(c.snapshot()).not.toEqual(a.snapshot());
    expect(a.steps).toBe(200);
  });

  test('its Adam is the engine’s: 50 steps of lib/engine’s adam on the same gradients give the same parameters', () => {
    const fitter = new Fitter(sin, { n: 3, seed: 5, lr: 0.05 });
    const start = fitter.snapshot();
    const param = (values: number[]) => fromArray(values, [values.length], { requiresGrad: true });
    const w1 = param(start.units.map((u) => u.c1));
    const w2 = param(start.units.map((u) => u.c2));
    const b3 = param(start.units.map((u) => u.c3));
    const b4 = param([start.c4]);
    const optimizer = adam([w1, w2, b3, b4], { lr: 0.05 });
    const targets = TRAIN_POINTS.map(sin);
    for (let i = 0; i < 50; i++) {
      const g = gradient(w1.data, w2.data, b3.data, b4.data[0], TRAIN_POINTS, targets);
      w1.grad = fromArray(g.c1, [3]);
      w2.grad = fromArray(g.c2, [3]);
      b3.grad = fromArray(g.c3, [3]);
      b4.grad = fromArray([g.c4], [1]);
      optimizer.step();
    }
    fitter.step(50);
    const mine = fitter.snapshot();
    mine.units.forEach((u, k) => {
      expect(u.c1).toBeCloseTo(w1.data[k], 10);
      expect(u.c2).toBeCloseTo(w2.data[k], 10);
      expect(u.c3).toBeCloseTo(b3.data[k], 10);
    });
    expect(mine.c4).toBeCloseTo(b4.data[0], 10);
  });

  test('the start spreads the units over [0, 1] with c₄ at the target’s mean', () => {
    const start = initialApproximation(10, 1, 0.25);
    expect(start.c4).toBe(0.25);
    for (const u of start.units) {
      expect(u.c2).toBeGreaterThanOrEqual(5);
      expect(u.c2).toBeLessThanOrEqual(15);
      const centre = -u.c3 / u.c2;
      expect(centre).toBeGreaterThanOrEqual(0);
      expect(centre).toBeLessThanOrEqual(1);
    }
    expect(initialApproximation(10, 1, 0)).toEqual(initialApproximation(10, 1, 0));
  });

  test('seed 1, N = 10, η = 0.05: the RMS error on sin 2πx falls below 0.015 within 500 steps and below 0.004 within 5000', () => {
    const f = new Fitter(sin, { n: 10, seed: 1, lr: 0.05 });
    const before = fitError(f.snapshot(), sin).rms;
    expect(before).toBeGreaterThan(0.5);
    f.step(500);
    expect(fitError(f.snapshot(), sin).rms).toBeLessThan(0.015);
    f.step(4500);
    const after = fitError(f.snapshot(), sin);
    expect(after.rms).toBeLessThan(0.004);
    // Far better than the chapter's staircase with the same number of units (max error 0.2817 for M = 11).
    expect(after.max).toBeLessThan(0.03);
  });

  test('more units give a lower error: N = 1, 3, 5 after 3000 steps (seed 1)', () => {
    const rms = [1, 3, 5].map((n) => {
      const f = new Fitter(sin, { n, seed: 1, lr: 0.05 });
      f.step(3000);
      return fitError(f.snapshot(), sin).rms;
    });
    // 0.2559, 0.1795, 0.0049: three units are still stuck in a poor fit, five capture the sine.
    expect(rms[0]).toBeGreaterThan(0.25);
    expect(rms[1]).toBeLessThan(0.8 * rms[0]);
    expect(rms[2]).toBeLessThan(rms[1] / 20);
    expect(rms[2]).toBeLessThan(0.005);
  });

  test('throws with a message for N < 1, a fractional N and a learning rate outside (0, 10)', () => {
    expect(() => new Fitter(sin, { n: 0, seed: 1, lr: 0.05 })).toThrow(/n must be a whole number ≥ 1, got 0/);
    expect(() => new Fitter(sin, { n: 2.5, seed: 1, lr: 0.05 })).toThrow(/got 2.5/);
    expect(() => new Fitter(sin, { n: 2, seed: 1, lr: 1e6 })).toThrow(/learning rate must be in \(0, 10\), got 1000000/);
    expect(() => new Fitter(sin, { n: 2, seed: 1, lr: Number.NaN })).toThrow(/got NaN/);
  });
});

test('TRAIN_POINTS: 101 points from 0 to 1', () => {
  expect(TRAIN_POINTS).toHaveLength(101);
  expect(TRAIN_POINTS[0]).toBe(0);
  expect(TRAIN_POINTS[100]).toBe(1);
});
