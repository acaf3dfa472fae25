// Every number of the training chapter, recomputed: with the book's engine where it has the
// function (softmax, cross-entropy, autograd, Dropout, the training loop of the chapter), otherwise by
// a small independent calculation here. Data facts are read from public/data/ (the copy of the
// digits data the site serves). Origins: "notes 001" = lecture notes 001 (BMI example, layer
// sizes, η/λ grid); "hand derivation" = the chapter's own worked examples.
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, test } from 'vitest';
import { FIRST_DIGIT } from '@/components/figures/training/digit-sample';
import { parseDigitsCsv, splitDigits, type DigitsData, type DigitsSplit } from '@/lib/data/digits';
import {
  Dropout, Linear, Sequential, add, argmax, binaryCrossEntropy, createRng, crossEntropy, fromArray, matmul, mul,
  noGrad, sgd, sigmoid, softmax, sub, sum, tensor, transpose, type Tensor,
} from '@/lib/engine';
import { expectChapterToPrint, fixed } from './chapter-text';

const slug = 'training';
const sigma = (z: number): number => 1 / (1 + Math.exp(-z));

describe('training chapter: probabilities and cross-entropy', () => {
  test('binary cross-entropy of a = 0.8, t = 1: C, ∂C/∂a, σ′ and δ = a − t (engine autograd)', () => {
    const z = tensor([Math.log(4)], { requiresGrad: true }); // σ(ln 4) = 0.8
    const a = sigmoid(z);
    const C = binaryCrossEntropy(a, tensor([1]));
    C.backward();
    expect(a.data[0]).toBeCloseTo(0.8, 14);
    expect(fixed(C.item(), 4)).toBe('0.2231');
    expect((0.8 - 1) / (0.8 * 0.2)).toBeCloseTo(-1.25, 14); // equation: (a − t)/(a(1 − a))
    expect(z.grad!.data[0]).toBeCloseTo(-0.2, 12); // δ = a − t
    expectChapterToPrint(slug, '$C = -\\ln 0.8 = 0.2231$', '(0.8 - 1)/(0.8 \\cdot 0.2) = -1.25', '0.8 \\cdot 0.2 = 0.16', '$\\delta = -0.2 = a - t$');
  });

  test('a saturated wrong output: δ = 0.0192 (quadratic) against 0.98 (cross-entropy), about 51 times more', () => {
    const a = 0.98;
    const quadratic = (a - 0) * a * (1 - a);
    expect(fixed(quadratic, 4)).toBe('0.0192');
    expect(Math.round(0.98 / quadratic)).toBe(51);
    expectChapterToPrint(slug, '0.98 \\cdot 0.98 \\cdot 0.02 = 0.0192', '$\\delta = 0.98$, about 51 times more');
  });

  test('softmax of z = (2.0, 1.0, 0.1), its exponentials, and the cross-entropy for class 0 (engine)', () => {
    const z = tensor([[2.0, 1.0, 0.1]], { requiresGrad: true });
    const a = softmax(z, 1);
    const exps = [2.0, 1.0, 0.1].map(Math.exp);
    const loss = crossEntropy(z, [0]);
    loss.backward();
    const p = [...a.data];
    expect(p.reduce((s, v) => s + v, 0)).toBeCloseTo(1, 14);
    expect(fixed(-Math.log(p[0]), 4)).toBe(fixed(loss.item(), 4));
    expectChapterToPrint(
      slug,
      `(${exps.map((v) => fixed(v, 4)).join(', ')})$, which sum to $${fixed(exps[0] + exps[1] + exps[2], 4)}$`,
      `\\mathbf{a} = (${p.map((v) => fixed(v, 4)).join(', ')})`,
      `$L = -\\ln ${fixed(p[0], 4)} = ${fixed(loss.item(), 4)}$`,
    );
    // δ = a − t, equation (8): the engine's gradient of the fused softmax + cross-entropy
    const delta = [...z.grad!.data];
    expect(delta).toEqual([p[0] - 1, p[1], p[2]].map((v) => expect.closeTo(v, 14)));
    expectChapterToPrint(slug, `\\mathbf{a} - \\mathbf{t} = (${delta.map((v) => fixed(v, 4)).join(',\\; ')})`);
  });

  test('the softmax Jacobian a_i(δ_ij − a_j) equals the engine gradient row by row, is symmetric, and its rows sum to zero', () => {
    const rows: number[][] = [];
    for (let i = 0; i < 3; i++) {
      const z = tensor([[2.0, 1.0, 0.1]], { requiresGrad: true });
      const seed = tensor([[0, 0, 0].map((_, k) => (k === i ? 1 : 0))]);
      softmax(z, 1).backward(seed);
      rows.push([...z.grad!.data]);
    }
    const p = [2.0, 1.0, 0.1].map(Math.exp);
    const total = p.reduce((s, v) => s + v, 0);
    const a = p.map((v) => v / total);
    rows.forEach((row, i) => {
      row.forEach((v, j) => expect(v).toBeCloseTo(a[i] * ((i === j ? 1 : 0) - a[j]), 14));
      expect(row.reduce((s, v) => s + v, 0)).toBeCloseTo(0, 14);
      row.forEach((v, j) => expect(v).toBeCloseTo(rows[j][i], 14)); // symmetric, so columns sum to zero too
    });
    const printed = rows.map((row) => row.map((v) => fixed(v, 4)).join(' & ')).join(' \\\\ ');
    expectChapterToPrint(slug, `\\begin{bmatrix} ${printed} \\end{bmatrix}`);
    expectChapterToPrint(slug, `(${rows[0].map((v) => fixed(v, 4)).join(', ')})`); // the exercise's first row
  });

  test('a two-class softmax is σ(z1 − z2): 0.7311 and 0.2689 for z = (2.0, 1.0)', () => {
    const a = softmax(tensor([[2.0, 1.0]]), 1).data;
    expect(a[0]).toBeCloseTo(sigma(1), 14);
    expectChapterToPrint(slug, `$a_1 = \\sigma(1.0) = ${fixed(a[0], 4)}$ and $a_2 = ${fixed(a[1], 4)}$`);
  });
});

