// Worked examples of the neurons chapter, recomputed from their inputs. Each value is computed here
// (with the book's engine where the operation exists, otherwise with a short calculation written
// out in the test) and then looked up in content/neurons.mdx, so the text and the numbers cannot
// drift apart. The widget claims of the "Exploring the activations" section are checked against the
// activation explorer's own model.
import { describe, expect, it } from 'vitest';
import {
  add, elu, heaviside, leakyRelu, matmul, mul, relu, sigmoid, softmax, sum, tanh, tensor, type Tensor,
} from '@/lib/engine';
import { ACTIVATIONS, saturatedIntervals } from '@/components/widgets/activation-explorer/model';
import { expectChapterToPrint, fixed } from './chapter-text';

const SLUG = 'neurons';

/** f(z) and f′(z) at a scalar z, the derivative by the engine's autograd. */
function valueAndSlope(f: (x: Tensor) => Tensor, z: number): [number, number] {
  const x = tensor(z, { requiresGrad: true });
  const y = f(x);
  y.backward();
  return [y.item(), x.grad!.item()];
}

/** A number as the chapter's tables print it: one decimal, a real minus sign, no "−0.0". */
function table1(v: number): string {
  const s = v.toFixed(1);
  return s === '-0.0' ? '0.0' : s.replace('-', '−');
}

// ---------------------------------------------------------------------------------------------
// The perceptron rule (equation "perceptron-rule"), run with the engine exactly as the chapter's
// TypeScript listing does it.

interface Step {
  epoch: number;
  x: readonly [number, number];
  t: number;
  wBefore: [number, number];
  bBefore: number;
  z: number;
  y: number;
  error: number;
}

const INPUTS = [
  [0, 0],
  [0, 1],
  [1, 0],
  [1, 1],
] as const;

function perceptronStep(w: Tensor, b: number, x: Tensor, t: number, eta: number) {
  const z = add(matmul(w, x), b).item();
  const y = heaviside(tensor(z)).item();
  const error = t - y;
  return { w: add(w, mul(eta * error, x)), b: b + eta * error, z, y, error };
}

function trainPerceptron(targets: readonly number[], w0: [number, number], b0: number, eta: number, maxEpochs = 50) {
  let w = tensor(w0);
  let b = b0;
  const steps: Step[] = [];
  const endOfEpoch: { w: number[]; b: number; mistakes: number }[] = [];
  for (let epoch = 1; epoch <= maxEpochs; epoch++) {
    let mistakes = 0;
    INPUTS.forEach((x, i) => {
      const before = { w: w.toArray() as [number, number], b };
      const r = perceptronStep(w, b, tensor([...x]), targets[i], eta);
      steps.push({ epoch, x, t: targets[i], wBefore: before.w, bBefore: before.b, z: r.z, y: r.y, error: r.error });
      if (r.error !== 0) mistakes++;
      w = r.w;
      b = r.b;
    });
    endOfEpoch.push({ w: w.toArray() as number[], b, mistakes });
    if (mistakes === 0) break;
  }
  const updates = steps.filter((s) => s.error !== 0).length;
  return { w: w.toArray() as [number, number], b, steps, endOfEpoch, updates, epochs: endOfEpoch.length };
}

const AND = [0, 0, 0, 1];
const OR = [0, 1, 1, 1];
const XOR = [0, 1, 1, 0];

