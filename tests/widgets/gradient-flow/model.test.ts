import { describe, expect, test } from 'vitest';
import {
  ACTIVATIONS, ACTIVATION_NAMES, factorBetween, formatNumber, gradientFlow, histogram, runNetwork, verdict, type ActivationName,
} from '@/components/widgets/gradient-flow/model';
import { CHAPTER_TABLE, meanField, SINGLE_SEED_TOLERANCE } from '@/components/widgets/gradient-flow/mean-field';

/**
 * An independent forward and backward pass with plain loops (no autograd): z = a W, a = f(z),
 * δ^L = g ∘ f′(z^L), δ^(l−1) = (δ^l Wᵀ) ∘ f′(z^(l−1)), ∂C/∂W^l = (a^(l−1))ᵀ δ^l.
 */
function manualPass(x: ArrayLike<number>, weights: ArrayLike<number>[], g: ArrayLike<number>, n: number, batch: number, act: ActivationName) {
  const { f, df } = ACTIVATIONS[act];
  const as: Float64Array[] = [Float64Array.from(x)];
  const zs: Float64Array[] = [];
  for (const w of weights) {
    const a = as[as.length - 1];
    const z = new Float64Array(batch * n);
    for (let b = 0; b < batch; b++) for (let j = 0; j < n; j++) {
      let s = 0;
      for (let k = 0; k < n; k++) s += a[b * n + k] * w[k * n + j];
      z[b * n + j] = s;
    }
    zs.push(z);
    as.push(z.map(f));
  }
  const deltas: Float64Array[] = new Array(weights.length);
  const gradW: Float64Array[] = new Array(weights.length);
  let upstream = Float64Array.from(g);
  for (let l = weights.length - 1; l >= 0; l--) {
    const delta = zs[l].map((z, i) => upstream[i] * df(z));
    deltas[l] = delta;
    const gw = new Float64Array(n * n);
    for (let k = 0; k < n; k++) for (let j = 0; j < n; j++) {
      let s = 0;
      for (let b = 0; b < batch; b++) s += as[l][b * n + k] * delta[b * n + j];
      gw[k * n + j] = s;
    }
    gradW[l] = gw;
    const w = weights[l];
    upstream = new Float64Array(batch * n);
    for (let b = 0; b < batch; b++) for (let k = 0; k < n; k++) {
      let s = 0;
      for (let j = 0; j < n; j++) s += delta[b * n + j] * w[k * n + j];
      upstream[b * n + k] = s;
    }
  }
  return { zs, as: as.slice(1), deltas, gradW };
}

const rms = (v: ArrayLike<number>) => Math.sqrt(Array.from(v).reduce((s, x) => s + x * x, 0) / v.length);

describe('runNetwork: the engine’s autograd against a hand-written backward pass', () => {
  for (const act of ACTIVATION_NAMES) {
    test(`${act}, Glorot, width 5, depth 3, batch 4, seed 3: every δ^l and ∂C/∂W^l agree to 1e-12`, () => {
      const run = runNetwork({ activation: act, init: 'glorot', seed: 3 }, 5, 3, 4);
      const manual = manualPass(run.x.data, run.weights.map((w) => w.data), run.topError.data, 5, 4, act);
      run.zs.forEach((z, l) => {
        const delta = z.grad!.data;
        const gw = run.weights[l].grad!.data;
        manual.deltas[l].forEach((v, i) => expect(delta[i]).toBeCloseTo(v, 12));
        manual.gradW[l].forEach((v, i) => expect(gw[i]).toBeCloseTo(v, 12));
      });
    });
  }

  test('tanh, N(0, 1), width 3, depth 2, batch 2: ∂C/∂W agrees with central finite differences of C = Σ g ∘ a²', () => {
    const run = runNetwork({ activation: 'tanh', init: 'normal', seed: 5 }, 3, 2, 2);
    const ws = run.weights.map((w) => Float64Array.from(w.data));
    const cost = () => {
      const { as } = manualPass(run.x.data, ws, run.topError.data, 3, 2, 'tanh');
      return as[as.length - 1].reduce((s, a, i) => s + a * run.topError.data[i], 0);
    };
    const h = 1e-6;
    for (let l = 0; l < 2; l++) {
      for (let i = 0; i < 9; i++) {
        const w0 = ws[l][i];
        ws[l][i] = w0 + h;
        const up = cost();
        ws[l][i] = w0 - h;
        const down = cost();
        ws[l][i] = w0;
        expect(run.weights[l].grad!.data[i]).toBeCloseTo((up - down) / (2 * h), 7);
      }
    }
  });

  test('the statistics are those of the pass: Var(z^l) = mean z², RMS δ^l, ‖∂C/∂W^l‖ (ELU, He, seed 2)', () => {
    const settings = { activation: 'elu', init: 'he', seed: 2 } as const;
    const run = runNetwork(settings);
    const result = gradientFlow(settings);
    result.layers.forEach((layer, l) => {
      const z = run.zs[l].data;
      expect(layer.varZ).toBeCloseTo(Array.from(z).reduce((s, v) => s + v * v, 0) / z.length, 10);
      expect(layer.errorRms).toBeCloseTo(rms(run.zs[l].grad!.data), 12);
      const gw = run.weights[l].grad!.data;
      expect(layer.weightGradNorm).toBeCloseTo(Math.sqrt(Array.from(gw).reduce((s, v) => s + v * v, 0)), 8);
    });
    expect(result.ratio).toBeCloseTo(result.layers[0].errorRms / result.layers[9].errorRms, 12);
  });

  test('the same seed gives the same network number for number; another seed a different one', () => {
    const a = gradientFlow({ activation: 'tanh', init: 'glorot', seed: 7 });
    const b = gradientFlow({ activation: 'tanh', init: 'glorot', seed: 7 });
    const c = gradientFlow({ activation: 'tanh', init: 'glorot', seed: 8 });
    expect(b.layers.map((l) => l.errorRms)).toEqual(a.layers.map((l) => l.errorRms));
    expect(c.ratio).not.toBe(a.ratio);
  });
});

