// Worked examples of the "Convolutional networks" chapter, recomputed from the notes' inputs.
// Shapes and parameter counts come from a small layer calculator written here (equations (3)–(5)
// of the chapter), cross-checked against the engine's convOutputSize/poolOutputSize and against
// real forward passes of the engine's Conv2d/MaxPool2d/Linear layers. Every test then asserts
// that the chapter prints the numbers it computed.
import { describe, expect, test } from 'vitest';
import {
  Conv2d, Flatten, Linear, MaxPool2d, Sequential, add, conv2d, convOutputSize, createRng, maxPool2d, mul,
  poolOutputSize, relu, tensor, zeros, type Tensor,
} from '@/lib/engine';
import { expectChapterToPrint, fixed } from './chapter-text';

const SLUG = 'cnn';

/** 122570 → "122,570", as the chapter prints numbers in prose and tables. */
const commas = (n: number): string => n.toLocaleString('en-US');
/** 122570 → "122{,}570", as the chapter prints numbers inside math. */
const mathCommas = (n: number): string => commas(n).replace(/,/g, '{,}');
/** A matrix as the body of a LaTeX bmatrix: "7 & -3 & 3 \\ -3 & 5 & -3 \\ …". */
const bmatrix = (rows: readonly (readonly number[])[]): string => rows.map((r) => r.join(' & ')).join(' \\\\ ');
const percent = (part: number, whole: number, digits = 1): string => `${fixed((100 * part) / whole, digits)}%`;

// ---------------------------------------------------------------------------------------------
// A layer calculator like model.summary(), channels last (height, width, channels).

type LayerSpec =
  | { kind: 'conv'; filters: number; kernel: number; stride?: number; padding?: number | 'same'; groups?: number }
  | { kind: 'pool'; size: number; stride?: number; ceil?: boolean }
  | { kind: 'flatten' }
  | { kind: 'dense'; units: number };

interface SummaryRow {
  shape: number[];
  params: number;
  /** Multiply–adds per image: one per weight use. */
  macs: number;
}

/** o = ⌊(i + 2p − k)/s⌋ + 1, the chapter's equation (3); ceil keeps a partial last window. */
function outputSize(i: number, k: number, p: number, s: number, ceil = false): number {
  const steps = (i + 2 * p - k) / s;
  return (ceil ? Math.ceil(steps) : Math.floor(steps)) + 1;
}

function summary(input: readonly number[], specs: readonly LayerSpec[]): SummaryRow[] {
  let shape = [...input];
  return specs.map((spec) => {
    if (spec.kind === 'conv') {
      const [h, w, d] = shape;
      const s = spec.stride ?? 1;
      const p = spec.padding === 'same' ? (spec.kernel - 1) / 2 : (spec.padding ?? 0);
      const groups = spec.groups ?? 1;
      shape = [outputSize(h, spec.kernel, p, s), outputSize(w, spec.kernel, p, s), spec.filters];
      // (K·K·D + 1)·N, equation (4); with groups each filter sees D/groups channels
      const perFilter = spec.kernel * spec.kernel * (d / groups);
      return { shape, params: (perFilter + 1) * spec.filters, macs: shape[0] * shape[1] * spec.filters * perFilter };
    }
    if (spec.kind === 'pool') {
      const [h, w, d] = shape;
      const s = spec.stride ?? spec.size;
      shape = [outputSize(h, spec.size, 0, s, spec.ceil), outputSize(w, spec.size, 0, s, spec.ceil), d];
      return { shape, params: 0, macs: 0 };
    }
    if (spec.kind === 'flatten') {
      shape = [shape.reduce((a, b) => a * b, 1)];
      return { shape, params: 0, macs: 0 };
    }
    const inputs = shape[0];
    shape = [spec.units];
    // (n_in + 1)·n_out, equation (5)
    return { shape, params: (inputs + 1) * spec.units, macs: inputs * spec.units };
  });
}

const total = (rows: readonly SummaryRow[], key: 'params' | 'macs'): number => rows.reduce((n, r) => n + r[key], 0);
const countParameters = (model: Sequential): number => model.parameters().reduce((n, p) => n + p.size, 0);

/** Runs a model layer by layer and returns the shape after each layer (plain functions included). */
function shapesThrough(model: Sequential, x: Tensor): number[][] {
  const shapes: number[][] = [];
  let h = x;
  for (const layer of model.layers) {
    h = typeof layer === 'function' ? layer(h) : layer.forward(h);
    shapes.push([...h.shape]);
  }
  return shapes;
}

// ---------------------------------------------------------------------------------------------

describe('cnn: why dense layers do not scale', () => {
  test('a dense neuron needs W·H·D weights: 3072, 784, 16,384, 49,152 and 120,000 (notes 001, 002)', () => {
    const perNeuron = (w: number, h: number, d: number) => w * h * d;
    expect(perNeuron(32, 32, 3)).toBe(3072);
    expect(perNeuron(28, 28, 1)).toBe(784);
    expect(perNeuron(128, 128, 1)).toBe(16384);
    expect(perNeuron(128, 128, 3)).toBe(49152);
    expect(perNeuron(200, 200, 3)).toBe(120000);
    expectChapterToPrint(
      SLUG,
      `$32 \\cdot 32 \\cdot 3 = ${perNeuron(32, 32, 3)}$`,
      `$28 \\cdot 28 = ${perNeuron(28, 28, 1)}$`,
      `$128 \\cdot 128 = ${mathCommas(perNeuron(128, 128, 1))}$`,
      `$128 \\cdot 128 \\cdot 3 = ${mathCommas(perNeuron(128, 128, 3))}$`,
      `$200 \\cdot 200 \\cdot 3 = ${mathCommas(perNeuron(200, 200, 3))}$`,
    );
  });

  test('an equally large hidden layer on a 200×200×3 image needs 1.44·10¹⁰ weights (hand derivation)', () => {
    const n = 200 * 200 * 3;
    const weights = n * n;
    const exponent = Math.floor(Math.log10(weights));
    expect(exponent).toBe(10);
    expectChapterToPrint(SLUG, `${mathCommas(n)}^2 = ${fixed(weights / 10 ** exponent, 2)} \\times 10^{${exponent}}`);
  });
});