describe('neurons chapter: a first neuron with numbers', () => {
  // Hand-chosen example: x = (1, 2, 3), w = (0.8, −0.4, 0.3), b = 0.1.
  const z = add(matmul(tensor([0.8, -0.4, 0.3]), tensor([1, 2, 3])), 0.1).item();

  it('w·x + b = 1.0', () => {
    expect(z).toBeCloseTo(1, 12);
    expectChapterToPrint(SLUG, '= 0.8 - 0.8 + 0.9 + 0.1 = 1.0');
  });

  it('the four activations give H = 1, σ = 0.7311, tanh = 0.7616, ReLU = 1', () => {
    expect(heaviside(tensor(z)).item()).toBe(1);
    expect(relu(tensor(z)).item()).toBeCloseTo(1, 12);
    const s = sigmoid(tensor(z)).item();
    const t = tanh(tensor(z)).item();
    expect(fixed(s, 4)).toBe('0.7311');
    expect(fixed(t, 4)).toBe('0.7616');
    expectChapterToPrint(SLUG, `$\\sigma(1) = ${fixed(s, 4)}$`, `$\\tanh(1) = ${fixed(t, 4)}$`, '$\\max(0, 1) = 1$');
  });

  it('the engine listing in the text prints the same value', () => {
    expectChapterToPrint(SLUG, 'const z = add(matmul(w, x), 0.1); // 1.0', 'const y = sigmoid(z).item();      // 0.7311');
  });
});

describe('neurons chapter: hard and soft classifiers', () => {
  it('σ(1) = 0.7311, σ(−2) = 0.1192, σ(0) = 0.5', () => {
    expect(fixed(sigmoid(tensor(-2)).item(), 4)).toBe('0.1192');
    expect(sigmoid(tensor(0)).item()).toBe(0.5);
    expectChapterToPrint(SLUG, '$z = 1$ gives $P = 0.7311$', '$\\sigma(-2) = 0.1192$', 'gets exactly $0.5$');
  });
});

describe('neurons chapter: the perceptron learning AND (hand-made example, H(0) = 0)', () => {
  const run = trainPerceptron(AND, [0.3, 0.4], 0.1, 0.1);

  it('stops after 3 epochs and 4 updates at w = (0.2, 0.2), b = −0.3', () => {
    expect(run.epochs).toBe(3);
    expect(run.updates).toBe(4);
    expect(run.w[0]).toBeCloseTo(0.2, 12);
    expect(run.w[1]).toBeCloseTo(0.2, 12);
    expect(run.b).toBeCloseTo(-0.3, 12);
    expectChapterToPrint(SLUG, 'training stops after **4 updates**', '\\mathbf{w} = (0.2,\\ 0.2), \\qquad b = -0.3');
  });

  it('prints every step of the first two epochs as the engine computes it', () => {
    const rows = run.steps
      .filter((s) => s.epoch <= 2)
      .map(
        (s) =>
          `| ${s.epoch} | (${s.x.join(', ')}) | ${s.t} | (${s.wBefore.map(table1).join(', ')}) | ${table1(s.bBefore)} | ${table1(s.z)} | ${s.y} | ${s.error === 0 ? '0' : s.error > 0 ? '+1' : '−1'} |`,
      );
    expect(rows).toHaveLength(8);
    expectChapterToPrint(SLUG, ...rows);
  });

  it('the third epoch is clean, with z = −0.3, −0.1, −0.1, 0.1, so no point lies on the boundary', () => {
    const last = run.steps.filter((s) => s.epoch === 3);
    expect(last.map((s) => s.error)).toEqual([0, 0, 0, 0]);
    expect(last.map((s) => table1(s.z)).join(', ')).toBe('−0.3, −0.1, −0.1, 0.1');
    expect(Math.min(...last.map((s) => Math.abs(s.z)))).toBeGreaterThanOrEqual(0.1 - 1e-12);
    expectChapterToPrint(SLUG, '| −0.3, −0.1, −0.1, 0.1 | 0, 0, 0, 1 |');
  });
});