describe('training chapter: data', () => {
  test('the BMI targets of notes 001 are weight/height² rounded to one decimal', () => {
    const people = [
      [1.85, 81, '23.7'],
      [1.71, 65, '22.2'],
      [1.95, 103, '27.1'],
      [1.55, 42, '17.5'],
      [1.63, 56, '21.1'],
    ] as const;
    for (const [h, w, target] of people) {
      const bmi = w / (h * h);
      expect(fixed(bmi, 1)).toBe(target); // notes 001
      expectChapterToPrint(slug, `| ${h} | ${w} | ${fixed(bmi, 3)} | ${target} |`);
    }
  });

  let data: DigitsData;
  let split: DigitsSplit;
  beforeAll(() => {
    data = parseDigitsCsv(readFileSync('public/data/digits.csv', 'utf8'));
    split = splitDigits(data, JSON.parse(readFileSync('public/data/digits-split.json', 'utf8')));
  });

  test('the digits: 1797 images, the class counts of the table, a 1437 / 360 split', () => {
    const counts = Array.from({ length: 10 }, (_, d) => data.labels.filter((l) => l === d).length);
    expect(data.count).toBe(1797);
    expectChapterToPrint(slug, '**1797**', `| images | ${counts.join(' | ')} |`, '**1437** training images and **360** test images');
    expect(split.train.count).toBe(1437);
    expect(split.test.count).toBe(360);
    expect(fixed(0.2 * data.count, 1)).toBe('359.4');
    expectChapterToPrint(slug, '20% of 1797 is\n359.4');
  });

  test('the test split is stratified: 35 to 37 test images per digit', () => {
    const perClass = Array.from({ length: 10 }, (_, d) => split.test.labels.filter((l) => l === d).length);
    expect(Math.min(...perClass)).toBe(35);
    expect(Math.max(...perClass)).toBe(37);
    expectChapterToPrint(slug, '(35–37 test images per class)');
  });

  test('the flattening figure draws the first row of digits.csv', () => {
    expect([...data.pixels.subarray(0, 64)]).toEqual([...FIRST_DIGIT.pixels]);
    expect(data.labels[0]).toBe(FIRST_DIGIT.label);
  });
});