describe('cnn: the example stack of notes 001', () => {
  test('INPUT 32×32×3 → CONV 12 (3×3, pad 1) → POOL → FC 10 has 336 and 30,730 parameters', () => {
    const rows = summary([32, 32, 3], [
      { kind: 'conv', filters: 12, kernel: 3, padding: 1 },
      { kind: 'pool', size: 2 },
      { kind: 'flatten' },
      { kind: 'dense', units: 10 },
    ]);
    expect(rows.map((r) => r.shape)).toEqual([[32, 32, 12], [16, 16, 12], [3072], [10]]);
    expect(rows[0].params).toBe(336);
    expect(rows[3].params).toBe(30730);
    // a dense layer from the 3072 inputs to a 32×32×12 volume, without biases
    const denseEquivalent = 3072 * (32 * 32 * 12);
    expectChapterToPrint(
      SLUG,
      `(3 \\cdot 3 \\cdot 3 + 1) \\cdot 12 = ${rows[0].params}`,
      `$16 \\cdot 16 \\cdot 12 = ${rows[2].shape[0]}$`,
      `(3072 + 1) \\cdot 10 = ${mathCommas(rows[3].params)}`,
      `$3072 \\cdot ${mathCommas(32 * 32 * 12)} = ${mathCommas(denseEquivalent)}$`,
    );
  });
});

describe('cnn: conv → ReLU → pool with the notes 004 numbers', () => {
  const x5 = [
    [-1, -1, -1, -1, -1],
    [-1, 1, -1, 1, -1],
    [-1, -1, 1, -1, -1],
    [-1, 1, -1, 1, -1],
    [-1, -1, -1, -1, -1],
  ];
  const diagonal = [
    [1, -1, -1],
    [-1, 1, -1],
    [-1, -1, 1],
  ];

  test('conv2d(5×5 X, diagonal filter) = [[7,−3,3],[−3,5,−3],[3,−3,7]], ReLU, then 2×2 max-pool stride 1 = [[7,5],[5,7]]', () => {
    const map = conv2d(tensor(x5), tensor(diagonal));
    expect(map.toArray()).toEqual([[7, -3, 3], [-3, 5, -3], [3, -3, 7]]); // notes 004, the feature map slide
    const rectified = relu(map);
    expect(rectified.toArray()).toEqual([[7, 0, 3], [0, 5, 0], [3, 0, 7]]); // notes 004, the ReLU slide's output
    const pooled = maxPool2d(rectified, { kernel: 2, stride: 1 });
    expect(pooled.toArray()).toEqual([[7, 5], [5, 7]]); // hand derivation
    // the top-left value: 8 agreeing pixels minus 1 disagreeing
    const products = x5.slice(0, 3).flatMap((row, i) => row.slice(0, 3).map((v, j) => v * diagonal[i][j]));
    expect(products.filter((p) => p === 1)).toHaveLength(8);
    expect(products.filter((p) => p === -1)).toHaveLength(1);
    expectChapterToPrint(
      SLUG,
      bmatrix(map.toArray() as number[][]),
      bmatrix(rectified.toArray() as number[][]),
      bmatrix(pooled.toArray() as number[][]),
      '$8 - 1 = 7$',
    );
  });

  test("the notes' ReLU slide input does not give its output (the correction)", () => {
    const slideInput = [[7, -3, 3], [-5, 5, -3], [-6, -1, 7]];
    const slideOutput = [[7, 0, 3], [0, 5, 0], [3, 0, 7]];
    expect(relu(tensor(slideInput)).toArray()).not.toEqual(slideOutput);
    expectChapterToPrint(SLUG, bmatrix(slideInput), bmatrix(slideOutput));
  });

  const x9 = Array.from({ length: 9 }, (_, i) =>
    Array.from({ length: 9 }, (_, j) => (i >= 1 && i <= 7 && (j === i || j === 8 - i) ? 1 : -1)),
  );
  // notes 004, the 7×7 map of the 9×9 X with the diagonal filter, as printed (two decimals, cut)
  const printedMap = [
    [0.77, -0.11, 0.11, 0.33, 0.55, -0.11, 0.33],
    [-0.11, 1.0, -0.11, 0.33, -0.11, 0.11, -0.11],
    [0.11, -0.11, 1.0, -0.33, 0.11, -0.11, 0.55],
    [0.33, 0.33, -0.33, 0.55, -0.33, 0.33, 0.33],
    [0.55, -0.11, 0.11, -0.33, 1.0, -0.11, 0.11],
    [-0.11, 0.11, -0.11, 0.33, -0.11, 1.0, -0.11],
    [0.33, -0.11, 0.55, 0.33, 0.11, -0.11, 0.77],
  ];

  test('the symmetric 9×9 X reproduces the printed map, cut (not rounded) to two decimals', () => {
    const ninths = conv2d(tensor(x9), tensor(diagonal)).toArray() as number[][];
    const cut = ninths.map((row) => row.map((v) => Math.trunc((v / 9) * 100) / 100));
    expect(cut).toEqual(printedMap);
    expect(fixed(7 / 9, 3)).toBe('0.778');
    expectChapterToPrint(SLUG, `\\tfrac79 = ${fixed(7 / 9, 3)}$ is printed 0.77`, `\\tfrac59 = ${fixed(5 / 9, 3)}$ is printed 0.55`);
  });

  test("the notes' 9×9 image as printed (rows 7 and 8 garbled) does not give the printed map", () => {
    const printedImage = x9.map((row) => [...row]);
    printedImage[6] = [-1, -1, -1, 1, -1, 1, -1, -1, -1];
    printedImage[7] = [-1, 1, -1, -1, -1, -1, 1, 1, -1];
    const ninths = conv2d(tensor(printedImage), tensor(diagonal)).toArray() as number[][];
    const cut = ninths.map((row) => row.map((v) => Math.trunc((v / 9) * 100) / 100));
    expect(cut).not.toEqual(printedMap);
  });

  test('ReLU and a 2×2 max-pool with stride 2 give a 4×4 map with partial windows, 3×3 without', () => {
    const rectified = relu(conv2d(tensor(x9), tensor(diagonal))); // in units of 1/9
    const withPartial = maxPool2d(rectified, { kernel: 2, stride: 2, ceilMode: true }).toArray() as number[][];
    const floorOnly = maxPool2d(rectified, { kernel: 2, stride: 2 }).toArray() as number[][];
    expect(withPartial).toEqual([[9, 3, 5, 3], [3, 9, 3, 5], [5, 3, 9, 1], [3, 5, 1, 7]]); // hand derivation
    expect(floorOnly).toEqual(withPartial.slice(0, 3).map((row) => row.slice(0, 3)));
    expect(outputSize(7, 2, 0, 2)).toBe(3);
    const mainDiagonal = withPartial.map((row, i) => row[i]);
    expectChapterToPrint(
      SLUG,
      bmatrix(withPartial),
      `(${mainDiagonal.join(', ')} in ninths`,
      `$\\lfloor (7 - 2)/2 \\rfloor + 1 = ${outputSize(7, 2, 0, 2)}$`,
    );
  });
});

