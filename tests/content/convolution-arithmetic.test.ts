// Worked examples of the padding/stride/pooling chapter (content/convolution-arithmetic.mdx),
// recomputed from the notes' inputs with the book's engine and checked against the text.
// Sources: notes 003 (the 3×3 input with the [[0,1],[2,3]] kernel: valid, padded, stride (3,2),
// the max-pool printouts, the channel and parameter rules, the common settings), notes 002 (the
// size formulas and the CIFAR-10 stack); "hand derivation" marks examples the chapter adds.
import { describe, expect, it } from 'vitest';
import {
  avgPool2d, conv2d, convOutputSize, maxPool2d, poolOutputSize, resolvePadding, tensor, zeros,
} from '@/lib/engine';
import { expectChapterToPrint } from './chapter-text';

const SLUG = 'convolution-arithmetic';

type Matrix = number[][];

const I = [[0, 1, 2], [3, 4, 5], [6, 7, 8]];
const K = [[0, 1], [2, 3]];

function matrixBlock(rows: readonly (readonly (number | string)[])[]): string {
  return rows.map((r) => r.join(' & ')).join(' \\\\\n');
}

function inlineMatrix(rows: readonly (readonly number[])[]): string {
  return `\\begin{bmatrix} ${rows.map((r) => r.join(' & ')).join(' \\\\ ')} \\end{bmatrix}`;
}

const asMatrix = (t: { toArray(): unknown }): Matrix => t.toArray() as Matrix;

/** Output size by counting kernel positions one by one: independent of the closed-form rule. */
function countPositions(input: number, kernel: number, padding: number, stride: number, dilation = 1): number {
  const span = dilation * (kernel - 1) + 1;
  let n = 0;
  for (let start = 0; start + span <= input + 2 * padding; start += stride) n++;
  return n;
}

describe('convolution-arithmetic chapter: padding (notes 003)', () => {
  it('valid: x=[3,3] k=2 gives o = 2 and [[19, 25], [37, 43]], each entry printed as its sum of products', () => {
    expect(convOutputSize({ input: 3, kernel: 2 })).toBe(countPositions(3, 2, 0, 1));
    const S = asMatrix(conv2d(tensor(I), tensor(K)));
    expect(S).toEqual([[19, 25], [37, 43]]);
    expectChapterToPrint(SLUG, inlineMatrix(S), '$o = 3 - 2 + 1 = 2$');
    for (let i = 0; i < 2; i++) for (let j = 0; j < 2; j++) {
      const terms = [0, 1].flatMap((a) => [0, 1].map((b) => `${I[i + a][j + b]}\\cdot ${K[a][b]}`));
      expectChapterToPrint(SLUG, `S_{${i}${j}} &= ${terms.join(' + ')} = ${S[i][j]}`);
    }
  });

  it('ten valid 3×3 layers shrink 32 to 12 (hand derivation)', () => {
    let size = 32;
    for (let layer = 0; layer < 10; layer++) size = convOutputSize({ input: size, kernel: 3 });
    expect(size).toBe(12);
    expectChapterToPrint(SLUG, '$32 \\times 32$ image to $12 \\times 12$');
  });

  it('padding 1: the padded input and the 4×4 output [[0,3,8,4],[9,19,25,10],[21,37,43,16],[6,7,8,0]] (notes 003)', () => {
    const padded = Array.from({ length: 5 }, (_, r) => Array.from({ length: 5 }, (_, c) => I[r - 1]?.[c - 1] ?? 0));
    expectChapterToPrint(SLUG, matrixBlock(padded));
    const S = asMatrix(conv2d(tensor(I), tensor(K), { padding: 1 }));
    expect(S).toEqual([[0, 3, 8, 4], [9, 19, 25, 10], [21, 37, 43, 16], [6, 7, 8, 0]]);
    expect(S.length).toBe((3 - 2) + 2 + 1);
    expectChapterToPrint(SLUG, matrixBlock(S), '$o = (3 - 2) + 2 + 1 = 4$');
    // The corners see one input entry each: w11·i00, w10·i02, w01·i20, w00·i22.
    expect([S[0][0], S[0][3], S[3][0], S[3][3]]).toEqual([K[1][1] * I[0][0], K[1][0] * I[0][2], K[0][1] * I[2][0], K[0][0] * I[2][2]]);
    expectChapterToPrint(SLUG, `giving $${S[0][3]}$`, `giving $${S[3][0]}$`);
  });

  it('same padding p = ⌊k/2⌋ keeps o = i for odd k; an even k needs 1 + 2 zeros (hand derivation)', () => {
    for (const k of [3, 5, 7]) for (const i of [5, 8, 13, 32]) {
      expect(convOutputSize({ input: i, kernel: k, padding: Math.floor(k / 2) })).toBe(i);
    }
    expect(resolvePadding('same', [8, 8], [4, 4], [1, 1], [1, 1], 'test')).toEqual([1, 2, 1, 2]);
    expect(convOutputSize({ input: 9, kernel: 4, padding: 1 })).toBe(8);
    expect(convOutputSize({ input: 9, kernel: 4, padding: 2 })).toBe(10);
    expectChapterToPrint(SLUG, 'one row of zeros above and two below');
  });

  it("full padding p = k − 1 gives o = i + k − 1; the notes' padding-1 example is full padding (hand derivation)", () => {
    const full = asMatrix(conv2d(tensor(I), tensor(K), { padding: 'full' }));
    expect(full).toEqual(asMatrix(conv2d(tensor(I), tensor(K), { padding: 1 })));
    // Figure 7.1: a 5×5 input with a 3×3 kernel, valid / same / full.
    expect([0, 1, 2].map((p) => convOutputSize({ input: 5, kernel: 3, padding: p }))).toEqual([3, 5, 7]);
    expectChapterToPrint(SLUG, 'valid gives\n$3 \\times 3$, same gives $5 \\times 5$, full gives $7 \\times 7$');
  });
});