// The numbers the chapter's lead-in to the widget prints (content/unstable-gradients.mdx, the
// paragraph before <GradientFlow />), as the widget shows them with formatNumber.
describe('the seeded runs the chapter quotes', () => {
  const sigmoidNormal = gradientFlow({ activation: 'sigmoid', init: 'normal', seed: 1 });
  test('sigmoid, N(0, 1), seed 1: 55 % of layer 1 flat; top error RMS 0.984 → 0.110 after layer 10 → 0.0475 at layer 1', () => {
    expect(Math.round(100 * sigmoidNormal.layers[0].flat)).toBe(55);
    expect(formatNumber(sigmoidNormal.topErrorRms)).toBe('0.984');
    expect(formatNumber(sigmoidNormal.layers[9].errorRms)).toBe('0.11');
    expect(sigmoidNormal.layers[9].errorRms).toBeCloseTo(0.110, 3);
    expect(formatNumber(sigmoidNormal.layers[0].errorRms)).toBe('0.0475');
    expect(verdict(sigmoidNormal).kind).toBe('vanishing');
    expect(formatNumber(sigmoidNormal.ratio)).toBe('0.434');
  });

  test('sigmoid, Glorot, seed 1: nothing saturates, each layer divides the error by about 4, layer 1 gets 4.84 × 10⁻⁷', () => {
    const r = gradientFlow({ activation: 'sigmoid', init: 'glorot', seed: 1 });
    expect(formatNumber(r.layers[0].errorRms)).toBe('4.84 × 10⁻⁷');
    expect(Math.max(...r.layers.map((l) => l.flat))).toBe(0);
    for (let l = 0; l < 9; l++) {
      const factor = r.layers[l + 1].errorRms / r.layers[l].errorRms;
      expect(factor).toBeGreaterThan(3);
      expect(factor).toBeLessThan(5.5);
    }
  });

  test('tanh, Glorot, seed 1: std of a drifts from 0.630 to 0.235; ratio 0.298 beside the table’s 0.281', () => {
    const r = gradientFlow({ activation: 'tanh', init: 'glorot', seed: 1 });
    expect(formatNumber(r.layers[0].stdA)).toBe('0.63');
    expect(r.layers[0].stdA).toBeCloseTo(0.630, 3);
    expect(formatNumber(r.layers[9].stdA)).toBe('0.235');
    expect(formatNumber(r.ratio)).toBe('0.298');
    expect(CHAPTER_TABLE.tanh!.glorot.ratio).toBe(0.281);
  });

  test('ReLU, N(0, 1), seed 1: layer 10’s activations have std 2.77 × 10⁷ (exploding forward)', () => {
    const r = gradientFlow({ activation: 'relu', init: 'normal', seed: 1 });
    expect(formatNumber(r.layers[9].stdA)).toBe('2.77 × 10⁷');
  });

  test('ReLU, He, seed 1: Var(z^l) stays between 1.5 and 2.5 in every layer, as the widget prints it', () => {
    const r = gradientFlow({ activation: 'relu', init: 'he', seed: 1 });
    for (const l of r.layers) {
      // The lowest layer is 1.4992, printed "1.5".
      expect(Number(formatNumber(l.varZ))).toBeGreaterThanOrEqual(1.5);
      expect(Number(formatNumber(l.varZ))).toBeLessThanOrEqual(2.5);
    }
    expect(Math.min(...r.layers.map((l) => l.varZ))).toBeCloseTo(1.499, 3);
  });
});