describe('cnn: receptive fields', () => {
  /** r_l = r_{l−1} + (k_l − 1)·j_{l−1}, j_l = j_{l−1}·s_l, the chapter's receptive-field recursion. */
  function receptiveFields(layers: readonly { k: number; s: number }[]): { r: number; j: number }[] {
    let r = 1;
    let j = 1;
    return layers.map(({ k, s }) => {
      r += (k - 1) * j;
      j *= s;
      return { r, j };
    });
  }

  test('two 3×3 convolutions see 5×5, three see 7×7', () => {
    const conv3 = { k: 3, s: 1 };
    expect(receptiveFields([conv3, conv3]).at(-1)?.r).toBe(5);
    expect(receptiveFields([conv3, conv3, conv3]).at(-1)?.r).toBe(7);
  });

  test('the CIFAR-10 stack conv, pool, conv, pool, conv has fields 3, 4, 8, 10, 18', () => {
    const names = ['conv 1', 'pool 1', 'conv 2', 'pool 2', 'conv 3'];
    const layers = [{ k: 3, s: 1 }, { k: 2, s: 2 }, { k: 3, s: 1 }, { k: 2, s: 2 }, { k: 3, s: 1 }];
    const fields = receptiveFields(layers);
    expect(fields.map((f) => f.r)).toEqual([3, 4, 8, 10, 18]);
    expect(fields.map((f) => f.j)).toEqual([1, 2, 2, 4, 4]);
    expectChapterToPrint(
      SLUG,
      ...fields.map((f, i) => `| ${names[i]} | ${layers[i].k} | ${layers[i].s} | ${f.j} | ${f.r} |`),
      `$${fields[4].r} \\times ${fields[4].r}$ patch`,
    );
  });

  test('three 3×3 layers have 27C² weights against 49C² for one 7×7: 110,592 vs 200,704 at C = 64', () => {
    const c = 64;
    const stacked = 3 * (3 * 3 * c * c);
    const single = 7 * 7 * c * c;
    expect(stacked).toBe(27 * c * c);
    expect(single).toBe(49 * c * c);
    expectChapterToPrint(
      SLUG,
      `${commas(stacked)} against ${commas(single)} weights`,
      `${mathCommas(stacked)}$ against $7 \\cdot 7 \\cdot 64 \\cdot 64 = ${mathCommas(single)}$`,
      `costs ${Math.round((100 * stacked) / single)}% of the single layer`,
    );
  });
});

describe('cnn: images as 4D tensors', () => {
  test('the CIFAR-10 training tensor (50000, 32, 32, 3) holds 153,600,000 numbers, 614.4 MB in float32', () => {
    const numbers = 50000 * 32 * 32 * 3;
    expect(numbers).toBe(153_600_000);
    const megabytes = (numbers * Float32Array.BYTES_PER_ELEMENT) / 1e6;
    expectChapterToPrint(SLUG, `= ${mathCommas(numbers)}$ numbers, ${fixed(megabytes, 1)} MB`);
  });
});