describe('convolution-arithmetic chapter: stride and the floor (notes 003)', () => {
  it('padding 1, stride (3, 2) gives [[0, 8], [6, 8]]: rows 0, 3 and columns 0, 2 of the unit-stride map', () => {
    const strided = asMatrix(conv2d(tensor(I), tensor(K), { padding: 1, stride: [3, 2] }));
    const full = asMatrix(conv2d(tensor(I), tensor(K), { padding: 1 }));
    expect(strided).toEqual([[0, 8], [6, 8]]);
    expect(strided).toEqual([0, 3].map((r) => [0, 2].map((c) => full[r][c])));
    expect([countPositions(3, 2, 1, 3), countPositions(3, 2, 1, 2)]).toEqual([2, 2]);
    expectChapterToPrint(SLUG, inlineMatrix(strided), '\\lfloor 1.5 \\rfloor + 1 = 2');
    // Row 2 of the padded input (the real values 3, 4, 5) lies in no window.
    const coveredRows = new Set([0, 3].flatMap((start) => [start, start + 1]));
    expect(coveredRows.has(2)).toBe(false);
    expectChapterToPrint(SLUG, 'the real values $3, 4, 5$ never reach the output');
  });

  it("the notes' (W − K + 2P)/S + 1 gives 2.5 for W=3, K=2, P=1, S=2; the floor gives their 2 (notes 003, corrected)", () => {
    const noFloor = (3 - 2 + 2) / 2 + 1;
    expect(noFloor).toBe(2.5);
    expect(convOutputSize({ input: 3, kernel: 2, padding: 1, stride: 2 })).toBe(2);
    expect(asMatrix(conv2d(tensor(I), tensor(K), { padding: 1, stride: 2 })).length).toBe(2);
    expectChapterToPrint(SLUG, `$(3 - 2 + 2)/2 + 1 = ${noFloor}$`, `gives $${noFloor}$ without the floor`);
  });

  it('i = 6, k = 3, s = 2 fits two windows and never reads entry 5 (hand derivation)', () => {
    expect(convOutputSize({ input: 6, kernel: 3, stride: 2 })).toBe(2);
    expect(countPositions(6, 3, 0, 2)).toBe(2);
    const read = new Set([0, 2].flatMap((s) => [s, s + 1, s + 2]));
    expect(read.has(5)).toBe(false);
    expectChapterToPrint(SLUG, '$(6 - 3)/2 + 1 = 2.5$', '$\\lfloor 1.5 \\rfloor + 1 = 2$');
  });

  it('a 13×13 map pooled by two becomes 6×6 and upsampled back gives 12×12 (hand derivation)', () => {
    const pooled = poolOutputSize({ input: 13, kernel: 2, stride: 2 });
    expect(pooled).toBe(6);
    expect(pooled * 2).toBe(12);
    expectChapterToPrint(SLUG, 'the next map is $6 \\times 6$', 'the result is $12 \\times 12$');
  });

  it('dilation 2 turns the 2×2 kernel into a 3×3 span: one output, 38 (hand derivation)', () => {
    const y = asMatrix(conv2d(tensor(I), tensor(K), { dilation: 2 }));
    expect(y).toEqual([[38]]);
    expect(convOutputSize({ input: 3, kernel: 2, dilation: 2 })).toBe(countPositions(3, 2, 0, 1, 2));
    const byHand = I[0][0] * K[0][0] + I[0][2] * K[0][1] + I[2][0] * K[1][0] + I[2][2] * K[1][1];
    expect(byHand).toBe(38);
    expectChapterToPrint(SLUG, `= 0 \\cdot 0 + 2 \\cdot 1 + 6 \\cdot 2 + 8 \\cdot 3 = ${y[0][0]}`, '$\\hat k = 2 \\cdot 1 + 1 = 3$');
  });

  it('the general and dilated formulas agree with counting positions for every small case (hand derivation)', () => {
    for (let i = 1; i <= 12; i++) for (let k = 1; k <= 5; k++) for (let p = 0; p <= 2; p++) for (let s = 1; s <= 3; s++) for (let d = 1; d <= 2; d++) {
      if (d * (k - 1) + 1 > i + 2 * p) continue;
      expect(convOutputSize({ input: i, kernel: k, padding: p, stride: s, dilation: d })).toBe(countPositions(i, k, p, s, d));
      expect(Math.floor((i + 2 * p - d * (k - 1) - 1) / s) + 1).toBe(countPositions(i, k, p, s, d));
    }
  });
});

