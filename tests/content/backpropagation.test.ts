// Every number of the backpropagation chapter, recomputed from the example's inputs three ways: the
// book's engine (autograd), an independent hand implementation of the chapter's equations (1)–(4),
// and centred finite differences. Golden values come from the classic 2-2-2 worked example
// (M. Mazur, "A Step by Step Backpropagation Example", 2015; quoted in issue 4): loss 0.298371109,
// ∂C/∂w5 = 0.082167041, and its updated weights.
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { exampleOutputGradient } from '@/components/figures/backpropagation/example';
import { add, matmul, mseLoss, sigmoid, tensor } from '@/lib/engine';
import { expectChapterToPrint, fixed } from './chapter-text';
import { renderChapter } from './mdx-pipeline';

const slug = 'backpropagation';
const x = [0.05, 0.1];
const t = [0.01, 0.99];

/** Parameters in the chapter's order: w1…w8, b_h1, b_h2, b_o1, b_o2. */
const START = [0.15, 0.2, 0.25, 0.3, 0.4, 0.45, 0.5, 0.55, 0.35, 0.35, 0.6, 0.6];
const NAMES = ['w1', 'w2', 'w3', 'w4', 'w5', 'w6', 'w7', 'w8', 'b_h1', 'b_h2', 'b_o1', 'b_o2'];

const sigma = (z: number): number => 1 / (1 + Math.exp(-z));

/** Forward pass with plain numbers (hand derivation of z = W a + b, a = σ(z)). */
function forward(p: readonly number[]) {
  const zh = [p[0] * x[0] + p[1] * x[1] + p[8], p[2] * x[0] + p[3] * x[1] + p[9]];
  const ah = zh.map(sigma);
  const zo = [p[4] * ah[0] + p[5] * ah[1] + p[10], p[6] * ah[0] + p[7] * ah[1] + p[11]];
  const ao = zo.map(sigma);
  const cost = 0.5 * ((ao[0] - t[0]) ** 2 + (ao[1] - t[1]) ** 2);
  return { zh, ah, zo, ao, cost };
}

/**
 * Hand derivation of the chapter's four equations for the 2-2-2 network. `backWeights` are the
 * w5…w8 used in equation (4); normally the current ones.
 */
function backprop(p: readonly number[], backWeights: readonly number[] = p.slice(4, 8)) {
  const f = forward(p);
  // δ^L = ∇_a C ⊙ σ'(z^L), equation (1)
  const deltaO = [0, 1].map((j) => (f.ao[j] - t[j]) * f.ao[j] * (1 - f.ao[j]));
  // δ^l = ((W^{l+1})^T δ^{l+1}) ⊙ σ'(z^l), equation (4); W² = [[w5, w6], [w7, w8]]
  const [w5, w6, w7, w8] = backWeights;
  const backSum = [w5 * deltaO[0] + w7 * deltaO[1], w6 * deltaO[0] + w8 * deltaO[1]];
  const deltaH = [0, 1].map((j) => backSum[j] * f.ah[j] * (1 - f.ah[j]));
  // ∂C/∂w_jk = a_k δ_j and ∂C/∂b_j = δ_j, equations (2) and (3)
  const grad = [
    deltaH[0] * x[0], deltaH[0] * x[1], deltaH[1] * x[0], deltaH[1] * x[1],
    deltaO[0] * f.ah[0], deltaO[0] * f.ah[1], deltaO[1] * f.ah[0], deltaO[1] * f.ah[1],
    deltaH[0], deltaH[1], deltaO[0], deltaO[1],
  ];
  return { ...f, deltaO, deltaH, backSum, grad };
}

function finiteDifference(p: readonly number[], i: number, h: number): number {
  const up = [...p];
  const down = [...p];
  up[i] += h;
  down[i] -= h;
  return (forward(up).cost - forward(down).cost) / (2 * h);
}

const step = (p: readonly number[], grad: readonly number[], eta: number, count = p.length) =>
  p.map((v, i) => (i < count ? v - eta * grad[i] : v));

