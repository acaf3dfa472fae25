// Recomputes every worked example of the chapter "Sequences, RNNs and LSTMs" from its inputs and
// checks that the chapter prints the results. Inputs come from lecture notes 003 (RNN, iterated
// map, LSTM, sine experiments, windowing tables) or are the chapter's own hand-derived examples.
import { describe, expect, test } from 'vitest';
import {
  LSTMCell,
  Linear,
  RNNCell,
  add,
  createRng,
  matmul,
  mseLoss,
  mul,
  tanh,
  tensor,
  type Tensor,
} from '@/lib/engine';
import { expectChapterToPrint, fixed } from './chapter-text';

const SLUG = 'recurrent-networks';
const rng = () => createRng(9);
const sigma = (z: number) => 1 / (1 + Math.exp(-z));
const parameterCount = (params: Tensor[]) => params.reduce((n, p) => n + p.size, 0);

describe('latent-state models', () => {
  test('an exponential moving average with α = 0.5 over (4, 8, 6, 2) is 2, 5, 5.5, 3.75 and equals its unrolled sum', () => {
    // Hand derivation in the chapter: h_t = (1 − α) h_(t−1) + α x_t, h_0 = 0.
    const xs = [4, 8, 6, 2];
    const alpha = 0.5;
    const hs: number[] = [];
    let h = 0;
    for (const x of xs) {
      h = (1 - alpha) * h + alpha * x;
      hs.push(h);
    }
    expect(hs).toEqual([2, 5, 5.5, 3.75]);
    const unrolled = xs.reduce((s, x, k) => s + alpha * (1 - alpha) ** (xs.length - 1 - k) * x, 0);
    expect(unrolled).toBeCloseTo(3.75, 12);
    expectChapterToPrint(SLUG, 'h_4 &= 0.5 \\cdot 5.5 + 0.5 \\cdot 2 = 3.75', '= 1 + 1.5 + 1 + 0.25 = 3.75');
  });
});

describe('the recurrent layer', () => {
  test('the sine network RNNCell(1, 200) + Linear(200, 1) has n² + dn + n + nq + q = 40,601 parameters', () => {
    // Notes 003, RNNSin(1, 200, 1). Counted from the engine's actual layers, not from the formula.
    const cell = new RNNCell(1, 200, { rng: rng() });
    const readout = new Linear(200, 1, { rng: rng() });
    const ours = parameterCount([...cell.parameters(), ...readout.parameters()]);
    const n = 200;
    expect(ours).toBe(n * n + 1 * n + n + n * 1 + 1);
    expect(ours).toBe(40601);
    // PyTorch's nn.RNNCell stores b_ih and b_hh separately: one more bias vector of length n.
    expect(ours + n).toBe(40801);
    expectChapterToPrint(SLUG, '200^2 + 200 + 200 + 200 + 1 = 40{,}601', '40,801');
  });

  test('the three-step scalar RNN (w = 0.5, u = 1, v = 2, x = 1, 0.5, −1) agrees with the engine RNNCell', () => {
    // Hand derivation: a_t = w h_(t−1) + u x_t + b, h_t = tanh(a_t), o_t = v h_t + c.
    const [w, u, b, v, c] = [0.5, 1, 0, 2, 0];
    const xs = [1, 0.5, -1];
    const a: number[] = [];
    const h: number[] = [0];
    for (const x of xs) {
      a.push(w * h[h.length - 1] + u * x + b);
      h.push(Math.tanh(a[a.length - 1]));
    }
    const o = h.slice(1).map((ht) => v * ht + c);

    const cell = new RNNCell(1, 1, { rng: rng() });
    cell.weightIh.data.set([u]);
    cell.weightHh.data.set([w]);
    cell.bias.data.set([b]);
    let state = tensor([[0]]);
    xs.forEach((x, t) => {
      state = cell.forward(tensor([[x]]), state);
      expect(state.item()).toBeCloseTo(h[t + 1], 14);
    });

    expect(a.map((z) => fixed(z, 4))).toEqual(['1.0000', '0.8808', '-0.6466']);
    expect(h.slice(1).map((z) => fixed(z, 4))).toEqual(['0.7616', '0.7068', '-0.5694']);
    expect(o.map((z) => fixed(z, 4))).toEqual(['1.5232', '1.4136', '-1.1387']);
    expectChapterToPrint(
      SLUG,
      '| 1 | $1$ | $1$ | $0.7616$ | $1.5232$ |',
      '| 2 | $0.5$ | $0.8808$ | $0.7068$ | $1.4136$ |',
      '| 3 | $-1$ | $-0.6466$ | $-0.5694$ | $-1.1387$ |',
      '\\tanh(0.5) = 0.46',
    );
    expect(fixed(Math.tanh(0.5), 2)).toBe('0.46');
  });
});