describe('convolution-arithmetic chapter: pooling (notes 003)', () => {
  const X4 = [[0, 1, 2, 1], [3, 4, 5, 4], [6, 7, 8, 7], [2, 1, 4, 3]];

  it('2×2 max pooling with stride 1 on the 3×3 input gives [[4, 5], [7, 8]]; average pooling [[2, 3], [5, 6]]', () => {
    const max = asMatrix(maxPool2d(tensor(I), { kernel: 2, stride: 1 }));
    const avg = asMatrix(avgPool2d(tensor(I), { kernel: 2, stride: 1 }));
    expect(max).toEqual([[4, 5], [7, 8]]);
    expect(avg).toEqual([[2, 3], [5, 6]]);
    expectChapterToPrint(SLUG, `the max-pooled map is $${inlineMatrix(max)}$`, `gives\n$${inlineMatrix(avg)}$`);
  });

  it('2×2 max pooling with stride 2 on the 4×4 input gives [[4, 5], [7, 8]]; average pooling [[2, 3], [4, 5.5]]', () => {
    const max = asMatrix(maxPool2d(tensor(X4), { kernel: 2, stride: 2 }));
    const avg = asMatrix(avgPool2d(tensor(X4), { kernel: 2, stride: 2 }));
    expect(max).toEqual([[4, 5], [7, 8]]);
    expect(avg).toEqual([[2, 3], [4, 5.5]]);
    expectChapterToPrint(SLUG, matrixBlock(X4), inlineMatrix(avg), '$(8 + 7 + 4 + 3)/4 = 5.5$');
    // Each window printed with its maximum.
    for (let i = 0; i < 2; i++) for (let j = 0; j < 2; j++) {
      const win = [[X4[2 * i][2 * j], X4[2 * i][2 * j + 1]], [X4[2 * i + 1][2 * j], X4[2 * i + 1][2 * j + 1]]];
      expectChapterToPrint(SLUG, `\\max${inlineMatrix(win)} = ${max[i][j]}`);
    }
  });

  it('pooling a 5×5 map with k = s = 2 gives 2 per axis, or 3 in ceil mode (hand derivation)', () => {
    expect(poolOutputSize({ input: 5, kernel: 2, stride: 2 })).toBe(2);
    expect(poolOutputSize({ input: 5, kernel: 2, stride: 2, ceilMode: true })).toBe(3);
    expect(maxPool2d(zeros([5, 5]), { kernel: 2, stride: 2, ceilMode: true }).shape).toEqual([3, 3]);
    expectChapterToPrint(SLUG, '$\\lfloor 3/2 \\rfloor + 1 = 2$ entries per axis', 'gives $3$');
  });
});

