// Worked examples of the unstable-gradients chapter (notes 001, "Which activation function should I
// use?" and the sections after it). The notes give no numbers of their own there, so every value
// below is a hand derivation from the chapter's stated inputs, recomputed here independently, and
// the chapter must print it.
import { describe, expect, test } from 'vitest';
import {
  createRng, elu, glorotUniform, heNormal, leakyRelu, matmul, normal, randn, relu, sigmoid, tanh, tensor,
  type Tensor,
} from '@/lib/engine';
import { forwardVariances, gradientRatio } from '@/components/figures/unstable-gradients/mean-field';
import { expectChapterToPrint, fixed } from './chapter-text';

const SLUG = 'unstable-gradients';
const logistic = (z: number) => 1 / (1 + Math.exp(-z));

/** Mean of the squares of a tensor's entries (its variance when the mean is 0). */
function meanSquare(t: Tensor): number {
  let total = 0;
  for (let i = 0; i < t.data.length; i++) total += t.data[i] * t.data[i];
  return total / t.data.length;
}
const dLogistic = (z: number) => logistic(z) * (1 - logistic(z));

/** x as the chapter prints it: "2.03 \times 10^{-6}" for very small or large values, else 3 significant digits. */
function sci(x: number, digits = 3): string {
  const e = Math.floor(Math.log10(Math.abs(x)));
  const m = x / 10 ** e;
  if (Math.abs(m - 10) < 0.5 * 10 ** (1 - digits)) return `${(1).toFixed(digits - 1)} \\times 10^{${e + 1}}`;
  return `${m.toFixed(digits - 1)} \\times 10^{${e}}`;
}

function tableNumber(x: number): string {
  if (Math.abs(x) < 1e4 && Math.abs(x - Math.round(x)) < 1e-6 * Math.max(1, Math.abs(x))) return String(Math.round(x));
  if (Math.abs(x) >= 1e4 || Math.abs(x) < 1e-3) return `$${sci(x)}$`;
  return x.toPrecision(3);
}

/** ∫ g(z) φ_q(z) dz by the trapezoid rule on 60 000 panels per half-line (independent of the figure's Simpson rule). */
function gaussianExpectation(g: (z: number) => number, q: number): number {
  const s = Math.sqrt(q);
  const panels = 60000;
  const h = (14 * s) / panels;
  const density = (z: number) => Math.exp(-(z * z) / (2 * q)) / Math.sqrt(2 * Math.PI * q);
  let total = 0;
  for (const sign of [-1, 1]) {
    for (let i = 0; i <= panels; i++) {
      const z = sign * Math.max(i * h, Number.MIN_VALUE); // each half approaches 0 from its own side (ReLU′ jumps there)
      const w = i === 0 || i === panels ? 0.5 : 1;
      total += w * g(z) * density(z) * h;
    }
  }
  return total;
}

/** Standard normal distribution function Φ(x), from the trapezoid integral of the density. */
function normalCdf(x: number): number {
  const n = 20000;
  const h = Math.abs(x) / n;
  let area = 0;
  for (let i = 0; i <= n; i++) {
    const t = i * h;
    area += (i === 0 || i === n ? 0.5 : 1) * Math.exp(-(t * t) / 2) * h;
  }
  area /= Math.sqrt(2 * Math.PI);
  return x >= 0 ? 0.5 + area : 0.5 - area;
}

describe('the gradient is a product', () => {
  test('ten sigmoid slopes of 1/4 multiply to 9.54e-7 (hand derivation, equation chain-product)', () => {
    const slopeAtZero = dLogistic(0);
    expect(slopeAtZero).toBe(0.25);
    const product = slopeAtZero ** 10;
    expect(product).toBeCloseTo(9.5367431640625e-7, 18);
    expectChapterToPrint(SLUG, `0.25^{10} \\approx ${sci(product)}`);
  });

  test('a neuron at z = 4 has slope 0.0177, fourteen times below the maximum', () => {
    expect(fixed(dLogistic(4), 4)).toBe('0.0177');
    expect(Math.round(0.25 / dLogistic(4))).toBe(14);
    expectChapterToPrint(SLUG, '$\\sigma\'(4) = 0.0177$', 'fourteen times smaller');
  });

  test('a factor of 2 per layer gives 1024 after ten layers', () => {
    expect(2 ** 10).toBe(1024);
    expectChapterToPrint(SLUG, '$2^{10} = 1024$');
  });

  test('the window where |w σ′(wa + b)| ≥ 1 is 0.439 wide at w = 6 and at most about 0.448', () => {
    const closedForm = (w: number) => (2 / w) * Math.log((w / 2) * (1 + Math.sqrt(1 - 4 / w)) - 1);
    // Independent check: measure the set directly on a fine grid of inputs a (b = 0 without loss of generality).
    const measured = (w: number) => {
      const step = 1e-5;
      let count = 0;
      for (let a = -2; a <= 2; a += step) if (Math.abs(w * dLogistic(w * a)) >= 1) count++;
      return count * step;
    };
    expect(measured(6)).toBeCloseTo(closedForm(6), 4);
    expect(fixed(closedForm(6), 3)).toBe('0.439');
    let best = { w: 4, width: 0 };
    for (let w = 4; w <= 30; w += 0.001) {
      const width = closedForm(w);
      if (width > best.width) best = { w, width };
    }
    expect(fixed(best.width, 3)).toBe('0.448');
    expect(fixed(best.w, 1)).toBe('6.9');
    expectChapterToPrint(SLUG, '$\\Delta a = 0.439$', 'about $0.448$', '$\\lvert w \\rvert \\approx 6.9$', 'width at most about $0.45$');
  });
});