/** The chapter's tables write negative numbers with a real minus sign. */
const table = (v: number, digits = 9): string => fixed(v, digits).replace('-', '−');

const hand = backprop(START);

describe('backpropagation chapter: the 2-2-2 worked example', () => {
  test('the engine runs the chapter code and agrees with the hand-derived equations (1)–(4)', () => {
    const xs = tensor([[0.05], [0.1]]);
    const ts = tensor([[0.01], [0.99]]);
    const W1 = tensor([[0.15, 0.2], [0.25, 0.3]], { requiresGrad: true });
    const b1 = tensor([[0.35], [0.35]], { requiresGrad: true });
    const W2 = tensor([[0.4, 0.45], [0.5, 0.55]], { requiresGrad: true });
    const b2 = tensor([[0.6], [0.6]], { requiresGrad: true });
    const a1 = sigmoid(add(matmul(W1, xs), b1));
    const a2 = sigmoid(add(matmul(W2, a1), b2));
    const C = mseLoss(a2, ts, 'half-sum');
    C.backward();

    const engineGrad = [...W1.grad!.data, ...W2.grad!.data, ...b1.grad!.data, ...b2.grad!.data];
    expect(C.item()).toBeCloseTo(hand.cost, 14);
    engineGrad.forEach((g, i) => expect(g, NAMES[i]).toBeCloseTo(hand.grad[i], 14));
    expect([...a1.data]).toEqual(hand.ah.map((v) => expect.closeTo(v, 14)));
    expect([...a2.data]).toEqual(hand.ao.map((v) => expect.closeTo(v, 14)));
  });

  test('the loss and ∂C/∂w5 equal the classic example golden values', () => {
    expect(fixed(hand.cost, 9)).toBe('0.298371109'); // classic example
    expect(fixed(hand.grad[4], 9)).toBe('0.082167041'); // classic example
    expectChapterToPrint(slug, '0.298371109', '0.082167041');
  });

  test('the chapter prints every forward quantity (z, a, σ′) of the table', () => {
    const rows = [
      [hand.zh[0], hand.ah[0]],
      [hand.zh[1], hand.ah[1]],
      [hand.zo[0], hand.ao[0]],
      [hand.zo[1], hand.ao[1]],
    ];
    for (const [z, a] of rows) {
      expectChapterToPrint(slug, `| ${fixed(z, 9)} | ${fixed(a, 9)} | ${fixed(a * (1 - a), 9)} |`);
    }
    expectChapterToPrint(
      slug,
      `0.15 \\cdot 0.05 + 0.20 \\cdot 0.10 + 0.35 \\\\\n&= ${fixed(hand.zh[0], 4)}, \\\\\na_{h_1} &= \\sigma(0.3775) = ${fixed(hand.ah[0], 9)}`,
      `0.25 \\cdot 0.05 + 0.30 \\cdot 0.10 + 0.35 \\\\\n&= ${fixed(hand.zh[1], 4)}, \\\\\na_{h_2} &= \\sigma(0.3925) = ${fixed(hand.ah[1], 9)}`,
      `0.40 \\cdot ${fixed(hand.ah[0], 4)} + 0.45 \\cdot ${fixed(hand.ah[1], 4)} + 0.60 \\\\\n&= ${fixed(hand.zo[0], 9)}`,
      `0.50 \\cdot ${fixed(hand.ah[0], 4)} + 0.55 \\cdot ${fixed(hand.ah[1], 4)} + 0.60 \\\\\n&= ${fixed(hand.zo[1], 9)}`,
      `a_{o_1} &= \\sigma(${fixed(hand.zo[0], 9)}) = ${fixed(hand.ao[0], 9)}`,
      `a_{o_2} &= \\sigma(${fixed(hand.zo[1], 9)}) = ${fixed(hand.ao[1], 9)}`,
    );
  });

  test('the cost splits into its two terms as printed', () => {
    const c1 = 0.5 * (hand.ao[0] - t[0]) ** 2;
    const c2 = 0.5 * (hand.ao[1] - t[1]) ** 2;
    expectChapterToPrint(slug, `&= ${fixed(c1, 9)} + ${fixed(c2, 9)} \\\\\n  &= ${fixed(hand.cost, 9)} .`);
  });

  test('output errors by equation (1), with the numbers substituted to four decimals', () => {
    const [a1, a2] = hand.ao;
    expectChapterToPrint(
      slug,
      `(${fixed(a1, 4)} - 0.01) \\cdot ${fixed(a1, 4)} \\cdot (1 - ${fixed(a1, 4)}) \\\\`,
      `&= ${fixed(hand.deltaO[0], 4)}, \\\\[6pt]`,
      `(${fixed(a2, 4)} - 0.99) \\cdot ${fixed(a2, 4)} \\cdot (1 - ${fixed(a2, 4)}) \\\\`,
      `&= ${fixed(hand.deltaO[1], 4)} .`,
      `$\\delta_{o_1} = ${fixed(hand.deltaO[0], 9)}$ and $\\delta_{o_2} = ${fixed(hand.deltaO[1], 9)}$`,
      `${fixed(hand.ao[0] - t[0], 9)}$ for $o_1$ and\n$${fixed(hand.ao[1] - t[1], 9)}$`,
    );
    expect(fixed(hand.deltaO[0], 4)).toBe('0.1385'); // issue 4's example substitution
  });

  test('output-weight gradients by equation (2) and the three chain-rule factors of w5', () => {
    const [d1, d2] = hand.deltaO;
    const [h1, h2] = hand.ah;
    const rows = [
      [d1, h1, hand.grad[4]],
      [d1, h2, hand.grad[5]],
      [d2, h1, hand.grad[6]],
      [d2, h2, hand.grad[7]],
    ];
    for (const [d, a, g] of rows) {
      expect(d * a).toBeCloseTo(g, 15);
      expectChapterToPrint(slug, `= ${fixed(d, 9)} \\cdot ${fixed(a, 9)}$ | ${table(g)} |`);
    }
    const o1 = hand.ao[0];
    expectChapterToPrint(
      slug,
      `\\underbrace{(a_{o_1} - t_1)}_{${fixed(o1 - t[0], 9)}}`,
      `\\underbrace{a_{o_1}(1 - a_{o_1})}_{${fixed(o1 * (1 - o1), 9)}}`,
      `\\underbrace{a_{h_1}}_{${fixed(h1, 9)}} \\\\\n&= \\delta_{o_1}\\, a_{h_1} = ${fixed(hand.grad[4], 9)}`,
      `\\partial C/\\partial b_{o_1} = ${fixed(d1, 9)}$ and $\\partial C/\\partial b_{o_2} = ${fixed(d2, 9)}$`,
    );
  });

  test('hidden errors by equation (4): the backward sum, the slopes and δ_h', () => {
    const [d1, d2] = hand.deltaO;
    expectChapterToPrint(
      slug,
      `0.40 \\cdot ${fixed(d1, 4)} + 0.50 \\cdot (${fixed(d2, 4)})`,
      `0.45 \\cdot ${fixed(d1, 4)} + 0.55 \\cdot (${fixed(d2, 4)})`,
      `\\begin{bmatrix} ${fixed(hand.backSum[0], 9)} \\\\ ${fixed(hand.backSum[1], 9)} \\end{bmatrix}`,
    );
    for (const j of [0, 1]) {
      const slope = hand.ah[j] * (1 - hand.ah[j]);
      expectChapterToPrint(slug, `= ${fixed(hand.backSum[j], 9)} \\cdot ${fixed(slope, 9)} \\\\ &= ${fixed(hand.deltaH[j], 9)}`);
    }
  });

  test('hidden-weight gradients by equation (2) with the inputs at the input end', () => {
    const rows = [
      [hand.deltaH[0], '0.05', hand.grad[0]],
      [hand.deltaH[0], '0.10', hand.grad[1]],
      [hand.deltaH[1], '0.05', hand.grad[2]],
      [hand.deltaH[1], '0.10', hand.grad[3]],
    ] as const;
    for (const [d, input, g] of rows) {
      expect(d * Number(input)).toBeCloseTo(g, 15);
      expectChapterToPrint(slug, `= ${fixed(d, 9)} \\cdot ${input}$ | ${table(g)} |`);
    }
  });

  test('every gradient matches a centred finite difference with h = 1e-4 to a relative 1e-8', () => {
    hand.grad.forEach((g, i) => {
      const fd = finiteDifference(START, i, 1e-4);
      expect(Math.abs(fd - g) / Math.abs(g), NAMES[i]).toBeLessThan(1e-8);
      expect(table(fd), `${NAMES[i]} prints identically`).toBe(table(g));
      expectChapterToPrint(slug, `| ${table(g)} | ${table(fd)} |`);
    });
  });

  test('one step at η = 0.5 gives the classic updated weights and the printed biases', () => {
    const next = step(START, hand.grad, 0.5);
    // classic example: w1+ … w8+ (printed there to 8–9 decimals)
    const classic = [0.149780716, 0.19956143, 0.24975114, 0.29950229, 0.35891648, 0.408666186, 0.51130127, 0.561370121];
    classic.forEach((w, i) => expect(next[i], NAMES[i]).toBeCloseTo(w, 8));
    next.forEach((v, i) => {
      const before = START[i].toFixed(2);
      expectChapterToPrint(slug, `| ${before} | ${table(hand.grad[i])} | ${fixed(v, 9)} |`);
    });
    expectChapterToPrint(slug, `0.40 - 0.5 \\cdot ${fixed(hand.grad[4], 9)} \\\\\n&= ${fixed(next[4], 9)}`);
  });

  test('the cost after one step: weights only, and weights and biases', () => {
    const weightsOnly = forward(step(START, hand.grad, 0.5, 8)).cost;
    const everything = forward(step(START, hand.grad, 0.5)).cost;
    expect(fixed(weightsOnly, 9)).toBe('0.291027774');
    expectChapterToPrint(slug, `**${fixed(weightsOnly, 9)}**`, `**${fixed(everything, 9)}**`);
  });

  test('the classic total 0.291027924 comes from hidden errors computed with the updated w5…w8', () => {
    const outputStep = step(START, hand.grad, 0.5, 8);
    const lateHidden = backprop(START, outputStep.slice(4, 8)).grad;
    const mixed = [...lateHidden.slice(0, 4).map((g, i) => START[i] - 0.5 * g), ...outputStep.slice(4)];
    expect(fixed(forward(mixed).cost, 9)).toBe('0.291027924'); // the classic example's printed total
    expectChapterToPrint(slug, '0.291027924', '0.291027774');
  });

  test('repeated steps lower the cost as in the table, ending near the targets', () => {
    let p = [...START];
    const costs: Record<number, number> = {};
    for (let k = 1; k <= 10000; k++) {
      p = step(p, backprop(p).grad, 0.5);
      if ([1, 10, 100, 1000, 10000].includes(k)) costs[k] = forward(p).cost;
    }
    const costRows = [[0, hand.cost], [1, costs[1]], [10, costs[10]], [100, costs[100]], [1000, costs[1000]], [10000, costs[10000]]]
      .map(([k, c]) => `| ${k.toLocaleString('en-US')} | ${fixed(c, 9)} |`)
      .join('\n');
    expectChapterToPrint(slug, costRows);
    const out = forward(p).ao;
    expectChapterToPrint(slug, `the outputs are ${fixed(out[0], 4)} and ${fixed(out[1], 4)}`);
  });
});