describe('convolution-arithmetic chapter: channels and parameters (notes 002, 003)', () => {
  const I2 = [[1, 2, 3], [4, 5, 6], [7, 8, 9]];
  const K2 = [[1, 2], [3, 4]];

  it('two input channels: [[19, 25], [37, 43]] + [[37, 47], [67, 77]] = [[56, 72], [104, 120]] with 8 weights (notes 003 shapes)', () => {
    const x = tensor([[I, I2]]); // [1, 2, 3, 3]
    const w = tensor([[K, K2]]); // [1, 2, 2, 2]: one kernel spanning both channels
    const y = conv2d(x, w);
    expect(y.shape).toEqual([1, 1, 2, 2]);
    const out = (y.toArray() as Matrix[][])[0][0];
    expect(out).toEqual([[56, 72], [104, 120]]);
    const second = asMatrix(conv2d(tensor(I2), tensor(K2)));
    expect(second).toEqual([[37, 47], [67, 77]]);
    expect(w.size).toBe(8);
    expectChapterToPrint(SLUG, inlineMatrix(second), `= ${inlineMatrix(out)}`, '$2 \\cdot 2 \\cdot 2 = 8$ weights', '1\\cdot 1 + 2\\cdot 2 + 4\\cdot 3 + 5\\cdot 4 = 37');
  });

  it("the CIFAR-10 base of notes 002: 32×32×3 → 30×30×32 → 15 → 13×13×64 → 6 → 4×4×64, with 896, 18,496 and 36,928 parameters", () => {
    const params = (k: number, d1: number, n: number) => k * k * d1 * n + n;
    let x = zeros([1, 3, 32, 32]);
    const shapes: number[][] = [];
    const layers: Array<['conv', number] | ['pool']> = [['conv', 32], ['pool'], ['conv', 64], ['pool'], ['conv', 64]];
    const counts: number[] = [];
    for (const layer of layers) {
      if (layer[0] === 'conv') {
        const depth = x.shape[1];
        x = conv2d(x, zeros([layer[1], depth, 3, 3]), { bias: zeros([layer[1]]) });
        counts.push(params(3, depth, layer[1]));
      } else {
        x = maxPool2d(x, { kernel: 2, stride: 2 });
      }
      shapes.push([...x.shape]);
    }
    expect(shapes.map(([, c, h, w]) => [h, w, c])).toEqual([[30, 30, 32], [15, 15, 32], [13, 13, 64], [6, 6, 64], [4, 4, 64]]);
    expect(counts).toEqual([896, 18_496, 36_928]);
    expect(4 * 4 * 64).toBe(1024);
    expectChapterToPrint(
      SLUG,
      '$3\\cdot 3\\cdot 3\\cdot 32 + 32 = 896$',
      '$3\\cdot 3\\cdot 32\\cdot 64 + 64 = 18\\,496$',
      '$3\\cdot 3\\cdot 64\\cdot 64 + 64 = 36\\,928$',
      '$\\lfloor (13 - 2)/2 \\rfloor + 1 = 6$',
      '$1024$ inputs',
    );
    for (const [h, w, c] of shapes.map(([, c2, h2, w2]) => [h2, w2, c2])) expectChapterToPrint(SLUG, `$${h} \\times ${w} \\times ${c}$`);
  });

  it('a 1×1 convolution with weights ½, ½ averages the two channels; the 256 → 64 bottleneck costs 53,376 instead of 147,520', () => {
    const y = conv2d(tensor([[I, I2]]), tensor([[[[0.5]], [[0.5]]]]));
    expect(y.shape).toEqual([1, 1, 3, 3]);
    const avg = (y.toArray() as Matrix[][])[0][0];
    expect(avg).toEqual([[0.5, 1.5, 2.5], [3.5, 4.5, 5.5], [6.5, 7.5, 8.5]]);
    expectChapterToPrint(SLUG, inlineMatrix(avg));
    const params = (k: number, d1: number, n: number) => k * k * d1 * n + n;
    const direct = params(3, 256, 64);
    const reduce = params(1, 256, 64);
    const then = params(3, 64, 64);
    expect([direct, reduce, then, reduce + then]).toEqual([147_520, 16_448, 36_928, 53_376]);
    expect((reduce + then) / direct).toBeCloseTo(1 / 3, 1);
    expectChapterToPrint(SLUG, '= 147\\,520$', '$256\\cdot 64 + 64 = 16\\,448$', '$53\\,376$ in total');
  });
});