describe('neurons chapter: exercises on the perceptron rule', () => {
  it('from zero, AND takes 6 epochs and ends at w = (2, 1), b = −2 with η = 1, and exactly 0.1 times that with η = 0.1', () => {
    const one = trainPerceptron(AND, [0, 0], 0, 1);
    const tenth = trainPerceptron(AND, [0, 0], 0, 0.1);
    expect(one.epochs).toBe(6);
    expect(tenth.epochs).toBe(6);
    expect(one.w).toEqual([2, 1]);
    expect(one.b).toBe(-2);
    one.steps.forEach((s, i) => {
      expect(tenth.steps[i].error).toBe(s.error);
      expect(tenth.steps[i].z).toBeCloseTo(0.1 * s.z, 12);
    });
    expect(tenth.w[0]).toBeCloseTo(0.2, 12);
    expect(tenth.w[1]).toBeCloseTo(0.1, 12);
    expect(tenth.b).toBeCloseTo(-0.2, 12);
    // the learned line passes through (1, 0): z = 0 there, classified 0 only because H(0) = 0
    expect(one.w[0] * 1 + one.w[1] * 0 + one.b).toBe(0);
    expectChapterToPrint(
      SLUG,
      'the rule needs 6 epochs',
      'ends at $\\mathbf{w} = (2, 1)$, $b = -2$',
      'it ends at $\\mathbf{w} = (0.2, 0.1)$, $b = -0.2$',
      'gets $z = 2 - 2 = 0$',
    );
  });

  it('OR from w = (0.1, 0), b = −0.4 takes 3 updates and ends on x₁ + x₂ = 0.5', () => {
    const run = trainPerceptron(OR, [0.1, 0], -0.4, 0.1);
    expect(run.updates).toBe(3);
    expect(run.epochs).toBe(3);
    expect(run.w[0]).toBeCloseTo(0.2, 12);
    expect(run.w[1]).toBeCloseTo(0.2, 12);
    expect(run.b).toBeCloseTo(-0.1, 12);
    // the solution table prints each step with the weights *after* it
    let w = [0.1, 0];
    let b = -0.4;
    const rows = run.steps
      .filter((s) => s.epoch <= 2)
      .map((s) => {
        w = [w[0] + 0.1 * s.error * s.x[0], w[1] + 0.1 * s.error * s.x[1]];
        b += 0.1 * s.error;
        const err = s.error === 0 ? '0' : s.error > 0 ? '+1' : '−1';
        return `| ${s.epoch} | (${s.x.join(', ')}) | ${table1(s.z)} | ${s.y} | ${err} | (${w.map(table1).join(', ')}), ${table1(b)} |`;
      });
    expectChapterToPrint(SLUG, ...rows, 'stops after **3 updates**', '$z = -0.1, 0.1, 0.1, 0.3$');
  });

  it('NAND: w = (−0.2, −0.2), b = 0.3 gives z = 0.3, 0.1, 0.1, −0.1 and outputs 1, 1, 1, 0', () => {
    const z = INPUTS.map((x) => add(matmul(tensor([-0.2, -0.2]), tensor([...x])), 0.3).item());
    expect(z.map((v) => fixed(v, 1))).toEqual(['0.3', '0.1', '0.1', '-0.1']);
    expect(z.map((v) => heaviside(tensor(v)).item())).toEqual([1, 1, 1, 0]);
    expectChapterToPrint(SLUG, '$\\mathbf{w} = (-0.2, -0.2)$, $b = 0.3$', '$z = 0.3, 0.1, 0.1, -0.1$');
  });
});

