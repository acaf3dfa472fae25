// The ODE trial solution g_t(x) = g₀ + x·N(x, P) for g′ = −γg: the chapter's worked example, the
// exact x-derivative against finite differences, the hand-written cost gradient against the
// engine's backward() and finite differences, and the chapter's bar for training.
import { describe, expect, test } from 'vitest';
import { costAndGradient, type FlatLayer } from '@/components/widgets/ode-trial/gradient';
import { collocationPoints, maxError, networkAt, plainCost, trialAt, type NetworkParams } from '@/components/widgets/ode-trial/network';
import { createTrainer, initialLayers, type OdeSettings } from '@/components/widgets/ode-trial/trainer';
import { add, matmul, mul, sigmoid, sub, sum, tensor } from '@/lib/engine';

// The chapter's worked example: H = 2, w = (0.5, −1), b = (0, 1), v = (2, −1), b_o = 0.5.
const WORKED: NetworkParams = { hidden: [{ w: [[0.5, -1]], b: [0, 1] }], out: { w: [[2], [-1]], b: [0.5] } };
const DECAY = { gamma: 2, g0: 10 };
const TEN = collocationPoints(10);

const DEFAULTS: OdeSettings = { gamma: 2, g0: 10, points: 10, hiddenUnits: 10, layers: 1, lr: 0.01, optimizer: 'adam', seed: 1 };

function toFlat(p: NetworkParams): FlatLayer[] {
  return [...p.hidden, p.out].map((l) => ({ inputs: l.w.length, outputs: l.b.length, w: Float64Array.from(l.w.flat()), b: Float64Array.from(l.b) }));
}
const zerosLike = (layers: FlatLayer[]) => layers.map((l) => ({ ...l, w: new Float64Array(l.w.length), b: new Float64Array(l.b.length) }));

describe('the chapter’s worked example at x = 0.5', () => {
  test('N = 1.0019, N′ = 0.4811, g_t = 10.5009, g_t′ = 1.2425, r = 22.2444', () => {
    const { n, dn } = networkAt(WORKED, 0.5);
    expect(n).toBeCloseTo(1.0019, 4);
    expect(dn).toBeCloseTo(0.4811, 4);
    const p = trialAt(WORKED, DECAY, 0.5);
    expect(p.g).toBeCloseTo(10.5009, 4);
    expect(p.dg).toBeCloseTo(1.2425, 4);
    expect(p.residual).toBeCloseTo(22.2444, 4);
  });

  test('over ten collocation points the cost is 5006.0 and ∂c/∂b_o = 907.9', () => {
    expect(plainCost(WORKED, DECAY, TEN)).toBeCloseTo(5006.0, 1);
    const layers = toFlat(WORKED);
    const grads = zerosLike(layers);
    expect(costAndGradient(layers, grads, TEN, 2, 10)).toBeCloseTo(5006.0, 1);
    expect(grads[1].b[0]).toBeCloseTo(907.9, 1);
  });

  test('g_t(0) = g₀ for any weights', () => {
    expect(trialAt(WORKED, { gamma: 3, g0: -7 }, 0).g).toBe(-7);
  });
});

describe('the exact x-derivative against central differences (h = 1e-5)', () => {
  for (const layers of [1, 2] as const) {
    test(`${layers} hidden layer(s) of 6 units, seed 3`, () => {
      const trainer = createTrainer({ ...DEFAULTS, hiddenUnits: 6, layers, seed: 3 });
      const p = trainer.params();
      for (const x of [0, 0.1, 0.37, 0.5, 0.82, 1]) {
        const h = 1e-5;
        const fd = (trialAt(p, DECAY, x + h).g - trialAt(p, DECAY, x - h).g) / (2 * h);
        expect(Math.abs(trialAt(p, DECAY, x).dg - fd)).toBeLessThan(1e-6 * Math.max(1, Math.abs(fd)));
      }
    });
  }
});