describe('the wide-layer prediction', () => {
  test('reproduces the chapter’s table: Var(z¹), Var(z¹⁰) and ‖δ¹‖/‖δ¹⁰‖ to the printed digits', () => {
    for (const [act, rows] of Object.entries(CHAPTER_TABLE)) {
      for (const [init, row] of Object.entries(rows!)) {
        const m = meanField(act as ActivationName, init as 'normal' | 'glorot' | 'he');
        expect(m.variances[0]).toBeCloseTo(row.varZ1, 6);
        expect(Number(m.variances[9].toPrecision(3))).toBeCloseTo(row.varZ10, -Math.floor(Math.log10(row.varZ10)) + 2);
        expect(Number(m.ratio.toPrecision(3))).toBeCloseTo(row.ratio, -Math.floor(Math.log10(row.ratio)) + 2);
      }
    }
  });

  test('ReLU with He weights: n Var(w) E[relu(z)²] = 2 · ½ q keeps q = 2 and the ratio at exactly 1', () => {
    const m = meanField('relu', 'he');
    m.variances.forEach((v) => expect(v).toBeCloseTo(2, 6));
    expect(m.ratio).toBeCloseTo(1, 6);
  });

  test('seeds 1–4 average within a third of the table’s ratio for tanh with Glorot weights', () => {
    const ratios = [1, 2, 3, 4].map((seed) => gradientFlow({ activation: 'tanh', init: 'glorot', seed }).ratio);
    const mean = ratios.reduce((s, r) => s + r, 0) / 4;
    expect(Math.abs(mean / 0.281 - 1)).toBeLessThan(1 / 3);
  });
});

describe('histogram and formatNumber', () => {
  test('histogram([0, 0.1, 0.5, 0.99, 1, 2, NaN], 0, 1, 4) counts 2, 1, 0, 3: ends clamp, NaN skipped', () => {
    expect(histogram([0, 0.1, 0.5, 0.99, 1, 2, Number.NaN], 0, 1, 4).map((b) => b.count)).toEqual([2, 0, 1, 3]);
  });
  test('histogram of equal values is one bin around them', () => {
    expect(histogram([0, 0, 0], 0, 0)).toEqual([{ x0: -0.5, x1: 0.5, count: 3 }]);
  });
  test('formatNumber prints 3 significant digits, scientific outside [10⁻³, 10⁴), words for NaN', () => {
    expect(formatNumber(0.04751)).toBe('0.0475');
    expect(formatNumber(-12345)).toBe('−1.23 × 10⁴');
    expect(formatNumber(Number.NaN)).toBe('not a number');
    expect(formatNumber(Infinity)).toBe('∞');
  });
});

describe('one network of width 64 against the chapter’s table (the widget’s "a factor of … apart")', () => {
  test('the nine table cells, seeds 1–6: the ratio within SINGLE_SEED_TOLERANCE, typically (median) within 1.5', () => {
    const factors: number[] = [];
    for (const [act, rows] of Object.entries(CHAPTER_TABLE)) {
      for (const [init, row] of Object.entries(rows!)) {
        for (let seed = 1; seed <= 6; seed++) {
          const r = gradientFlow({ activation: act as ActivationName, init: init as 'normal', seed });
          const f = factorBetween(r.ratio, row.ratio);
          expect(f, `${act} ${init} seed ${seed}`).toBeLessThan(SINGLE_SEED_TOLERANCE.ratio);
          expect(factorBetween(r.layers[9].varZ, row.varZ10), `${act} ${init} seed ${seed} Var(z¹⁰)`).toBeLessThan(SINGLE_SEED_TOLERANCE.varZ10);
          factors.push(f);
        }
      }
    }
    factors.sort((a, b) => a - b);
    expect(factors[Math.floor(factors.length / 2)]).toBeLessThan(1.5);
  }, 60_000);
});