describe('neurons chapter: XOR', () => {
  it('no perceptron on a fine grid of weights computes XOR, while AND and OR are found', () => {
    // An independent check of the four-inequality proof: search w₁, w₂, b ∈ [−2, 2] in steps of 0.05.
    const grid = Array.from({ length: 81 }, (_, i) => -2 + i * 0.05);
    const solves = (targets: readonly number[]) =>
      grid.some((w1) =>
        grid.some((w2) => grid.some((b) => INPUTS.every((x, i) => (w1 * x[0] + w2 * x[1] + b > 0 ? 1 : 0) === targets[i]))),
      );
    expect(solves(XOR)).toBe(false);
    expect(solves(AND)).toBe(true);
    expect(solves(OR)).toBe(true);
  });

  it('by hand (exact arithmetic) the rule loops forever: w = (−0.1, 0), b = 0.1 after epoch 9 and every epoch after it, with four mistakes each', () => {
    // Exact arithmetic, as a reader computes by hand: weights in integer tenths, so η = 0.1 is one unit.
    let w = [3, 4];
    let b = 1;
    const ends: { key: string; mistakes: number }[] = [];
    for (let epoch = 1; epoch <= 30; epoch++) {
      let mistakes = 0;
      INPUTS.forEach((x, i) => {
        const error = XOR[i] - (w[0] * x[0] + w[1] * x[1] + b > 0 ? 1 : 0);
        if (error !== 0) mistakes++;
        w = [w[0] + error * x[0], w[1] + error * x[1]];
        b += error;
      });
      ends.push({ key: [...w, b].join(','), mistakes });
    }
    expect(ends[7].key).not.toBe(ends[8].key);
    for (const e of ends.slice(8)) expect(e.key).toBe('-1,0,1');
    for (const e of ends.slice(9)) expect(e.mistakes).toBe(4);
    expectChapterToPrint(
      SLUG,
      'at the end of epoch 9 the weights are $\\mathbf{w} = (-0.1, 0)$, $b = 0.1$',
      'from then on every epoch makes all four mistakes',
    );
  });

  it('in floating point (the engine) it loops too, at w = (−0.1, −0.1), b = 0.1 from epoch 10 on, after ties come out as ±2.8e-17', () => {
    const run = trainPerceptron(XOR, [0.3, 0.4], 0.1, 0.1, 30);
    expect(run.epochs).toBe(30);
    expect(run.endOfEpoch.every((e) => e.mistakes > 0)).toBe(true);
    const key = (e: { w: number[]; b: number }) => [...e.w, e.b].map((v) => table1(v)).join(',');
    expect(key(run.endOfEpoch[8])).not.toBe(key(run.endOfEpoch[9]));
    for (const e of run.endOfEpoch.slice(9)) expect(key(e)).toBe('−0.1,−0.1,0.1');
    for (const e of run.endOfEpoch.slice(10)) expect(e.mistakes).toBe(4);
    const ties = run.steps.map((s) => Math.abs(s.z)).filter((z) => z > 0 && z < 1e-15);
    expect(ties.length).toBeGreaterThan(0);
    expect(ties.every((z) => z.toPrecision(2) === '2.8e-17')).toBe(true);
    expectChapterToPrint(SLUG, '$z = \\pm 2.8 \\times 10^{-17}$', 'returning to $\\mathbf{w} = (-0.1, -0.1)$, $b = 0.1$ at the end of every epoch from the tenth on');
  });
});