describe('cnn: the digits CNN of notes 001/002', () => {
  const validStack: LayerSpec[] = [
    { kind: 'conv', filters: 10, kernel: 3 },
    { kind: 'pool', size: 2 },
    { kind: 'flatten' },
    { kind: 'dense', units: 50 },
    { kind: 'dense', units: 10 },
  ];

  test('the Keras version (no padding) has shapes (6,6,10) → (3,3,10) → 90 → 50 → 10 and 5160 parameters', () => {
    const rows = summary([8, 8, 1], validStack);
    expect(rows.map((r) => r.shape)).toEqual([[6, 6, 10], [3, 3, 10], [90], [50], [10]]);
    expect(rows.map((r) => r.params)).toEqual([100, 0, 0, 4550, 510]);
    expect(total(rows, 'params')).toBe(5160);
    // cross-check the spatial sizes with the engine's rules
    expect(convOutputSize({ input: 8, kernel: 3 })).toBe(6);
    expect(poolOutputSize({ input: 6, kernel: 2 })).toBe(3);
    expectChapterToPrint(
      SLUG,
      '| (6, 6, 10) | $(3 \\cdot 3 \\cdot 1 + 1) \\cdot 10 = 100$ |',
      '| MaxPooling2D $2 \\times 2$ | (3, 3, 10) | 0 |',
      '| Flatten | (90) | 0 |',
      `$(90 + 1) \\cdot 50 = ${rows[3].params}$`,
      `$(50 + 1) \\cdot 10 = ${rows[4].params}$`,
      `| **${total(rows, 'params')}** |`,
    );
  });

  test("the engine's Sequential from the chapter runs [N,1,8,8] → [N,10] with 5160 parameters", () => {
    const rng = createRng(2024);
    const digitsCnn = new Sequential(
      new Conv2d(1, 10, 3, { rng }), relu,
      new MaxPool2d(2),
      new Flatten(),
      new Linear(90, 50, { rng }), relu,
      new Linear(50, 10, { rng }),
    );
    const shapes = shapesThrough(digitsCnn, zeros([2, 1, 8, 8]));
    expect(shapes).toEqual([[2, 10, 6, 6], [2, 10, 6, 6], [2, 10, 3, 3], [2, 90], [2, 50], [2, 50], [2, 10]]);
    expect(countParameters(digitsCnn)).toBe(5160);
  });

  test("notes 001's SAME-padded TensorFlow version flattens 160 values and has 8050 and 8660 parameters", () => {
    const rows = summary([8, 8, 1], [{ kind: 'conv', filters: 10, kernel: 3, padding: 'same' }, ...validStack.slice(1)]);
    expect(rows[2].shape).toEqual([(8 * 8 * 10) / 4]);
    expect(rows[3].params).toBe(8050);
    expect(total(rows, 'params')).toBe(8660);
    expectChapterToPrint(
      SLUG,
      `$8 \\cdot 8 \\cdot 10 / 4 = ${rows[2].shape[0]}$`,
      `$(160 + 1) \\cdot 50 = ${rows[3].params}$`,
      `${total(rows, 'params')} in total`,
    );
  });

  test("a dense layer producing CIFAR-10's first 30×30×32 volume would need 88,473,600 weights, the conv 896", () => {
    const [conv1] = summary([32, 32, 3], [{ kind: 'conv', filters: 32, kernel: 3 }]);
    const outputs = conv1.shape.reduce((a, b) => a * b, 1);
    expect(conv1.params).toBe(896);
    expectChapterToPrint(SLUG, `$3072 \\cdot ${mathCommas(outputs)} = ${mathCommas(3072 * outputs)}$ weights, the convolution ${conv1.params} parameters`);
  });

  test('the 64-50-10 MLP has 3760 parameters; a dense layer to 360 features would need 23,400', () => {
    const mlp = total(summary([64], [{ kind: 'dense', units: 50 }, { kind: 'dense', units: 10 }]), 'params');
    expect(mlp).toBe(3760);
    const features = 6 * 6 * 10;
    const dense = (64 + 1) * features;
    expectChapterToPrint(
      SLUG,
      `(50 + 1) \\cdot 10 = ${mlp}$ parameters`,
      `into ${features} local feature values with 100 parameters`,
      `$(64 + 1) \\cdot ${features} = ${mathCommas(dense)}$`,
    );
  });

  test('an 80/20 split of the 1797 digits gives 1437 training and 360 test images', () => {
    const n = 1797;
    const testSize = Math.ceil(0.2 * n); // scikit-learn rounds the test share up
    expect(testSize).toBe(360);
    expect(n - testSize).toBe(1437);
    expectChapterToPrint(SLUG, `split 80/20 into ${n - testSize} training and ${testSize} test images`);
  });
});

describe('cnn: the η × λ grid of notes 001/002', () => {
  const exponents = [-5, -4, -3, -2, -1, 0, 1]; // np.logspace(-5, 1, 7)

  test('7 × 7 = 49 models, 15 updates per epoch (last batch 37), 1500 per model, 73,500 in all', () => {
    const models = exponents.length ** 2;
    const perEpoch = Math.ceil(1437 / 100);
    const lastBatch = 1437 - (perEpoch - 1) * 100;
    const perModel = perEpoch * 100;
    expect([models, perEpoch, lastBatch, perModel, models * perModel]).toEqual([49, 15, 37, 1500, 73500]);
    expectChapterToPrint(
      SLUG,
      `so ${models} models`,
      `$\\lceil 1437/100 \\rceil = ${perEpoch}$ updates (the last batch has ${lastBatch} images)`,
      `each model takes ${perModel} SGD steps and the whole grid ${commas(models * perModel)}`,
    );
  });

  test('weight decay 1 − 2ηλ diverges in 3 cells (ηλ > 1) and sits on the edge in 3 (ηλ = 1)', () => {
    const cells = exponents.flatMap((a) => exponents.map((b) => ({ a, b })));
    // ηλ = 10^(a+b); |1 − 2ηλ| > 1 exactly when ηλ > 1
    const diverging = cells.filter(({ a, b }) => a + b > 0);
    const edge = cells.filter(({ a, b }) => a + b === 0);
    expect(diverging).toHaveLength(3);
    expect(edge).toHaveLength(3);
    for (const { a, b } of diverging) expect(Math.abs(1 - 2 * 10 ** (a + b))).toBeGreaterThan(1);
    for (const { a, b } of edge) expect(1 - 2 * 10 ** (a + b)).toBe(-1);
    expect(diverging.map(({ a, b }) => `${a},${b}`).sort()).toEqual(['0,1', '1,0', '1,1']);
    expectChapterToPrint(
      SLUG,
      'Three cells of the grid have $\\eta\\lambda > 1$ ($\\eta = 10, \\lambda = 1$; $\\eta = 10, \\lambda = 10$; $\\eta = 1, \\lambda = 10$)',
      'three more sit exactly on the edge, $\\eta\\lambda = 1$',
    );
  });

  test('with η = 0.1 and λ = 0.01 the decay alone shrinks weights by 0.998 per step, 0.0496 over 1500 steps', () => {
    const factor = 1 - 2 * 0.1 * 0.01;
    let w = 1;
    for (let step = 0; step < 1500; step++) w *= factor;
    expectChapterToPrint(SLUG, `factor per step is $${fixed(factor, 3)}$`, `$${fixed(factor, 3)}^{1500} = ${fixed(w, 4)}$`);
  });
});