describe('backpropagation through time', () => {
  const [w0, u0, v0] = [0.5, 1, 2];
  const xs = [1, 0.5, -1];
  const target = 0;

  function lossOf(w: number, u: number): number {
    let h = 0;
    for (const x of xs) h = Math.tanh(w * h + u * x);
    return 0.5 * (v0 * h - target) ** 2;
  }

  test('the hand BPTT recursion gives ∂L/∂u = 1.2657 and ∂L/∂w = −1.3812, as do finite differences and engine backward()', () => {
    // Forward pass.
    const h = [0];
    for (const x of xs) h.push(Math.tanh(w0 * h[h.length - 1] + u0 * x));
    const o3 = v0 * h[3];
    const L = 0.5 * (o3 - target) ** 2;

    // Backward: g_t = ∂ℓ/∂o V^T + δ_(t+1) W^T (equation bptt-hidden), δ_t = g_t ⊙ f'(a_t) (bptt-delta).
    const g: number[] = [];
    const delta: number[] = [];
    g[3] = (o3 - target) * v0;
    delta[3] = g[3] * (1 - h[3] ** 2);
    for (let t = 2; t >= 1; t--) {
      g[t] = delta[t + 1] * w0;
      delta[t] = g[t] * (1 - h[t] ** 2);
    }
    const dLdu = [1, 2, 3].reduce((s, t) => s + delta[t] * xs[t - 1], 0);
    const dLdw = [1, 2, 3].reduce((s, t) => s + delta[t] * h[t - 1], 0);

    // Central finite differences.
    const eps = 1e-6;
    const fdW = (lossOf(w0 + eps, u0) - lossOf(w0 - eps, u0)) / (2 * eps);
    const fdU = (lossOf(w0, u0 + eps) - lossOf(w0, u0 - eps)) / (2 * eps);
    expect(dLdw).toBeCloseTo(fdW, 8);
    expect(dLdu).toBeCloseTo(fdU, 8);

    // The engine, unrolled three steps, with backward() through the whole graph.
    const w = tensor([[w0]], { requiresGrad: true });
    const u = tensor([[u0]], { requiresGrad: true });
    let state = tensor([[0]]);
    for (const x of xs) state = tanh(add(matmul(state, w), matmul(tensor([[x]]), u)));
    const loss = mseLoss(mul(state, v0), tensor([[target]]), 'half-sum');
    loss.backward();
    expect(loss.item()).toBeCloseTo(L, 14);
    expect(w.grad!.item()).toBeCloseTo(dLdw, 12);
    expect(u.grad!.item()).toBeCloseTo(dLdu, 12);

    expect(fixed(L, 4)).toBe('0.6484');
    expect([g[3], delta[3], g[2], delta[2], g[1], delta[1]].map((z) => fixed(z, 4))).toEqual([
      '-2.2775', '-1.5392', '-0.7696', '-0.3851', '-0.1926', '-0.0809',
    ]);
    expect([1 - h[3] ** 2, 1 - h[2] ** 2, 1 - h[1] ** 2].map((z) => fixed(z, 4))).toEqual(['0.6758', '0.5004', '0.4200']);
    expect(fixed(dLdu, 4)).toBe('1.2657');
    expect(fixed(dLdw, 4)).toBe('-1.3812');
    expect([delta[2] * h[1], delta[3] * h[2]].map((z) => fixed(z, 4))).toEqual(['-0.2933', '-1.0879']);
    // The per-step factor w·tanh'(a_t) and the ratio of the last to the first contribution to ∂L/∂u.
    expect([w0 * (1 - h[2] ** 2), w0 * (1 - h[1] ** 2)].map((z) => fixed(z, 2))).toEqual(['0.25', '0.21']);
    expect(Math.round(Math.abs(delta[3] * xs[2]) / Math.abs(delta[1] * xs[0]))).toBe(19);
    expectChapterToPrint(
      SLUG,
      '\\tfrac12 (-1.1387)^2 = 0.6484',
      'g_3 &= -1.1387 \\cdot v = -2.2775',
      '\\delta_3 &= g_3\\,(1 - h_3^2) = -2.2775 \\cdot 0.6758 = -1.5392',
      '\\delta_2 &= g_2\\,(1 - h_2^2) = -0.7696 \\cdot 0.5004 = -0.3851',
      '\\delta_1 &= g_1\\,(1 - h_1^2) = -0.1926 \\cdot 0.4200 = -0.0809',
      '= -0.0809 - 0.1926 + 1.5392 = 1.2657',
      '= 0 - 0.2933 - 1.0879 = -1.3812',
      'about $0.25$ and $0.21$',
      'nineteen times smaller',
    );
  });
});