describe('the variance of a weighted sum', () => {
  test('Var(z) = n Var(w) Var(x) holds for a sampled layer (engine matmul, seed 7)', () => {
    const rng = createRng(7);
    const x = randn([4000, 64], rng);
    const w = normal([64, 1], rng, { std: 0.3 });
    const sampleVar = meanSquare(matmul(x, w));
    const sumW2 = 64 * meanSquare(w);
    // For fixed weights, Var(z) = Σ w_i² Var(x) = 64 · (mean w²) · 1.
    expect(sampleVar / sumW2).toBeGreaterThan(0.95);
    expect(sampleVar / sumW2).toBeLessThan(1.05);
  });

  test('N(0, 1) weights on 64 unit-variance inputs give Var(z) = 64, and 57 % of sigmoid units have σ′ below 0.01', () => {
    expect(64 * 1 * 1).toBe(64);
    // σ'(z) < 0.01 ⇔ |z| > ln(s+/s−) with s± = (1 ± √0.96)/2
    const threshold = Math.log((1 + Math.sqrt(0.96)) / (1 - Math.sqrt(0.96)));
    expect(dLogistic(threshold)).toBeCloseTo(0.01, 12);
    expect(threshold).toBeLessThan(4.6);
    expect(dLogistic(4.6)).toBeLessThan(0.01);
    const pSaturated = 2 * normalCdf(-threshold / 8);
    expect(fixed(pSaturated, 2)).toBe('0.57');
    expectChapterToPrint(SLUG, '$\\operatorname{Var}(z) = 64 \\cdot 1 \\cdot 1 = 64$', 'with probability $0.57$', 'four per cent of its maximum slope');
  });

  test('ten identity layers with N(0, 1) weights reach 64^10 = 2^60 ≈ 1.15 × 10^18', () => {
    expect(64 ** 10).toBe(2 ** 60);
    expectChapterToPrint(SLUG, `64^{10} = 2^{60} \\approx ${sci(2 ** 60)}`);
  });

  test('Glorot, He and LeCun scales for the 64-50 digits layer', () => {
    const glorotVar = 2 / (64 + 50);
    expectChapterToPrint(
      SLUG,
      `2/(64 + 50) = 2/114 = ${fixed(glorotVar, 4)}`,
      `a standard deviation of $${fixed(Math.sqrt(glorotVar), 3)}$`,
      `$r = \\sqrt{6/114} = ${fixed(Math.sqrt(6 / 114), 3)}$`,
      `$\\sqrt{2/64} = ${fixed(Math.sqrt(2 / 64), 3)}$`,
      `$1/\\sqrt{64} = ${fixed(1 / 8, 3)}$`,
    );
    // The uniform limit and the variance describe the same distribution: Var(U(−r, r)) = r²/3.
    expect((Math.sqrt(6 / 114) ** 2) / 3).toBeCloseTo(glorotVar, 15);
    expect(fixed(glorotVar, 4)).toBe('0.0175');
  });

  test('the engine initializers have the variances of the table (seed 3)', () => {
    const rng = createRng(3);
    expect(meanSquare(glorotUniform([400, 300], rng)) / (2 / 700)).toBeCloseTo(1, 1);
    expect(meanSquare(heNormal([400, 300], rng)) / (2 / 400)).toBeCloseTo(1, 1);
  });

  test('exercise: Glorot and He for a 784-100 layer, and std 28 under N(0, 1)', () => {
    expectChapterToPrint(
      SLUG,
      `\\sqrt{6/884} = ${fixed(Math.sqrt(6 / 884), 4)}`,
      `$\\sqrt{2/784} = ${fixed(Math.sqrt(2 / 784), 4)}$`,
      `$\\sqrt{784} = ${Math.sqrt(784)}$`,
    );
  });
});