describe('costAndGradient', () => {
  test('equals the engine’s backward() on the chapter’s own code (worked weights)', () => {
    const x = tensor(TEN.map((v) => [v]));
    const w = tensor([[0.5, -1]], { requiresGrad: true });
    const b = tensor([[0, 1]], { requiresGrad: true });
    const v = tensor([[2], [-1]], { requiresGrad: true });
    const bo = tensor([[0.5]], { requiresGrad: true });
    const s = sigmoid(add(matmul(x, w), b));
    const n = add(matmul(s, v), bo);
    const dn = matmul(mul(mul(s, sub(1, s)), w), v);
    const g = add(10, mul(x, n));
    const dg = add(n, mul(x, dn));
    const r = add(dg, mul(2, g));
    const cost = sum(mul(r, r));
    cost.backward();
    const layers = toFlat(WORKED);
    const grads = zerosLike(layers);
    expect(costAndGradient(layers, grads, TEN, 2, 10)).toBeCloseTo(cost.data[0], 9);
    const close = (a: ArrayLike<number>, e: ArrayLike<number>) => Array.from(a).forEach((val, i) => expect(val).toBeCloseTo(e[i], 8));
    close(grads[0].w, w.grad!.data);
    close(grads[0].b, b.grad!.data);
    close(grads[1].w, v.grad!.data);
    close(grads[1].b, bo.grad!.data);
  });

  for (const layerCount of [1, 2] as const) {
    test(`every weight’s gradient against central differences, ${layerCount} hidden layer(s), γ = 3, g₀ = −4`, () => {
      const layers = initialLayers({ hiddenUnits: 4, layers: layerCount, seed: 11 }).map(({ w, b }) => ({ inputs: w.shape[0], outputs: w.shape[1], w: Float64Array.from(w.data), b: Float64Array.from(b.data) }));
      const xs = collocationPoints(7);
      const grads = zerosLike(layers);
      costAndGradient(layers, grads, xs, 3, -4);
      const costOnly = () => costAndGradient(layers, zerosLike(layers), xs, 3, -4);
      const h = 1e-6;
      layers.forEach((l, k) => {
        for (const key of ['w', 'b'] as const) {
          for (let i = 0; i < l[key].length; i++) {
            const keep = l[key][i];
            l[key][i] = keep + h;
            const up = costOnly();
            l[key][i] = keep - h;
            const down = costOnly();
            l[key][i] = keep;
            const fd = (up - down) / (2 * h);
            expect(Math.abs(grads[k][key][i] - fd)).toBeLessThan(1e-5 * Math.max(1, Math.abs(fd)));
          }
        }
      });
    });
  }
});

describe('training (seeded)', () => {
  test('the bar: with the defaults (seed 1), max |g_t − 10e^(−2x)| on [0, 1] < 1e-2 after 10 000 iterations', () => {
    const trainer = createTrainer(DEFAULTS);
    const before = maxError(trainer.params(), DECAY);
    trainer.steps(10000);
    const after = maxError(trainer.params(), DECAY);
    expect(before).toBeGreaterThan(1);
    expect(after).toBeLessThan(1e-2);
    expect(trainer.costs[9999]).toBeLessThan(trainer.costs[0] / 1e4);
  }, 60_000);

  test('the chapter’s lead-in: untrained error 7.876 and cost 3354; Adam below 0.01 at 5,701–5,800 iterations, 0.00307 at 10,000; gradient descent η = 0.001 ends at 0.0111', () => {
    const adamRun = createTrainer(DEFAULTS);
    expect(maxError(adamRun.params(), DECAY)).toBeCloseTo(7.876, 3);
    expect(plainCost(adamRun.params(), DECAY, TEN)).toBeCloseTo(3354, 0);
    adamRun.steps(5700);
    expect(maxError(adamRun.params(), DECAY)).toBeGreaterThan(1e-2);
    adamRun.steps(100);
    expect(maxError(adamRun.params(), DECAY)).toBeLessThan(1e-2);
    adamRun.steps(4200);
    expect(maxError(adamRun.params(), DECAY)).toBeCloseTo(0.00307, 5);
    expect(plainCost(adamRun.params(), DECAY, TEN)).toBeLessThan(1e-3);
    const gd = createTrainer({ ...DEFAULTS, optimizer: 'gd', lr: 0.001 });
    gd.steps(10000);
    expect(maxError(gd.params(), DECAY)).toBeCloseTo(0.0111, 4);
  }, 60_000);

  test('the same seed gives the same run, number for number; another seed another run', () => {
    const a = createTrainer(DEFAULTS);
    const b = createTrainer(DEFAULTS);
    a.steps(50);
    b.steps(50);
    expect(a.costs).toEqual(b.costs);
    const c = createTrainer({ ...DEFAULTS, seed: 2 });
    c.steps(1);
    expect(c.costs[0]).not.toBe(a.costs[0]);
  });

  test('gradient descent with η = 1 diverges, and the run stops at once with the cost that broke it', () => {
    const t = createTrainer({ ...DEFAULTS, optimizer: 'gd', lr: 1 });
    const last = t.steps(1000);
    expect(!Number.isFinite(last) || last > 1e12).toBe(true);
    expect(t.iteration).toBeLessThan(20);
  });
});