describe('backpropagation chapter: why learning slows down', () => {
  test('σ and σ′ at z = 0, 1, 2, 5, 10 as tabulated', () => {
    const zs = [0, 1, 2, 5, 10];
    const s = zs.map(sigma);
    const d = s.map((v) => v * (1 - v));
    expectChapterToPrint(slug, `| $\\sigma(z)$ | 0.5 | ${fixed(s[1], 4)} | ${fixed(s[2], 4)} | ${fixed(s[3], 4)} | ${fixed(s[4], 5)} |`);
    expectChapterToPrint(slug, `| $\\sigma'(z)$ | 0.25 | ${fixed(d[1], 4)} | ${fixed(d[2], 4)} | ${fixed(d[3], 4)} | ${d[4].toPrecision(3)} |`);
    expect(d[3] / d[0]).toBeLessThan(0.03); // "less than 3%" in the saturation figure's caption
  });

  test('the saturation threshold of chapter 1 (slope 0.05) is |z| > 2.89', () => {
    const a = (1 + Math.sqrt(1 - 4 * 0.05)) / 2; // a(1 − a) = 0.05
    const z = Math.log(a / (1 - a));
    expect(sigma(z) * (1 - sigma(z))).toBeCloseTo(0.05, 14);
    expectChapterToPrint(slug, `$|z| > ${fixed(z, 2)}$`, `|z| > ${fixed(z, 2)}.`);
  });

  test('a confidently wrong sigmoid output has δ = 0.0098 under the quadratic cost and 0.99 under cross-entropy', () => {
    const a = 0.99;
    expect(fixed((a - 0) * a * (1 - a), 4)).toBe('0.0098');
    // Cross-entropy: ∂C/∂a = (a − t)/(a(1 − a)), times σ′ = a(1 − a)
    expect(((a - 0) / (a * (1 - a))) * a * (1 - a)).toBeCloseTo(0.99, 12);
    expectChapterToPrint(slug, '$\\delta = (0.99 - 0)\\cdot 0.99 \\cdot 0.01 = 0.0098$', '$\\delta = 0.99$');
  });

  test('w1 learns about 187 times slower than w5, and δ_h1 is about 16 times smaller than δ_o1', () => {
    expect(Math.round(hand.grad[4] / hand.grad[0])).toBe(187);
    expect(Math.round(hand.deltaO[0] / hand.deltaH[0])).toBe(16);
    expectChapterToPrint(slug, 'about 187 times smaller', 'about 16 times smaller');
  });
});