describe('cnn: the CIFAR-10 network of notes 002', () => {
  const stack: LayerSpec[] = [
    { kind: 'conv', filters: 32, kernel: 3 },
    { kind: 'pool', size: 2 },
    { kind: 'conv', filters: 64, kernel: 3 },
    { kind: 'pool', size: 2 },
    { kind: 'conv', filters: 64, kernel: 3 },
    { kind: 'flatten' },
    { kind: 'dense', units: 64 },
    { kind: 'dense', units: 10 },
  ];
  const rows = summary([32, 32, 3], stack);

  test('shapes (30,30,32) … (4,4,64) → 1024 → 64 → 10 and 122,570 parameters, as model.summary() prints', () => {
    expect(rows.map((r) => r.shape)).toEqual([
      [30, 30, 32], [15, 15, 32], [13, 13, 64], [6, 6, 64], [4, 4, 64], [1024], [64], [10],
    ]);
    expect(rows.map((r) => r.params)).toEqual([896, 0, 18496, 0, 36928, 0, 65600, 650]);
    expect(total(rows, 'params')).toBe(122570);
    expect(poolOutputSize({ input: 13, kernel: 2 })).toBe(6);
    expectChapterToPrint(
      SLUG,
      ...rows
        .filter((r) => r.shape.length === 3)
        .map((r) => `| (${r.shape.join(', ')}) |`),
      `(3 \\cdot 3 \\cdot 3 + 1) \\cdot 32 = ${rows[0].params}$`,
      `(3 \\cdot 3 \\cdot 32 + 1) \\cdot 64 = ${mathCommas(rows[2].params)}$`,
      `(3 \\cdot 3 \\cdot 64 + 1) \\cdot 64 = ${mathCommas(rows[4].params)}$`,
      '| Flatten | (1024) | 0 |',
      `(1024 + 1) \\cdot 64 = ${mathCommas(rows[6].params)}$`,
      `(64 + 1) \\cdot 10 = ${rows[7].params}$`,
      `| **${commas(total(rows, 'params'))}** |`,
      `$4 \\cdot 4 \\cdot 64 = ${rows[5].shape[0]}$`,
      '$\\lfloor 13/2 \\rfloor = 6$',
      `model.summary()  # Total params: ${commas(total(rows, 'params'))}`,
    );
  });

  test('the convolutions hold 45.9% of the parameters but do 98.5% of the 4,548,608 multiply–adds', () => {
    const convRows = rows.filter((_, i) => stack[i].kind === 'conv');
    const convParams = total(convRows, 'params');
    const convMacs = total(convRows, 'macs');
    expect(convParams).toBe(56320);
    expect(convRows.map((r) => r.macs)).toEqual([777600, 3115008, 589824]);
    expectChapterToPrint(
      SLUG,
      `$896 + 18{,}496 + 36{,}928 = ${mathCommas(convParams)}$ parameters, ${percent(convParams, total(rows, 'params'))} of the total`,
      `the first dense layer alone has 65,600 (${percent(rows[6].params, total(rows, 'params'))})`,
      `$${convRows.map((r) => mathCommas(r.macs)).join(' + ')}$ of the network's ${commas(total(rows, 'macs'))} multiply–adds per image, ${percent(convMacs, total(rows, 'macs'))}`,
      `in convolutions that hold ${percent(convParams, total(rows, 'params'))} of its parameters`,
      `does ${percent(convMacs, total(rows, 'macs'))} of its multiply–adds`,
    );
  });

  test("the engine's Sequential from the chapter runs [1,3,32,32] → [1,10] with 122,570 parameters", () => {
    const rng = createRng(7);
    const cifarNet = new Sequential(
      new Conv2d(3, 32, 3, { rng }), relu, new MaxPool2d(2),
      new Conv2d(32, 64, 3, { rng }), relu, new MaxPool2d(2),
      new Conv2d(64, 64, 3, { rng }), relu,
      new Flatten(),
      new Linear(1024, 64, { rng }), relu,
      new Linear(64, 10, { rng }),
    );
    const shapes = shapesThrough(cifarNet, zeros([1, 3, 32, 32]));
    expect(shapes[2]).toEqual([1, 32, 15, 15]);
    expect(shapes[5]).toEqual([1, 64, 6, 6]);
    expect(shapes[7]).toEqual([1, 64, 4, 4]);
    expect(shapes.at(-1)).toEqual([1, 10]);
    const count = countParameters(cifarNet);
    expect(count).toBe(total(rows, 'params'));
    expectChapterToPrint(SLUG, `.reduce((n, p) => n + p.size, 0); // ${count}`);
  });

  test("exercise: with 'same' padding the flattened vector has 4096 values and the network 319,178 parameters", () => {
    const same = summary([32, 32, 3], stack.map((s) => (s.kind === 'conv' ? { ...s, padding: 'same' as const } : s)));
    expect(same.slice(0, 5).map((r) => r.shape)).toEqual([[32, 32, 32], [16, 16, 32], [16, 16, 64], [8, 8, 64], [8, 8, 64]]);
    expect(same[5].shape).toEqual([4096]);
    expect(same[6].params).toBe(262208);
    expect(total(same, 'params')).toBe(319178);
    expectChapterToPrint(
      SLUG,
      `$8 \\cdot 8 \\cdot 64 = ${same[5].shape[0]}$`,
      `$(4096 + 1) \\cdot 64 = ${mathCommas(same[6].params)}$`,
      `= ${mathCommas(total(same, 'params'))}$`,
    );
  });
});