describe('neurons chapter: sigmoid and tanh', () => {
  it('σ′(1) = σ(1)(1 − σ(1)) = 0.1966 by autograd, and σ′(0) = 1/4 is the maximum', () => {
    const [s, ds] = valueAndSlope(sigmoid, 1);
    expect(ds).toBeCloseTo(s * (1 - s), 14);
    expect(fixed(ds, 4)).toBe('0.1966');
    expect(valueAndSlope(sigmoid, 0)[1]).toBe(0.25);
    for (const z of [-3, -1, -0.1, 0.1, 1, 3]) expect(valueAndSlope(sigmoid, z)[1]).toBeLessThan(0.25);
    expectChapterToPrint(SLUG, '$\\sigma\'(1) = 0.7311 \\cdot 0.2689 = 0.1966$', '$\\sigma\'(0) = 1/4$');
  });

  it('the sigmoid saturates (slope below 0.05) beyond |z| = 2.887, and σ′(5) = 0.00665', () => {
    const a = (1 + Math.sqrt(0.8)) / 2;
    const z = Math.log(a / (1 - a));
    expect(valueAndSlope(sigmoid, z)[1]).toBeCloseTo(0.05, 12);
    expect(fixed(a, 4)).toBe('0.9472');
    expect(fixed(1 - a, 4)).toBe('0.0528');
    expect(fixed(z, 3)).toBe('2.887');
    expect(valueAndSlope(sigmoid, 5)[1].toPrecision(3)).toBe('0.00665');
    expectChapterToPrint(SLUG, '= 0.9472$', '\\ln\\frac{0.9472}{0.0528} = 2.887', '$\\lvert z\\rvert > 2.887$', 'only $0.00665$');
  });

  it('tanh(1) = 0.7616, tanh′(1) = 0.4200, and tanh saturates beyond |z| = 2.178', () => {
    const [t, dt] = valueAndSlope(tanh, 1);
    expect(dt).toBeCloseTo(1 - t * t, 14);
    expect(fixed(dt, 4)).toBe('0.4200');
    const zSat = Math.atanh(Math.sqrt(0.95));
    expect(valueAndSlope(tanh, zSat)[1]).toBeCloseTo(0.05, 12);
    expect(fixed(zSat, 3)).toBe('2.178');
    expectChapterToPrint(SLUG, '$\\tanh\'(1) = 1 - 0.7616^2 = 0.4200$', '$\\lvert z\\rvert = 2.178$');
  });

  it('tanh(z) = 2σ(2z) − 1: σ(2) = 0.8808 and 2 · 0.8808 − 1 = 0.7616 (exercise 2)', () => {
    for (const z of [-2, -0.5, 0, 0.3, 1, 4]) {
      expect(2 * sigmoid(tensor(2 * z)).item() - 1).toBeCloseTo(tanh(tensor(z)).item(), 14);
    }
    expect(fixed(sigmoid(tensor(2)).item(), 4)).toBe('0.8808');
    expectChapterToPrint(SLUG, '$\\sigma(2) = 0.8808$, and $2 \\cdot 0.8808 - 1 = 0.7616 = \\tanh(1)$');
  });
});

describe('neurons chapter: the ReLU family and maxout', () => {
  it('leaky ReLU at z = −2 gives −0.2 with α = 0.1 and −0.02 with α = 0.01', () => {
    expect(leakyRelu(tensor(-2), 0.1).item()).toBeCloseTo(-0.2, 14);
    expect(leakyRelu(tensor(-2), 0.01).item()).toBeCloseTo(-0.02, 14);
    expectChapterToPrint(SLUG, 'At $z = -2$ the two give $-0.2$ and $-0.02$');
  });

  it('ELU₁(−1) = −0.6321 with slope 0.3679 = ELU(−1) + 1, and saturates below ln 0.05 = −2.996', () => {
    const [v, dv] = valueAndSlope((x) => elu(x, 1), -1);
    expect(fixed(v, 4)).toBe('-0.6321');
    expect(fixed(dv, 4)).toBe('0.3679');
    expect(dv).toBeCloseTo(v + 1, 14);
    expect(fixed(Math.log(0.05), 3)).toBe('-2.996');
    expectChapterToPrint(SLUG, '= e^{-1} - 1 = -0.6321$', 'the slope is $e^{-1} = 0.3679$', '$z < \\ln 0.05 = -2.996$');
  });

  it('maxout max(z, −0.5z − 1): the pieces cross at z = −2/3, and at z = −1 the output is −0.5', () => {
    const m = ACTIVATIONS.maxout;
    expect(m.f(-2 / 3, 0)).toBeCloseTo(-2 / 3, 14);
    expect(m.f(-1, 0)).toBe(-0.5);
    expect(m.df(-1, 0)).toBe(-0.5);
    expect(m.df(0, 0)).toBe(1);
    expectChapterToPrint(SLUG, 'at $z = -2/3$', 'the output is $-0.5$');
  });
});