describe('the sine-wave experiment (notes 003, RNN for sine function)', () => {
  const T = 20;
  const L = 1000;
  const N = 200;
  const future = 500;

  test('ω = 1/20 gives a period of 2π·20 ≈ 125.66 samples, about 7.96 periods in 1000 samples', () => {
    const omega = 1 / T;
    const period = (2 * Math.PI) / omega;
    expect(omega).toBe(0.05);
    expect(fixed(period, 2)).toBe('125.66');
    expect(fixed(L / period, 2)).toBe('7.96');
    // A zero-crossing check that the period is real: sin(ω k) returns to its start after 2π/ω.
    expect(Math.sin(omega * period)).toBeCloseTo(0, 12);
    expectChapterToPrint(SLUG, '2\\pi \\cdot 20 \\approx 125.66', 'about 7.96 periods', '0.05 \\text{ rad per sample}');
  });

  test("the notes' arrays: 999 inputs per row, 999 + 500 = 1499 outputs, and all 200 rows identical", () => {
    // Rebuilds the notes' data exactly: x[:] = range(L) for every row, data = sin(x / T).
    const rows = Array.from({ length: N }, () => Array.from({ length: L }, (_, k) => Math.sin(k / T)));
    const inputs = rows.map((r) => r.slice(0, -1));
    const targets = rows.map((r) => r.slice(1));
    expect(inputs[0].length).toBe(999);
    expect(targets[0][0]).toBe(rows[0][1]);
    expect(inputs.slice(1).length).toBe(199);
    expect(inputs[0].length + future).toBe(1499);
    // Without the random per-row shift every training row equals the test row 0.
    expect(rows.every((r) => r.every((y, k) => y === rows[0][k]))).toBe(true);
    expectChapterToPrint(SLUG, '$999 + 500 = 1499$', '$[-4T, 4T)$', 'Sequences 1–199 are for training and sequence 0 for testing');
  });

  test('y_(k+1) = 2 cos(ω) y_k − y_(k−1) and a two-unit rotation RNN both reproduce sin(k/20)', () => {
    const omega = 1 / T;
    const y1 = Math.sin(omega);
    const y2 = Math.sin(2 * omega);
    const y3 = 2 * Math.cos(omega) * y2 - y1;
    expect(y3).toBeCloseTo(Math.sin(3 * omega), 14);
    expect([2 * Math.cos(omega)].map((z) => fixed(z, 5))).toEqual(['1.99750']);
    expect([y1, y2, y3].map((z) => fixed(z, 5))).toEqual(['0.04998', '0.09983', '0.14944']);
    expect([Math.cos(omega), Math.sin(omega)].map((z) => fixed(z, 5))).toEqual(['0.99875', '0.04998']);

    // h_t = h_(t−1) W with the rotation W, h_0 = (0, 1): h_k = (sin ωk, cos ωk).
    const W = tensor([
      [Math.cos(omega), -Math.sin(omega)],
      [Math.sin(omega), Math.cos(omega)],
    ]);
    let h = tensor([[0, 1]]);
    let maxError = 0;
    for (let k = 1; k < 1500; k++) {
      h = matmul(h, W);
      maxError = Math.max(maxError, Math.abs(h.data[0] - Math.sin(omega * k)));
    }
    expect(maxError).toBeLessThan(1e-12);

    // Off the unit circle the oscillation dies out or blows up.
    const amplitudeAfter = (scale: number) => {
      let s = tensor([[0, 1]]);
      const Ws = mul(W, scale);
      for (let k = 0; k < 1000; k++) s = matmul(s, Ws);
      return Math.hypot(s.data[0], s.data[1]);
    };
    expect(amplitudeAfter(0.99)).toBeLessThan(1e-4);
    expect(amplitudeAfter(1.01)).toBeGreaterThan(1e4);
    expectChapterToPrint(
      SLUG,
      '2\\cos(0.05) = 1.99750',
      '$1.99750 \\cdot 0.09983 - 0.04998 = 0.14944 = \\sin 0.15$',
      '0.99875 & -0.04998 \\\\ 0.04998 & 0.99875',
    );
  });
});