describe('training chapter: the 64-50-10 network', () => {
  test('parameter counts 3200, 3250, 500, 510 and 3760 (notes 001), and the engine model agrees', () => {
    const rng = createRng(0);
    const model = new Sequential(new Linear(64, 50, { rng }), sigmoid, new Linear(50, 10, { rng }));
    const sizes = model.parameters().map((p) => p.size);
    expect(sizes).toEqual([3200, 50, 500, 10]);
    expect(sizes.reduce((s, v) => s + v, 0)).toBe(3760);
    expectChapterToPrint(slug, '$64 \\times 50 = 3200$', '$3200 + 50 = 3250$', '$50 \\times 10 = 500$', '&= 3250 + 510 \\\\ &= 3760');
  });

  test('exercise: 64-100-10 has 7510 parameters and 64-50-50-10 has 6310', () => {
    const count = (sizes: number[]) => sizes.slice(1).reduce((s, n, i) => s + (sizes[i] + 1) * n, 0);
    expect(count([64, 100, 10])).toBe(7510);
    expect(count([64, 50, 50, 10])).toBe(6310);
    expectChapterToPrint(slug, '6500 + 1010 = 7510', '3250 + 2550 + 510 = 6310');
  });

  test('a bias of 0.01 moves a sigmoid from 0.5 to 0.5025', () => {
    expectChapterToPrint(slug, `$\\sigma(0.01) = ${fixed(sigma(0.01), 4)}$`);
  });
});

describe('training chapter: minibatches and L2', () => {
  const N = 1437;
  test('iterations per epoch and the size of the last batch for M = 1, 32, 200, 1437', () => {
    for (const M of [1, 32, 200, 1437]) {
      const iterations = Math.ceil(N / M);
      const last = N - (iterations - 1) * M;
      expectChapterToPrint(slug, `| ${iterations} | ${last} example`);
    }
    expect(fixed(Math.sqrt(32), 1)).toBe('5.7');
    expectChapterToPrint(slug, '$\\sqrt{32} \\approx 5.7$');
  });

  test('exercise: batch size 64 gives 23 iterations, a last batch of 29, 2300 iterations in 100 epochs', () => {
    const iterations = Math.ceil(N / 64);
    expect(iterations).toBe(23);
    expect(N - (iterations - 1) * 64).toBe(29);
    expectChapterToPrint(slug, '$\\lceil 1437/64 \\rceil = 23$', '$22 \\cdot 64 = 1408$', '$1437 - 1408 = 29$', '2300 iterations');
  });

  test('weight decay with η = 0.1, λ = 1e-3: factor 0.9998, 0.8187 after 1000 steps, half-life 3465 steps', () => {
    const factor = 1 - 2 * 0.1 * 1e-3;
    expect(factor).toBeCloseTo(0.9998, 15);
    const halfLife = Math.log(2) / -Math.log(factor);
    expect(Math.round(halfLife)).toBe(3465);
    expect(Math.round(halfLife / 45)).toBe(77);
    expectChapterToPrint(slug, `$0.9998^{1000} = ${fixed(factor ** 1000, 4)}$`, '\\approx 3465 \\text{ steps}', 'about 77 epochs of 45 minibatches');
  });

  test('the engine sgd with weightDecay λ adds λw to the gradient, as the conventions table says', () => {
    const w = tensor([0.5], { requiresGrad: true });
    w.grad = tensor([0]);
    sgd([w], { lr: 0.1, weightDecay: 0.01 }).step();
    expect(w.data[0]).toBeCloseTo(0.5 - 0.1 * 0.01 * 0.5, 15);
  });
});