describe('ten layers of width 64 (mean-field recursion, equation mean-field)', () => {
  const WIDTH = 64;
  const DEPTH = 10;
  const acts = {
    logistic: { f: logistic, df: dLogistic },
    tanh: { f: Math.tanh, df: (z: number) => 1 - Math.tanh(z) ** 2 },
    ReLU: { f: (z: number) => Math.max(0, z), df: (z: number) => (z > 0 ? 1 : 0) },
  } as const;
  const inits = { '$N(0, 1)$': 1, Glorot: 2 / (WIDTH + WIDTH), He: 2 / WIDTH } as const;

  function recursion(act: keyof typeof acts, v: number) {
    const { f, df } = acts[act];
    const q = [WIDTH * v];
    for (let l = 1; l < DEPTH; l++) q.push(WIDTH * v * gaussianExpectation((z) => f(z) ** 2, q[l - 1]));
    let ratio = 1;
    for (let l = 0; l < DEPTH - 1; l++) ratio *= WIDTH * v * gaussianExpectation((z) => df(z) ** 2, q[l]);
    return { q, ratio: Math.sqrt(ratio) };
  }

  const results = new Map<string, { q: number[]; ratio: number }>();
  for (const act of Object.keys(acts) as (keyof typeof acts)[]) {
    for (const [name, v] of Object.entries(inits)) results.set(`${act}|${name}`, recursion(act, v));
  }

  test.each([...results.keys()])('%s: the chapter prints Var(z^1), Var(z^10) and the gradient ratio', (key) => {
    const [act, init] = key.split('|');
    const { q, ratio } = results.get(key)!;
    expectChapterToPrint(SLUG, `| ${act} | ${init} | ${tableNumber(q[0])} | ${tableNumber(q[DEPTH - 1])} | ${tableNumber(ratio)} |`);
  });

  test('ReLU rows are exact powers of two: 2^51, 2^-9, 2 and ratios 32^4.5, 2^-4.5, 1', () => {
    expect(results.get('ReLU|$N(0, 1)$')!.q[9] / 2 ** 51).toBeCloseTo(1, 6);
    expect(results.get('ReLU|Glorot')!.q[9] / 2 ** -9).toBeCloseTo(1, 6);
    expect(results.get('ReLU|He')!.q[9]).toBeCloseTo(2, 6);
    expect(results.get('ReLU|$N(0, 1)$')!.ratio / 32 ** 4.5).toBeCloseTo(1, 6);
    expect(results.get('ReLU|Glorot')!.ratio / 2 ** -4.5).toBeCloseTo(1, 6);
    expectChapterToPrint(SLUG, '$\\operatorname{Var}(z^{10}) = 64 \\cdot 32^9 = 2^{51}$', '$32^{9/2}$, $2^{-9/2}$ and exactly 1');
  });

  test('the figure module computes the same recursion', () => {
    for (const [act, figAct] of [['logistic', 'sigmoid'], ['tanh', 'tanh'], ['ReLU', 'relu']] as const) {
      for (const [name, v] of Object.entries(inits)) {
        const ours = results.get(`${act}|${name}`)!;
        const fig = forwardVariances(figAct, WIDTH, v, DEPTH);
        fig.forEach((q, l) => expect(q / ours.q[l]).toBeCloseTo(1, 6));
        expect(gradientRatio(figAct, WIDTH, v, DEPTH) / ours.ratio).toBeCloseTo(1, 6);
      }
    }
  });

  test('per-layer factors quoted in the discussion: 4.5 for tanh with N(0, 1), 0.23 for the logistic with Glorot', () => {
    const tanhQ = results.get('tanh|$N(0, 1)$')!.q[9];
    const tanhFactor = 64 * gaussianExpectation((z) => (1 - Math.tanh(z) ** 2) ** 2, tanhQ);
    expect(fixed(tanhFactor, 1)).toBe('4.5');
    const logisticGlorot = results.get('logistic|Glorot')!.ratio ** (1 / 9);
    expect(fixed(logisticGlorot, 2)).toBe('0.23');
    // The logistic fixed point with Glorot weights: 0.25 of the 0.265 comes from the mean ½ alone.
    expect(64 * (1 / 64) * 0.25).toBe(0.25);
    expectChapterToPrint(SLUG, '$64\\, E[\\tanh\'(z)^2] \\approx 4.5$', 'a factor of about $0.23$ per layer', '= 0.25$, comes from the mean');
  });

  test('Glorot with a 4× standard deviation still loses about 0.012 over ten logistic layers', () => {
    const { ratio } = recursion('logistic', 16 / WIDTH);
    expect(ratio.toPrecision(2)).toBe('0.012');
    expectChapterToPrint(SLUG, 'brings the ratio to about $0.012$');
  });

  test('simulated width-64 networks agree with the table (engine, seeds 1–4, 64 inputs each)', () => {
    const engineAct = { logistic: sigmoid, tanh, ReLU: relu } as const;
    const engineInit = {
      '$N(0, 1)$': (rng: ReturnType<typeof createRng>) => normal([WIDTH, WIDTH], rng, { std: 1 }),
      Glorot: (rng: ReturnType<typeof createRng>) => glorotUniform([WIDTH, WIDTH], rng),
      He: (rng: ReturnType<typeof createRng>) => heNormal([WIDTH, WIDTH], rng),
    } as const;

    for (const act of Object.keys(engineAct) as (keyof typeof engineAct)[]) {
      for (const init of Object.keys(engineInit) as (keyof typeof engineInit)[]) {
        let lastVariance = 0;
        let logRatio = 0;
        const seeds = [1, 2, 3, 4];
        for (const seed of seeds) {
          const rng = createRng(seed);
          let a: Tensor = randn([64, WIDTH], rng);
          const zs: Tensor[] = [];
          for (let l = 0; l < DEPTH; l++) {
            const z = matmul(a, engineInit[init](rng));
            zs.push(z);
            a = engineAct[act](z);
          }
          a.backward(randn([64, WIDTH], rng)); // ∂C/∂a^10 with unit variance
          lastVariance += meanSquare(zs[DEPTH - 1]) / seeds.length;
          logRatio += Math.log(Math.sqrt(meanSquare(zs[0].grad!) / meanSquare(zs[DEPTH - 1].grad!))) / seeds.length;
        }
        const expected = results.get(`${act}|${init}`)!;
        const varianceFactor = lastVariance / expected.q[DEPTH - 1];
        expect(varianceFactor, `${act} ${init} variance`).toBeGreaterThan(1 / 3);
        expect(varianceFactor, `${act} ${init} variance`).toBeLessThan(3);
        const ratioFactor = Math.exp(logRatio) / expected.ratio;
        expect(ratioFactor, `${act} ${init} gradient ratio`).toBeGreaterThan(2 / 3);
        expect(ratioFactor, `${act} ${init} gradient ratio`).toBeLessThan(4 / 3);
      }
    }
    expectChapterToPrint(SLUG, 'within about a third of the table', 'within a factor of three');
  });
});