describe('long-term dependencies', () => {
  test('w^50 is 0.00515 for w = 0.9 and 117.39 for w = 1.1', () => {
    // ∂h_T/∂h_0 for h_t = w h_(t−1), computed by multiplying the 50 one-step factors.
    const through = (w: number) => Array.from({ length: 50 }, () => w).reduce((p, f) => p * f, 1);
    expect(fixed(through(0.9), 5)).toBe('0.00515');
    expect(fixed(through(1.1), 2)).toBe('117.39');
    expectChapterToPrint(SLUG, '$0.9^{50} = 0.00515$', '$1.1^{50} = 117.39$');
  });

  test('the largest derivative is γ = 1 for tanh and 1/4 for the logistic function', () => {
    const grid = Array.from({ length: 20001 }, (_, k) => -10 + k / 1000);
    const gammaTanh = Math.max(...grid.map((a) => 1 - Math.tanh(a) ** 2));
    const gammaSigma = Math.max(...grid.map((a) => sigma(a) * (1 - sigma(a))));
    expect(gammaTanh).toBeCloseTo(1, 12);
    expect(gammaSigma).toBeCloseTo(0.25, 12);
    expectChapterToPrint(SLUG, 'For tanh, $\\gamma = 1$; for the logistic function, $\\gamma = 1/4$');
  });

  describe('the iterated map f(x) = 3x(1 − x) (notes 003, "Why gradients explode or vanish")', () => {
    const f = (x: number) => 3 * x * (1 - x);
    const fPrime = (x: number) => 3 - 6 * x;
    const fn = (x: number, n: number) => {
      let y = x;
      for (let k = 0; k < n; k++) y = f(y);
      return y;
    };
    // Equation iterated-derivative: the product of f' along the orbit.
    const chainRule = (x0: number, n: number) => {
      let x = x0;
      let d = 1;
      for (let k = 0; k < n; k++) {
        d *= fPrime(x);
        x = f(x);
      }
      return d;
    };
    const ns = [1, 2, 3, 4, 8];

    test('the chain-rule derivative of f^n agrees with central finite differences at every tabulated point', () => {
      const eps = 1e-6;
      for (const x0 of [0.01, 0.45, 0.3, 0.7]) {
        for (const n of ns) {
          const fd = (fn(x0 + eps, n) - fn(x0 - eps, n)) / (2 * eps);
          expect(chainRule(x0, n)).toBeCloseTo(fd, 5);
        }
      }
    });

    test('the table rows: 3^n at 0, the orbit of 0.01, the orbit of 0.45 and zero at 1/2', () => {
      const row = (x0: number) => ns.map((n) => chainRule(x0, n));
      expect(row(0)).toEqual([3, 9, 27, 81, 6561]);
      const fmt = (v: number) => (Number.isInteger(v) ? String(v) : String(Number(v.toFixed(4))));
      const printed = (x0: string, values: number[]) => `| $${x0}$ | ${values.map((v) => `$${fmt(v)}$`).join(' | ')} |`;
      expect(row(0.01).map(fmt)).toEqual(['2.94', '8.2961', '20.5849', '32.4906', '7.2374']);
      expect(row(0.45).map(fmt)).toEqual(['0.3', '-0.4365', '0.1927', '-0.2703', '-0.1447']);
      expect(row(0.5).every((v) => v === 0)).toBe(true);
      expectChapterToPrint(
        SLUG,
        printed('0', row(0)),
        printed('0.01', row(0.01)),
        printed('0.45', row(0.45)),
        printed('0.5', [0, 0, 0, 0, 0]),
      );
    });

    test('f^4 at 0.01 by finite differences is 32.4906, and f(x) = 1/2 at (3 ± √3)/6', () => {
      const eps = 1e-6;
      expect(fixed((fn(0.01 + eps, 4) - fn(0.01 - eps, 4)) / (2 * eps), 4)).toBe('32.4906');
      const roots = [(3 - Math.sqrt(3)) / 6, (3 + Math.sqrt(3)) / 6];
      for (const r of roots) {
        expect(f(r)).toBeCloseTo(0.5, 14);
        expect(chainRule(r, 2)).toBeCloseTo(0, 12);
      }
      expect(roots.map((r) => fixed(r, 4))).toEqual(['0.2113', '0.7887']);
      // The fixed point 2/3 has |f'| = 1.
      expect(f(2 / 3)).toBeCloseTo(2 / 3, 15);
      expect(fPrime(2 / 3)).toBeCloseTo(-1, 15);
      expectChapterToPrint(SLUG, 'gives $32.4906$', 'that is $0.2113$ and $0.7887$', "$f'(2/3) = -1$");
    });

    test("the notes' \"7 composition\" panel is f^8: y3 = f^4, then four more applications", () => {
      const x = 0.3;
      const y0 = f(x);
      const y1 = f(y0);
      const y2 = f(y1);
      const y3 = f(y2);
      const y4 = f(f(f(f(y3))));
      expect(y3).toBe(fn(x, 4));
      expect(y4).toBe(fn(x, 8));
      expectChapterToPrint(SLUG, 'so the panel plots $f^8$');
    });
  });

  test('clipping g = (3, 4) to τ = 1 gives (0.6, 0.8)', () => {
    const g = [3, 4];
    const tau = 1;
    const norm = Math.hypot(...g);
    const clipped = norm > tau ? g.map((x) => (x * tau) / norm) : g;
    expect(norm).toBe(5);
    expect(clipped.map((x) => fixed(x, 1))).toEqual(['0.6', '0.8']);
    expectChapterToPrint(SLUG, '$\\|\\mathbf{g}\\| = 5$ and the step becomes $(0.6, 0.8)$');
  });
});