describe('training chapter: backpropagation in matrix form', () => {
  test('for softmax + mean cross-entropy, the matrix equations equal the engine autograd gradients', () => {
    const rng = createRng(7);
    const n = 5;
    const X = fromArray(Array.from({ length: n * 4 }, () => rng.normal()), [n, 4]);
    const labels = [0, 2, 1, 2, 0];
    const Wh = fromArray(Array.from({ length: 12 }, () => rng.normal() * 0.5), [4, 3], { requiresGrad: true });
    const bh = fromArray([0.01, 0.01, 0.01], [3], { requiresGrad: true });
    const Wo = fromArray(Array.from({ length: 9 }, () => rng.normal() * 0.5), [3, 3], { requiresGrad: true });
    const bo = fromArray([0.01, 0.01, 0.01], [3], { requiresGrad: true });
    const Ah = sigmoid(add(matmul(X, Wh), bh));
    const Zo = add(matmul(Ah, Wo), bo);
    crossEntropy(Zo, labels).backward();

    noGrad(() => {
      const T = fromArray(labels.flatMap((y) => [0, 1, 2].map((c) => (c === y ? 1 : 0))), [n, 3]);
      const deltaO = mul(sub(softmax(Zo, 1), T), 1 / n); // Δ^o = (P − T)/n
      const gradWo = matmul(transpose(Ah), deltaO); // (A^h)^T Δ^o
      const deltaH = mul(mul(matmul(deltaO, transpose(Wo)), Ah), sub(1, Ah)); // Δ^o (W^o)^T ⊙ A^h ⊙ (1 − A^h)
      const gradWh = matmul(transpose(X), deltaH); // X^T Δ^h
      const close = (a: Tensor, b: Tensor) => expect([...a.data]).toEqual([...b.data].map((v) => expect.closeTo(v, 12)));
      close(Wo.grad!, gradWo);
      close(bo.grad!, sum(deltaO, 0));
      close(Wh.grad!, gradWh);
      close(bh.grad!, sum(deltaH, 0));
    });
  });

  test('on chapter 3’s network and example, (A^h)^T Δ^o reproduces its output gradients, arranged from × to', () => {
    // Hand derivation for the 2-2-2 network (chapter 3), independent of the engine:
    const ah = [sigma(0.15 * 0.05 + 0.2 * 0.1 + 0.35), sigma(0.25 * 0.05 + 0.3 * 0.1 + 0.35)];
    const ao = [sigma(0.4 * ah[0] + 0.45 * ah[1] + 0.6), sigma(0.5 * ah[0] + 0.55 * ah[1] + 0.6)];
    const delta = [(ao[0] - 0.01) * ao[0] * (1 - ao[0]), (ao[1] - 0.99) * ao[1] * (1 - ao[1])];
    // The same product with the engine in the batch-in-rows layout:
    const product = matmul(transpose(tensor([ah])), tensor([delta])).toArray() as number[][];
    expect(product[0][0]).toBeCloseTo(ah[0] * delta[0], 15);
    expect(fixed(product[0][0], 9)).toBe('0.082167041'); // chapter 3's ∂C/∂w5
    const rows = product.map((row) => row.map((v) => fixed(v, 9)).join(' & ')).join(' \\\\ ');
    expectChapterToPrint(slug, `= \\begin{bmatrix} ${rows} \\end{bmatrix}`);
    expectChapterToPrint(slug, `\\begin{bmatrix} ${fixed(ah[0], 4)} \\\\ ${fixed(ah[1], 4)} \\end{bmatrix} \\begin{bmatrix} ${fixed(delta[0], 4)} & ${fixed(delta[1], 4)} \\end{bmatrix}`);
  });
});