describe('convolution-arithmetic chapter: common settings (notes 003)', () => {
  it('on a 32×32 input: K=3,S=1,P=1 → 32; K=5,S=1,P=2 → 32; K=5,S=2,P=2 → 16; K=1,S=1,P=0 → 32', () => {
    const rows: Array<[number, number, number, number]> = [[3, 1, 1, 32], [5, 1, 2, 32], [5, 2, 2, 16], [1, 1, 0, 32]];
    for (const [k, s, p, o] of rows) {
      expect(convOutputSize({ input: 32, kernel: k, stride: s, padding: p })).toBe(o);
      expectChapterToPrint(SLUG, `$\\lfloor (32 - ${k} + ${2 * p})/${s} \\rfloor + 1 = ${o}$`);
    }
  });

  it("the notes' K = 5, S = 1, P = 1 shrinks 32 to 30, not the same size (notes 003, corrected)", () => {
    expect(convOutputSize({ input: 32, kernel: 5, padding: 1 })).toBe(30);
    expectChapterToPrint(SLUG, '$o = i - 5 + 2 + 1 = i - 2$ ($32 \\to 30$)');
  });

  it('K = 5, S = 2: P = 2 gives ⌈i/2⌉ for every i, exact only for odd i; TF "same" pads 1 + 2 at i = 32 (hand derivation)', () => {
    for (let i = 5; i <= 64; i++) {
      expect(convOutputSize({ input: i, kernel: 5, stride: 2, padding: 2 })).toBe(Math.ceil(i / 2));
      const exact = (i - 5 + 4) % 2 === 0;
      expect(exact).toBe(i % 2 === 1);
    }
    expect((31 - 5 + 4) / 2 + 1).toBe(16);
    expect((32 - 5 + 4) / 2 + 1).toBe(16.5);
    expect(resolvePadding('same', [32, 32], [5, 5], [2, 2], [1, 1], 'test')).toEqual([1, 2, 1, 2]);
    expect(convOutputSize({ input: 32, kernel: 5, stride: 2, padding: [1, 2] })).toBe(16);
    expect(convOutputSize({ input: 32, kernel: 5, stride: 2, padding: 1 })).toBe(15);
    expect(convOutputSize({ input: 32, kernel: 5, stride: 2, padding: 0 })).toBe(14);
    expectChapterToPrint(
      SLUG,
      '$(31 - 5 + 4)/2 + 1 = 16$',
      '$(32 - 5 + 4)/2 + 1 = 16.5$',
      '$(32 + 3 - 5)/2 + 1 = 16$',
      '$\\lfloor 29/2 \\rfloor + 1 = 15$',
      '$\\lfloor 27/2 \\rfloor + 1 = 14$',
    );
  });
});