describe('cnn: what the convolution buys', () => {
  test('dense, locally connected and convolutional maps of a 32×32 image need 1,048,576, 9216 and 9 weights', () => {
    const pixels = 32 * 32;
    const k = 3;
    expect([pixels ** 2, pixels * k * k, k * k]).toEqual([1048576, 9216, 9]);
    expectChapterToPrint(SLUG, `| $(W H)^2$ | ${commas(pixels ** 2)} |`, `| $W H \\cdot K^2$ | ${pixels * k * k} |`, `| $K^2$ | ${k * k} |`);
  });

  test('conv2d is translation equivariant: shifting the input one column shifts the output one column', () => {
    const rng = createRng(11);
    const image = Array.from({ length: 8 }, (_, i) =>
      Array.from({ length: 9 }, (_, j) => (i >= 2 && i <= 5 && j >= 2 && j <= 5 ? Math.round(10 * rng.next()) : 0)),
    );
    const shifted = image.map((row) => [0, ...row.slice(0, -1)]);
    const kernel = tensor([[1, 2, 0], [-1, 3, 1], [0, -2, 1]]);
    const out = conv2d(tensor(image), kernel).toArray() as number[][];
    const outShifted = conv2d(tensor(shifted), kernel).toArray() as number[][];
    for (const [i, row] of out.entries()) expect(outShifted[i].slice(1)).toEqual(row.slice(0, -1));
  });

  test('2×2 max-pooling is invariant to a shift inside its window and equivariant across windows', () => {
    const peakAt = (col: number) => tensor(Array.from({ length: 4 }, (_, i) => Array.from({ length: 4 }, (_, j) => (i === 0 && j === col ? 9 : 0))));
    const pool = (col: number) => maxPool2d(peakAt(col), { kernel: 2, stride: 2 }).toArray() as number[][];
    expect(pool(0)).toEqual([[9, 0], [0, 0]]);
    expect(pool(1)).toEqual(pool(0));
    expect(pool(2)).toEqual([[0, 9], [0, 0]]);
    expectChapterToPrint(SLUG, `\\begin{bmatrix} ${bmatrix(pool(0))} \\end{bmatrix}$`, `\\begin{bmatrix} ${bmatrix(pool(2))} \\end{bmatrix}$`);
  });
});

describe('cnn: AlexNet', () => {
  const alexnet = (groups: number): LayerSpec[] => [
    { kind: 'conv', filters: 96, kernel: 11, stride: 4 },
    { kind: 'pool', size: 3, stride: 2 },
    { kind: 'conv', filters: 256, kernel: 5, padding: 2, groups },
    { kind: 'pool', size: 3, stride: 2 },
    { kind: 'conv', filters: 384, kernel: 3, padding: 1 },
    { kind: 'conv', filters: 384, kernel: 3, padding: 1, groups },
    { kind: 'conv', filters: 256, kernel: 3, padding: 1, groups },
    { kind: 'pool', size: 3, stride: 2 },
    { kind: 'flatten' },
    { kind: 'dense', units: 4096 },
    { kind: 'dense', units: 4096 },
    { kind: 'dense', units: 1000 },
  ];

  test('top-5 error 15.3% vs 26.2% is 10.9 percentage points, 41.6% lower (notes 003, corrected)', () => {
    const gap = 26.2 - 15.3;
    expectChapterToPrint(SLUG, `$26.2 - 15.3 = ${fixed(gap, 1)}$`, `the error was ${percent(gap, 26.2)} lower`);
  });

  test('a 227×227 input gives the 55×55 first map; 224 gives 54', () => {
    expect(convOutputSize({ input: 227, kernel: 11, stride: 4 })).toBe(55);
    expect(convOutputSize({ input: 224, kernel: 11, stride: 4 })).toBe(54);
    expectChapterToPrint(SLUG, `$\\lfloor (224 - 11)/4 \\rfloor + 1 = ${outputSize(224, 11, 0, 4)}$`);
  });

  test('ungrouped: 62,378,344 parameters and 1,135,256,096 multiply–adds; dense layers 94.0% and 5.2%', () => {
    const rows = summary([227, 227, 3], alexnet(1));
    expect(rows.map((r) => r.shape.join('×'))).toEqual([
      '55×55×96', '27×27×96', '27×27×256', '13×13×256', '13×13×384', '13×13×384', '13×13×256', '6×6×256',
      '9216', '4096', '4096', '1000',
    ]);
    const params = total(rows, 'params');
    const macs = total(rows, 'macs');
    const dense = rows.slice(9);
    expect(params).toBe(62378344);
    expectChapterToPrint(
      SLUG,
      ...rows.filter((r) => r.params > 0).map((r) => `| ${commas(r.params)} | ${commas(r.macs)} |`),
      `| **${commas(params)}** | **${commas(macs)}** |`,
      `The three dense layers hold ${commas(total(dense, 'params'))} parameters, ${percent(total(dense, 'params'), params)} of the total, but do only ${percent(total(dense, 'macs'), macs)} of the multiply–adds`,
      `spends ${percent(total(dense, 'params'), params)} of its parameters on dense layers that do ${percent(total(dense, 'macs'), macs)} of its operations`,
    );
  });

  test('split over two GPUs (conv2, conv4, conv5 grouped): 60,965,224 parameters and 724,406,816 multiply–adds', () => {
    const rows = summary([227, 227, 3], alexnet(2));
    expect(total(rows, 'params')).toBe(60965224);
    expectChapterToPrint(SLUG, `gives ${commas(total(rows, 'params'))} parameters`, `and ${commas(total(rows, 'macs'))} multiply–adds`);
  });
});