describe('training chapter: training, evaluation and tuning', () => {
  test('the chapter’s training loop runs on the digits and beats chance after two epochs', () => {
    const all = parseDigitsCsv(readFileSync('public/data/digits.csv', 'utf8'));
    const { train, test: testSet } = splitDigits(all, JSON.parse(readFileSync('public/data/digits-split.json', 'utf8')));
    // The chapter's code, verbatim apart from the epoch count.
    function batchOf(data: DigitsData, rows: Int32Array) {
      const x = new Float64Array(rows.length * 64);
      rows.forEach((row, k) => {
        x.set(data.pixels.subarray(row * 64, row * 64 + 64), k * 64);
      });
      const y = Array.from(rows, (row) => data.labels[row]);
      return { x: fromArray(x, [rows.length, 64]), y };
    }
    const rng = createRng(0);
    const model = new Sequential(new Linear(64, 50, { rng }), sigmoid, new Linear(50, 10, { rng }));
    const optimizer = sgd(model.parameters(), { lr: 0.1 });
    const epochs = 2;
    for (let epoch = 0; epoch < epochs; epoch++) {
      const order = rng.permutation(train.count); // reshuffle every epoch
      for (let start = 0; start < train.count; start += 32) {
        const batch = batchOf(train, order.subarray(start, start + 32));
        optimizer.zeroGrad();
        const loss = crossEntropy(model.forward(batch.x), batch.y);
        loss.backward();
        optimizer.step();
      }
    }
    const { x, y } = batchOf(testSet, Int32Array.from({ length: testSet.count }, (_, i) => i));
    const predicted = noGrad(() => argmax(model.forward(x), 1)).data;
    const accuracy = y.filter((label, i) => predicted[i] === label).length / y.length;
    expect(accuracy).toBeGreaterThan(0.5); // chance is 0.1
  });

  test('accuracies: 351/360 = 97.5%, 354/360 = 98.3%, one test digit = 0.28 points', () => {
    expect(fixed((351 / 360) * 100, 1)).toBe('97.5');
    expect(fixed((354 / 360) * 100, 1)).toBe('98.3');
    expect(fixed(100 / 360, 2)).toBe('0.28');
    expectChapterToPrint(slug, '**97.5%**', '**351 of 360**', '354 of 360, **98.3%**', 'one digit is worth 0.28');
  });

  test('the grid of notes 001: 6 learning rates × 7 penalties = 42 networks', () => {
    const etas = [-6, -5, -4, -3, -2, -1];
    const lambdas = [-6, -5, -4, -3, -2, -1, 0];
    expect(etas.length * lambdas.length).toBe(42);
    expectChapterToPrint(slug, 'six values times seven, **42** trained networks');
  });

  test('inverted dropout with p = 0.5 maps 0.8 to 0 or 1.6 and keeps the mean (engine Dropout)', () => {
    const x = tensor(Array.from({ length: 20000 }, () => 0.8));
    const out = Array.from(new Dropout(0.5, { rng: createRng(1) }).forward(x).data);
    expect(new Set(out.map((v) => v.toFixed(12)))).toEqual(new Set(['0.000000000000', '1.600000000000']));
    expect(out.reduce((s, v) => s + v, 0) / out.length).toBeCloseTo(0.8, 1);
    expectChapterToPrint(slug, 'becomes either $0$ or $1.6$', 'its mean is $0.8$');
  });

  test('two dev sets: gaps of 0.5, 4.5 and 0.5 points between the four illustrative errors', () => {
    const [train, trainDev, testDev, testErr] = [1.0, 1.5, 6.0, 6.5];
    expect([trainDev - train, testDev - trainDev, testErr - testDev]).toEqual([0.5, 4.5, 0.5]);
    expectChapterToPrint(slug, 'Training error 1.0%, train-dev 1.5%, test-dev 6.0%, test 6.5%', 'The 0.5-point gap', 'The 4.5-point\ngap', 'The last 0.5 points');
  });
});