describe('neurons chapter: softmax', () => {
  const z = tensor([1, 0, 1], { requiresGrad: true });
  const s = softmax(z);

  it('softmax(1, 0, 1) = (0.4223, 0.1554, 0.4223), with denominator 2e + 1 = 6.4366', () => {
    const values = s.toArray() as number[];
    expect(values.map((v) => fixed(v, 4))).toEqual(['0.4223', '0.1554', '0.4223']);
    expect(values[0]).toBeCloseTo(Math.E / (2 * Math.E + 1), 14);
    expect(fixed(2 * Math.E + 1, 4)).toBe('6.4366');
    expectChapterToPrint(SLUG, '&= (0.4223,\\ 0.1554,\\ 0.4223)', '$e + 1 + e = 6.4366$');
  });

  it('the first Jacobian row by autograd is (0.2440, −0.0656, −0.1784) = s₁(δ₁ⱼ − sⱼ), and sums to zero', () => {
    sum(mul(s, tensor([1, 0, 0]))).backward();
    const row = z.grad!.toArray() as number[];
    const v = s.toArray() as number[];
    row.forEach((g, j) => expect(g).toBeCloseTo(v[0] * ((j === 0 ? 1 : 0) - v[j]), 14));
    expect(row.reduce((a, b) => a + b, 0)).toBeCloseTo(0, 14);
    expect(row.map((g) => fixed(g, 4))).toEqual(['0.2440', '-0.0656', '-0.1784']);
    expectChapterToPrint(SLUG, '&= (0.2440,\\ -0.0656,\\ -0.1784)');
  });

  it('two-class softmax is the sigmoid of the difference', () => {
    for (const [a, b] of [
      [2, -1],
      [0.3, 0.3],
      [-4, 1],
    ]) {
      const s1 = (softmax(tensor([a, b])).toArray() as number[])[0];
      expect(s1).toBeCloseTo(sigmoid(tensor(a - b)).item(), 14);
    }
  });

  it("the explorer's softmax view is a sigmoid shifted right by ln(1 + e) = 1.313", () => {
    const shift = Math.log(1 + Math.E);
    expect(fixed(shift, 3)).toBe('1.313');
    for (const x of [-3, 0, 1, 2.5]) expect(ACTIVATIONS.softmax.f(x, 0)).toBeCloseTo(sigmoid(tensor(x - shift)).item(), 14);
    expectChapterToPrint(SLUG, '$\\ln(1 + e) = 1.313$');
  });
});

describe('neurons chapter: what the text says the activation explorer shows', () => {
  const shading = (name: keyof typeof ACTIVATIONS, alpha: number, range = 6) =>
    saturatedIntervals(ACTIVATIONS[name], alpha, -range, range);

  it('sigmoid: σ(1) = 0.7311, σ′(1) = 0.1966 at the default point, shading from |z| ≈ 2.89', () => {
    expect(fixed(ACTIVATIONS.sigmoid.f(1, 0), 4)).toBe('0.7311');
    expect(fixed(ACTIVATIONS.sigmoid.df(1, 0), 4)).toBe('0.1966');
    const [left, right] = shading('sigmoid', 0);
    expect(left[1]).toBeCloseTo(-2.89, 1);
    expect(right[0]).toBeCloseTo(2.89, 1);
    expectChapterToPrint(SLUG, 'the shading starts at $z \\approx 2.89$');
  });

  it('tanh: shading from |z| ≈ 2.18', () => {
    const [left, right] = shading('tanh', 0);
    expect(left[1]).toBeCloseTo(-2.18, 1);
    expect(right[0]).toBeCloseTo(2.18, 1);
    expectChapterToPrint(SLUG, 'at $\\lvert z\\rvert \\approx 2.18$');
  });

  it('ReLU and leaky ReLU with α = 0.01 shade the whole left half; α = 0.1 shades nothing', () => {
    expect(shading('relu', 0)).toEqual([[-6, expect.closeTo(0, 1)]]);
    expect(shading('leaky-relu', 0.01)).toEqual([[-6, expect.closeTo(0, 1)]]);
    expect(shading('leaky-relu', 0.1)).toEqual([]);
  });

  it('ELU with α = 1: shading up to z ≈ −3; step: shaded everywhere', () => {
    const [elu1] = shading('elu', 1);
    expect(elu1[1]).toBeCloseTo(-3, 1);
    expect(shading('heaviside', 0)).toEqual([[-6, 6]]);
    expectChapterToPrint(SLUG, 'The shading starts near $z \\approx -3$');
  });
});