describe('cnn: residual networks', () => {
  /** Every path through n residual blocks, as the set of blocks it passes through. */
  const paths = (n: number): number[][] =>
    Array.from({ length: 2 ** n }, (_, mask) => Array.from({ length: n }, (_, i) => i).filter((i) => (mask >> i) & 1));

  test('n blocks give 2ⁿ paths, C(n, k) of them through k blocks: 1, 3, 3, 1 for n = 3', () => {
    for (let n = 1; n <= 10; n++) expect(new Set(paths(n).map((p) => p.join(','))).size).toBe(2 ** n);
    const byLength = [0, 1, 2, 3].map((k) => paths(3).filter((p) => p.length === k).length);
    expect(byLength).toEqual([1, 3, 3, 1]);
    expectChapterToPrint(SLUG, '| $k = 0$ (1 path) |', '| $k = 1$ (3 paths) |', '| $k = 2$ (3 paths) |', '| $k = 3$ (1 path) |');
  });

  test('the 54 blocks of ResNet-110 give 2⁵⁴ ≈ 1.8·10¹⁶ paths with mean length 27', () => {
    const count = 2 ** 54;
    const exponent = Math.floor(Math.log10(count));
    // mean of the binomial path-length distribution, Σ k·C(54, k) / 2⁵⁴, computed term by term
    let binom = 1;
    let weighted = 0;
    for (let k = 0; k <= 54; k++) {
      weighted += k * binom;
      binom = (binom * (54 - k)) / (k + 1);
    }
    expect(weighted / count).toBeCloseTo(27, 10);
    expectChapterToPrint(SLUG, `$2^{54} \\approx ${fixed(count / 10 ** exponent, 1)} \\times 10^{${exponent}}$ paths`, `mean $54/2 = ${Math.round(weighted / count)}$ blocks`);
  });

  test('linear blocks a = (0.5, −0.2, 0.1): y₃ = 1.32 = 1 + 0.4 − 0.07 − 0.01, gradient 1.32, plain chain −0.01', () => {
    const a = [0.5, -0.2, 0.1];
    // the residual network, with its gradient from the engine's backward()
    const y0 = tensor([1], { requiresGrad: true });
    const y3 = a.reduce<Tensor>((y, ai) => add(y, mul(y, ai)), y0);
    y3.backward();
    expect(y3.item()).toBeCloseTo(1.32, 12);
    expect(y0.grad?.item()).toBeCloseTo(1.32, 12);
    // the same number as a sum over the eight paths, grouped by length
    const sums = [0, 1, 2, 3].map((k) =>
      paths(3).filter((p) => p.length === k).reduce((s, p) => s + p.reduce((prod, i) => prod * a[i], 1), 0),
    );
    expect(sums.reduce((s, v) => s + v, 0)).toBeCloseTo(y3.item(), 12);
    const plain = a.reduce((prod, ai) => prod * ai, 1);
    expect(plain).toBeCloseTo(sums[3], 15);
    const show = (v: number) => (v < 0 ? `−${fixed(-v, 2).replace(/0$/, '')}` : fixed(v, 2).replace(/\.?0+$/, ''));
    expectChapterToPrint(
      SLUG,
      `1.5 \\cdot 0.8 \\cdot 1.1 = ${fixed(y3.item(), 2)}`,
      `| $a_1 + a_2 + a_3$ | ${show(sums[1])} |`,
      `| $a_1 a_2 + a_1 a_3 + a_2 a_3$ | ${show(sums[2])} |`,
      `| $a_1 a_2 a_3$ | ${show(sums[3])} |`,
      `$1 + 0.4 - 0.07 - 0.01 = ${fixed(y3.item(), 2)}$`,
      `its output and its gradient are $${fixed(plain, 2)}$`,
    );
  });
});

describe('cnn: ResNet as forward Euler', () => {
  /** x_{n+1} = x_n + h·F(x_n) for F(x) = −x, stepped (not the closed form). */
  const euler = (h: number, steps: number): number[] => {
    const xs = [1];
    for (let n = 0; n < steps; n++) xs.push(xs[n] + h * -xs[n]);
    return xs;
  };

  test('dx/dt = −x with h = 0.1: 10 steps give 0.3487 against e⁻¹ = 0.3679, error 0.0192', () => {
    const xs = euler(0.1, 10);
    const exact = Math.exp(-1);
    expect(xs[10]).toBeCloseTo(0.9 ** 10, 12);
    expectChapterToPrint(
      SLUG,
      '| 0 | 1 | 1 |',
      `| 1 | ${xs[1]} | ${fixed(Math.exp(-0.1), 4)} |`,
      `| 2 | ${fixed(xs[2], 2)} | ${fixed(Math.exp(-0.2), 4)} |`,
      `| 3 | ${fixed(xs[3], 3)} | ${fixed(Math.exp(-0.3), 4)} |`,
      `| 10 | ${fixed(xs[10], 4)} | ${fixed(exact, 4)} |`,
      `$${fixed(exact, 4)} - ${fixed(xs[10], 4)} = ${fixed(exact - xs[10], 4)}$`,
    );
  });

  test('h = 0.01 with 100 steps gives 0.3660, error 0.00185, about 10.4 times smaller: first order', () => {
    const coarse = Math.exp(-1) - euler(0.1, 10)[10];
    const fine = Math.exp(-1) - euler(0.01, 100)[100];
    expect(coarse / fine).toBeGreaterThan(9.5);
    expect(coarse / fine).toBeLessThan(11);
    expectChapterToPrint(
      SLUG,
      `$0.99^{100} = ${fixed(euler(0.01, 100)[100], 4)}$ and the error falls to ${fixed(fine, 5)}`,
      `($0.0192 / 0.00185 = ${fixed(coarse / fine, 1)}$)`,
    );
  });

  test('exercise: h = 0.5 decays (0.5, 0.25); h = 2.5 blows up (−1.5, 2.25)', () => {
    expect(euler(0.5, 2)).toEqual([1, 0.5, 0.25]);
    expect(euler(2.5, 2)).toEqual([1, -1.5, 2.25]);
    expectChapterToPrint(SLUG, '$x_1 = 0.5$, $x_2 = 0.25$', '$x_1 = -1.5$, $x_2 = 2.25$', '$1 - 2.5 = -1.5$');
  });
});