describe('convolution-arithmetic chapter: exercises and code listings', () => {
  it('i=7 k=3 p=1 s=2 → 4 (exact); i=6 k=3 p=1 s=2 → 3, last padding zero unread', () => {
    expect(convOutputSize({ input: 7, kernel: 3, padding: 1, stride: 2 })).toBe(4);
    expect((7 + 2 - 3) % 2).toBe(0);
    expect(convOutputSize({ input: 6, kernel: 3, padding: 1, stride: 2 })).toBe(3);
    const read = new Set([0, 2, 4].flatMap((s) => [s, s + 1, s + 2]));
    expect(read.has(7)).toBe(false);
    expect(read.has(6)).toBe(true);
    expectChapterToPrint(SLUG, '$\\lfloor (7 + 2 - 3)/2 \\rfloor + 1 = 3 + 1 = 4$', '$\\lfloor (6 + 2 - 3)/2 \\rfloor + 1 = \\lfloor 2.5 \\rfloor + 1 = 3$');
  });

  it('28 → conv 5 → pool 2 → conv 3 → pool 2 gives 24, 12, 10, 5', () => {
    const a = convOutputSize({ input: 28, kernel: 5 });
    const b = poolOutputSize({ input: a, kernel: 2, stride: 2 });
    const c = convOutputSize({ input: b, kernel: 3 });
    const d = poolOutputSize({ input: c, kernel: 2, stride: 2 });
    expect([a, b, c, d]).toEqual([24, 12, 10, 5]);
    expectChapterToPrint(SLUG, `So $${a} \\to ${b} \\to ${c} \\to ${d}$`);
  });

  it('16 kernels 5×5, p=2 on 64×64×3 give 64×64×16 and 1216 parameters', () => {
    const y = conv2d(zeros([1, 3, 64, 64]), zeros([16, 3, 5, 5]), { padding: 2, bias: zeros([16]) });
    expect(y.shape).toEqual([1, 16, 64, 64]);
    expect(5 * 5 * 3 * 16 + 16).toBe(1216);
    expectChapterToPrint(SLUG, '$64 \\times 64 \\times 16$', '$5 \\cdot 5 \\cdot 3 \\cdot 16 + 16 = 1200 + 16 = 1216$');
  });

  it('same padding: k = 7 needs p = 3; k = 4 has no symmetric answer (p = 1 → i − 1, p = 2 → i + 1)', () => {
    expect(convOutputSize({ input: 20, kernel: 7, padding: 3 })).toBe(20);
    expect(convOutputSize({ input: 20, kernel: 4, padding: 1 })).toBe(19);
    expect(convOutputSize({ input: 20, kernel: 4, padding: 2 })).toBe(21);
    expectChapterToPrint(SLUG, '$p = \\lfloor 7/2 \\rfloor = 3$', '$p = 1$ gives $i - 1$ and $p = 2$ gives\n$i + 1$');
  });

  it('overlapping 3×3 pooling with stride 2: 13 → 6 and 55 → 27', () => {
    expect(poolOutputSize({ input: 13, kernel: 3, stride: 2 })).toBe(6);
    expect(poolOutputSize({ input: 55, kernel: 3, stride: 2 })).toBe(27);
    expectChapterToPrint(SLUG, '$\\lfloor (13 - 3)/2 \\rfloor + 1 = 6$', '$\\lfloor (55 - 3)/2 \\rfloor + 1 = 27$');
  });

  it('the engine listing prints what the engine returns', () => {
    expect(convOutputSize({ input: 3, kernel: 2, padding: 1, stride: 2 })).toBe(2);
    expectChapterToPrint(
      SLUG,
      "conv2d(x, k, { padding: 1, stride: [3, 2] }).toArray();          // [[0, 8], [6, 8]]",
      'maxPool2d(x, { kernel: 2, stride: 1 }).toArray();                // [[4, 5], [7, 8]]',
      'convOutputSize({ input: 3, kernel: 2, padding: 1, stride: 2 });  // 2',
    );
  });
});