describe('backpropagation chapter: counts in the text and exercises', () => {
  test('the 64-50-10 network: 3,760 parameters, 7,520 forward passes, ~3,500× fewer multiplications', () => {
    const params = 64 * 50 + 50 + 50 * 10 + 10;
    const forwardMults = 64 * 50 + 50 * 10;
    const backpropMults = forwardMults + 50 * 10 + (50 * 64 + 10 * 50);
    const fdMults = 2 * params * forwardMults;
    expect(params).toBe(3760);
    expect(backpropMults).toBe(7900);
    expect(fdMults / 1e7).toBeCloseTo(2.8, 1);
    expect(Math.round(fdMults / backpropMults / 100) * 100).toBe(3500);
    expectChapterToPrint(slug, '3,760 parameters', '7,520 forward passes', '= 3{,}700', 'about 7,900 multiplications', '2.8 \\cdot 10^{7}', 'some 3,500 times fewer');
  });

  test('the figures compute the same numbers as the text', () => {
    const n = exampleOutputGradient();
    expect(n.gradW5).toBeCloseTo(hand.grad[4], 15);
    expect(n.zo1).toBeCloseTo(hand.zo[0], 15);
    expect(n.delta).toBeCloseTo(hand.deltaO[0], 15);
  });
});

describe('backpropagation chapter: links', () => {
  test('every /chapters/<slug>/#section link in this chapter and the training chapter points at a section that exists', async () => {
    const sectionIds = new Map<string, string[]>();
    for (const from of [slug, 'training']) {
      const text = readFileSync(`content/${from}.mdx`, 'utf8');
      const links = [...text.matchAll(/\/chapters\/([a-z-]+)\/#([a-z0-9-]+)/g)];
      expect(links.length, from).toBeGreaterThan(0);
      for (const [, target, id] of links) {
        if (!sectionIds.has(target)) sectionIds.set(target, (await renderChapter(target)).sections.map((s) => s.id));
        expect(sectionIds.get(target), `${from} → ${target}#${id}`).toContain(id);
      }
    }
  }, 120_000);
});