describe('the sigmoid, tanh and the ReLU family', () => {
  test('σ(z) = (1 + tanh(z/2))/2 at sample points (equation sigmoid-tanh)', () => {
    for (const z of [-7, -1.3, 0, 0.4, 5]) expect(logistic(z)).toBeCloseTo(0.5 * (1 + Math.tanh(z / 2)), 14);
  });

  test('positive inputs (0.7, 0.4) and δ = 0.2 give same-sign gradients (0.14, 0.08)', () => {
    const grads = [0.7, 0.4].map((a) => 0.2 * a);
    expect(grads.map((g) => fixed(g, 2))).toEqual(['0.14', '0.08']);
    expectChapterToPrint(SLUG, 'the gradients are $(0.14, 0.08)$');
  });

  test('a ReLU unit dies after one step with η = 1 and survives with η = 0.1', () => {
    const x = [1, 1];
    const delta = 3.0;
    const step = (eta: number) => ({ w: [0.5, 0.4].map((w, i) => w - eta * delta * x[i]), b: 0.1 - eta * delta });
    // Largest z over the box [0, 1]²: take x_i = 1 where w_i > 0.
    const zMax = ({ w, b }: { w: number[]; b: number }) => b + w.reduce((s, wi) => s + Math.max(0, wi), 0);
    const big = step(1);
    expect(big.w.map((v) => fixed(v, 1))).toEqual(['-2.5', '-2.6']);
    expect(fixed(big.b, 1)).toBe('-2.9');
    expect(zMax(big)).toBeLessThan(0);
    const small = step(0.1);
    expect(small.w.map((v) => fixed(v, 1))).toEqual(['0.2', '0.1']);
    expect(fixed(small.b, 1)).toBe('-0.2');
    expect(fixed(zMax(small), 1)).toBe('0.1');
    expectChapterToPrint(SLUG, '$\\mathbf{w} = (-2.5, -2.6)$ and $b = -2.9$', '$\\mathbf{w} = (0.2, 0.1)$ and $b = -0.2$', 'is $z = 0.1 > 0$');
  });

  test('exercise: the unit with w = (−1, 0.5, −2) is alive at b = −0.4 and dead at b = −0.6', () => {
    const zMax = (b: number) => b + [-1, 0.5, -2].reduce((s, w) => s + Math.max(0, w), 0);
    expect(fixed(zMax(-0.4), 1)).toBe('0.1');
    expect(fixed(zMax(-0.6), 1)).toBe('-0.1');
    expectChapterToPrint(SLUG, '$z_{\\max} = 0.5 - 0.4 = 0.1 > 0$', '$z_{\\max} = 0.5 - 0.6 = -0.1 < 0$');
  });

  test('leaky ReLU and ELU values at z = −2 (engine activations and their gradients)', () => {
    const z = tensor([-2], { requiresGrad: true });
    const leaky = leakyRelu(z, 0.01);
    leaky.backward(tensor([1]));
    expect(leaky.data[0]).toBeCloseTo(-0.02, 15);
    expect(z.grad!.data[0]).toBeCloseTo(0.01, 15);
    const z2 = tensor([-2], { requiresGrad: true });
    const e = elu(z2, 1);
    e.backward(tensor([1]));
    expect(fixed(e.data[0], 3)).toBe('-0.865');
    expect(fixed(z2.grad!.data[0], 3)).toBe('0.135');
    expectChapterToPrint(SLUG, '$\\operatorname{leaky}(-2) = -0.02$', 'slope there is $0.01$', '$\\operatorname{ELU}(-2) = e^{-2} - 1 = -0.865$', '$e^{-2} = 0.135$');
  });

  test('mean outputs for z ~ N(0, 1): 0.399, 0.395, 0.161 (quadrature vs closed form)', () => {
    const relu01 = gaussianExpectation((z) => Math.max(0, z), 1);
    const leaky01 = gaussianExpectation((z) => (z > 0 ? z : 0.01 * z), 1);
    const elu01 = gaussianExpectation((z) => (z > 0 ? z : Math.expm1(z)), 1);
    expect(relu01).toBeCloseTo(1 / Math.sqrt(2 * Math.PI), 8);
    expect(leaky01).toBeCloseTo(0.99 / Math.sqrt(2 * Math.PI), 8);
    expect(elu01).toBeCloseTo(1 / Math.sqrt(2 * Math.PI) + Math.sqrt(Math.E) * normalCdf(-1) - 0.5, 8);
    expect(gaussianExpectation(logistic, 1)).toBeCloseTo(0.5, 10);
    expect(gaussianExpectation(Math.tanh, 1)).toBeCloseTo(0, 10);
    expectChapterToPrint(
      SLUG,
      `$1/\\sqrt{2\\pi} = ${fixed(relu01, 3)}$`,
      `$0.99/\\sqrt{2\\pi} = ${fixed(leaky01, 3)}$`,
      `\\Phi(-1) - \\tfrac12 = ${fixed(elu01, 3)}$`,
    );
  });

  test('He for the leaky ReLU differs by 0.01 % at α = 0.01 and by 1 % (0.5 % in std) at α = 0.1', () => {
    const leakyMoment = (alpha: number) => gaussianExpectation((z) => (z > 0 ? z : alpha * z) ** 2, 1);
    expect(leakyMoment(0.1)).toBeCloseTo(0.5 * 1.01, 8);
    expect(fixed(100 * (1 - 1 / 1.0001), 2)).toBe('0.01');
    expect(fixed(100 * (1 - 1 / 1.01), 0)).toBe('1');
    expect(fixed(100 * (1 - Math.sqrt(1 / 1.01)), 1)).toBe('0.5');
    expectChapterToPrint(SLUG, 'within $0.01\\,\\%$ of He', 'the variance is 1 % below', '$0.5\\,\\%$ below');
  });

  test('exercise: a tanh chain at z = 0 keeps 0.9^9 = 0.387 and grows to 1.1^9 = 2.36', () => {
    expect(1 - Math.tanh(0) ** 2).toBe(1);
    expectChapterToPrint(SLUG, `$0.9^9 = ${fixed(0.9 ** 9, 3)}$`, `$1.1^9 = ${fixed(1.1 ** 9, 2)}$`);
  });
});