describe('long short-term memory', () => {
  // The chapter's hand example: d = n = 1, h_(t−1) = 0.2, C_(t−1) = 0.5, x_t = 1.
  const hPrev = 0.2;
  const cPrev = 0.5;
  const x = 1;
  const gates = {
    forget: { w: [0.5, 0.3], b: 1 },
    input: { w: [0.4, 0.6], b: 0 },
    candidate: { w: [0.7, 0.9], b: 0 },
    output: { w: [0.2, 0.8], b: 0 },
  };
  const pre = (g: { w: number[]; b: number }) => g.w[0] * hPrev + g.w[1] * x + g.b;

  test('one LSTM step by hand: f = 0.8022, i = 0.6637, C̃ = 0.7779, C = 0.9174, o = 0.6985, h = 0.5062', () => {
    const f = sigma(pre(gates.forget));
    const i = sigma(pre(gates.input));
    const cTilde = Math.tanh(pre(gates.candidate));
    const c = f * cPrev + i * cTilde;
    const o = sigma(pre(gates.output));
    const h = o * Math.tanh(c);

    expect([pre(gates.forget), pre(gates.input), pre(gates.candidate), pre(gates.output)].map((z) => fixed(z, 2))).toEqual([
      '1.40', '0.68', '1.04', '0.84',
    ]);
    expect([f, i, cTilde, o].map((z) => fixed(z, 4))).toEqual(['0.8022', '0.6637', '0.7779', '0.6985']);
    expect([f * cPrev, i * cTilde, c, Math.tanh(c), h].map((z) => fixed(z, 4))).toEqual(['0.4011', '0.5163', '0.9174', '0.7247', '0.5062']);
    expectChapterToPrint(
      SLUG,
      'f_t &= \\sigma(0.5 \\cdot 0.2 + 0.3 \\cdot 1 + 1) = \\sigma(1.4) = 0.8022',
      'i_t &= \\sigma(0.4 \\cdot 0.2 + 0.6 \\cdot 1) = \\sigma(0.68) = 0.6637',
      '\\tilde C_t &= \\tanh(0.7 \\cdot 0.2 + 0.9 \\cdot 1) = \\tanh(1.04) = 0.7779',
      'o_t &= \\sigma(0.2 \\cdot 0.2 + 0.8 \\cdot 1) = \\sigma(0.84) = 0.6985',
      '&= 0.8022 \\cdot 0.5 + 0.6637 \\cdot 0.7779',
      '&= 0.4011 + 0.5163 = 0.9174',
      '&= 0.6985 \\cdot \\tanh(0.9174)',
      '&= 0.6985 \\cdot 0.7247 = 0.5062',
    );
  });

  test("the engine's LSTMCell loaded with the same weights (gate order i, f, g, o) gives the same C_t and h_t", () => {
    const cell = new LSTMCell(1, 1, { rng: rng() });
    const order = [gates.input, gates.forget, gates.candidate, gates.output];
    cell.weightHh.data.set(order.map((g) => g.w[0]));
    cell.weightIh.data.set(order.map((g) => g.w[1]));
    cell.bias.data.set(order.map((g) => g.b));
    const { h, c } = cell.forward(tensor([[x]]), { h: tensor([[hPrev]]), c: tensor([[cPrev]]) });
    expect(fixed(c.item(), 4)).toBe('0.9174');
    expect(fixed(h.item(), 4)).toBe('0.5062');
    // And against the independent scalar computation to full precision.
    const f = sigma(pre(gates.forget));
    const i = sigma(pre(gates.input));
    const cExpected = f * cPrev + i * Math.tanh(pre(gates.candidate));
    expect(c.item()).toBeCloseTo(cExpected, 14);
    expect(h.item()).toBeCloseTo(sigma(pre(gates.output)) * Math.tanh(cExpected), 14);
  });

  test('a forget gate of 0.99 keeps 0.818 of a signal over 20 steps; factors of 0.25 leave about 1e-12', () => {
    expect(fixed(0.99 ** 20, 3)).toBe('0.818');
    expect(Math.round(Math.log10(0.25 ** 20))).toBe(-12);
    expectChapterToPrint(SLUG, '$0.99^{20} = 0.818$', '$0.25^{20} \\approx 10^{-12}$');
  });

  test('LSTM(10) on one feature has 4(n(n + d) + n) = 480 parameters; with Dense(1), 491', () => {
    // Notes 003, LSTM for sine function: LSTM(10) → Dense(1). Counted from the engine's layers.
    const lstm = new LSTMCell(1, 10, { rng: rng() });
    const dense = new Linear(10, 1, { rng: rng() });
    const lstmCount = parameterCount(lstm.parameters());
    expect(lstmCount).toBe(4 * (10 * (10 + 1) + 10));
    expect(lstmCount).toBe(480);
    expect(lstmCount + parameterCount(dense.parameters())).toBe(491);
    expectChapterToPrint(SLUG, '$4(10 \\cdot 11 + 10) = 480$', 'so 491 in all');
  });

  test("the LSTM sine data: 1000 points, 980 windows of 20, 1200 prediction points of which 1180 generated", () => {
    // Rebuilds the notes' seq_data(): stop when the target index would pass the last sample.
    const seqData = (series: number[], seqLength: number) => {
      const X: number[][] = [];
      const Y: number[] = [];
      for (let i = 0; i < series.length; i++) {
        const end = i + seqLength;
        if (end > series.length - 1) break;
        X.push(series.slice(i, end));
        Y.push(series[end]);
      }
      return { X, Y };
    };
    // np.arange(0, 100, 0.1) and np.arange(80, 200, 0.1): counts by the same rule numpy uses.
    const arangeCount = (start: number, stop: number, step: number) => Math.ceil((stop - start) / step - 1e-9);
    const xSin = Array.from({ length: arangeCount(0, 100, 0.1) }, (_, k) => k * 0.1);
    const { X } = seqData(xSin.map(Math.sin), 20);
    expect(xSin.length).toBe(1000);
    expect(X.length).toBe(980);
    expect(X[0].length).toBe(20);
    const predPoints = arangeCount(80, 200, 0.1);
    expect(predPoints).toBe(1200);
    expect(predPoints - 20).toBe(1180);
    expect(fixed(100 / 999, 4)).toBe('0.1001');
    expect(fixed((2 * Math.PI) / 0.1, 1)).toBe('62.8');
    // Keras's default batch size 32.
    expect(Math.ceil(980 / 32)).toBe(31);
    expect(980 - 30 * 32).toBe(20);
    expectChapterToPrint(
      SLUG,
      '$1000 - 20 = 980$',
      '$(980, 20, 1)$',
      'That is 1200 points, of which the last 1180',
      '$100/999 \\approx 0.1001$',
      '$2\\pi/0.1 \\approx 62.8$',
      '31 batches per epoch, the last holding 20 windows',
    );
  });
});