describe('cnn: object detection', () => {
  type Corners = readonly [number, number, number, number];
  const area = (b: Corners) => Math.max(0, b[2] - b[0]) * Math.max(0, b[3] - b[1]);
  /** Intersection over union, the chapter's IoU equation. */
  const iou = (a: Corners, b: Corners): number => {
    const inter = area([Math.max(a[0], b[0]), Math.max(a[1], b[1]), Math.min(a[2], b[2]), Math.min(a[3], b[3])]);
    return inter / (area(a) + area(b) - inter);
  };

  test('IoU((1,1,5,5), (3,2,7,6)) = 6/26 = 0.2308', () => {
    const a: Corners = [1, 1, 5, 5];
    const b: Corners = [3, 2, 7, 6];
    expect(iou(a, b)).toBeCloseTo(6 / 26, 15);
    expect(iou(a, a)).toBe(1);
    expect(iou(a, [6, 6, 8, 8])).toBe(0);
    expectChapterToPrint(SLUG, `area $2 \\cdot 3 = 6$`, `= 6/26 = ${fixed(iou(a, b), 4)}$`);
  });

  test('non-maximum suppression at IoU 0.5 keeps A and B and suppresses A′ (IoU 14/18 = 0.778)', () => {
    const boxes = [
      { name: 'A', box: [1, 1, 5, 5] as Corners, score: 0.9 },
      { name: "A'", box: [1.5, 1, 5.5, 5] as Corners, score: 0.75 },
      { name: 'B', box: [3, 2, 7, 6] as Corners, score: 0.6 },
    ];
    const kept: typeof boxes = [];
    for (const candidate of [...boxes].sort((p, q) => q.score - p.score)) {
      if (kept.every((k) => iou(k.box, candidate.box) <= 0.5)) kept.push(candidate);
    }
    expect(kept.map((k) => k.name)).toEqual(['A', 'B']);
    expect(iou(boxes[0].box, boxes[1].box)).toBeCloseTo(14 / 18, 15);
    expectChapterToPrint(SLUG, `$\\operatorname{IoU} = 14/18 = ${fixed(14 / 18, 3)}$`, `$\\operatorname{IoU}(A, B) = ${fixed(iou(boxes[0].box, boxes[2].box), 4)}$`);
  });

  test('YOLO with S = 7, B = 2, C = 20 outputs 7 × 7 × 30 = 1470 numbers and at most 98 boxes', () => {
    const [s, b, c] = [7, 2, 20];
    const perCell = 5 * b + c;
    expect(perCell).toBe(30);
    expectChapterToPrint(SLUG, `$${s} \\times ${s} \\times ${perCell}$, ${s * s * perCell} numbers`, `$7 \\cdot 7 \\cdot 2 = ${s * s * b}$ boxes`);
  });

  test('an object centred at (200, 310) in a 448 × 448 image lies in column 3, row 4, offsets (0.125, 0.84375)', () => {
    const cell = 448 / 7;
    const col = Math.floor(200 / cell);
    const row = Math.floor(310 / cell);
    expect([cell, col, row]).toEqual([64, 3, 4]);
    expectChapterToPrint(
      SLUG,
      `column $\\lfloor 200/64 \\rfloor = ${col}$ and row $\\lfloor 310/64 \\rfloor = ${row}$`,
      `$(200/64 - 3,\\; 310/64 - 4) = (${200 / cell - col}, ${310 / cell - row})$`,
    );
  });

  test('exercise: S = 7, B = 3, C = 80 gives 95 numbers per cell, 4655 in all, at most 147 boxes', () => {
    const perCell = 5 * 3 + 80;
    expectChapterToPrint(SLUG, `$5 \\cdot 3 + 80 = ${perCell}$`, `${7 * 7 * perCell} numbers`, `$7 \\cdot 7 \\cdot 3 = ${7 * 7 * 3}$ boxes`);
  });

  test('on Picasso, YOLO keeps 90.0% of its VOC 2007 person AP, DPM 87.5%, R-CNN 19.2% (notes 004 table)', () => {
    // notes 004, the YOLO paper's Figure 5 table: VOC 2007 person AP and Picasso AP
    const table = { YOLO: [59.2, 53.3], 'R-CNN': [54.2, 10.4], DPM: [43.2, 37.8] } as const;
    const kept = (name: keyof typeof table) => percent(table[name][1], table[name][0]);
    expect(kept('YOLO')).toBe('90.0%');
    expectChapterToPrint(
      SLUG,
      `$53.3 / 59.2 = ${kept('YOLO').replace('%', '\\%')}$`,
      `$10.4 / 54.2 = ${kept('R-CNN').replace('%', '\\%')}$`,
      `(DPM), which models shapes explicitly, ${kept('DPM')}`,
      '| YOLO | 59.2 | 53.3 | 0.590 | 45 |',
      '| R-CNN | 54.2 | 10.4 | 0.226 | 26 |',
    );
  });
});