describe('windowing (notes 003, "Data preparation for RNN and LSTM")', () => {
  function windows(series: number[], seqLen: number) {
    const pairs: { input: number[]; output: number }[] = [];
    for (let start = 0; start + seqLen < series.length; start++) {
      pairs.push({ input: series.slice(start, start + seqLen), output: series[start + seqLen] });
    }
    return pairs;
  }
  function batches<T>(items: T[], size: number): T[][] {
    const out: T[][] = [];
    for (let b = 0; b < items.length; b += size) out.push(items.slice(b, b + size));
    return out;
  }
  const series = Array.from({ length: 11 }, (_, k) => k);

  test("sequence length 3 on 0…10 gives the notes' eight windows 0 1 2 → 3 … 7 8 9 → 10", () => {
    const pairs = windows(series, 3);
    // The notes' table, as printed in 003 (inputs and outputs, batch size 8).
    const notesTable = [
      [[0, 1, 2], 3], [[1, 2, 3], 4], [[2, 3, 4], 5], [[3, 4, 5], 6],
      [[4, 5, 6], 7], [[5, 6, 7], 8], [[6, 7, 8], 9], [[7, 8, 9], 10],
    ];
    expect(pairs.map((p) => [p.input, p.output])).toEqual(notesTable);
    expect(batches(pairs, 8)).toHaveLength(1);
    expectChapterToPrint(SLUG, '$11 - 3 = 8$', ...pairs.map((p, k) => `| ${k + 1} | ${p.input.join(', ')} | ${p.output} |`));
  });

  test("batch size 4 splits the same windows into the notes' two batches", () => {
    const split = batches(windows(series, 3), 4);
    expect(split).toHaveLength(2);
    // The notes' second table lists the inputs of batch 1 as 0 1 2 … 3 4 5 and of batch 2 as 4 5 6 … 7 8 9.
    expect(split.map((b) => b.map((p) => p.input[0]))).toEqual([[0, 1, 2, 3], [4, 5, 6, 7]]);
    const rows = split.flatMap((b, bi) => b.map((p, k) => `| ${k === 0 ? `Batch ${bi + 1}` : ''} | ${p.input.join(', ')} | ${p.output} |`));
    expectChapterToPrint(SLUG, ...rows, '$(4, 3, 1)$');
  });

  test('exercise: 12 values, sequence length 4, batch size 3 give 8 windows in batches of 3, 3 and 2', () => {
    const pairs = windows(Array.from({ length: 12 }, (_, k) => k), 4);
    expect(pairs).toHaveLength(8);
    expect(batches(pairs, 3).map((b) => b.length)).toEqual([3, 3, 2]);
    expect(pairs[pairs.length - 1]).toEqual({ input: [7, 8, 9, 10], output: 11 });
    expectChapterToPrint(SLUG, '$12 - 4 = 8$ windows, in $\\lceil 8/3 \\rceil = 3$ batches of sizes 3, 3 and 2', '$(7, 8, 9, 10)$ with output 11');
  });
});

describe('exercises', () => {
  test('an RNN with d = 3, n = 16, q = 2 has 354 parameters and an LSTM layer with d = 3, n = 16 has 1280', () => {
    const rnn = new RNNCell(3, 16, { rng: rng() });
    const out = new Linear(16, 2, { rng: rng() });
    expect(parameterCount([...rnn.parameters(), ...out.parameters()])).toBe(354);
    expect(parameterCount(new LSTMCell(3, 16, { rng: rng() }).parameters())).toBe(1280);
    expectChapterToPrint(SLUG, '= 256 + 48 + 16 + 32 + 2 = 354', '= 4 \\cdot 320 = 1280');
  });
});
