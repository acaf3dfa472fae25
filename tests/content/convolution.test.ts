// Worked examples of the convolution chapter (content/convolution.mdx), recomputed from the notes'
// inputs and checked against the text. Sources: notes 002 (polynomials, Toeplitz, square wave, W′,
// parameter count), 003 (the 3×3 input with the [[0,1],[2,3]] kernel, stencils), 004 (the X/O
// feature maps); "hand derivation" marks examples that the chapter adds.
import { describe, expect, it } from 'vitest';
import {
  conv2d, convMatrix, convMatrixIndices, convolve1d, convolve2d, matmul, relu, reshape, sum, tensor, toeplitz, zeros,
} from '@/lib/engine';
import { X9 } from '@/components/figures/convolution/ConvXFeatureMap';
import { expectChapterToPrint, fixed } from './chapter-text';

const SLUG = 'convolution';

type Matrix = number[][];

/** A matrix as the chapter typesets it on several lines: rows joined by " \\" and a newline. */
function matrixBlock(rows: readonly (readonly (number | string)[])[]): string {
  return rows.map((r) => r.join(' & ')).join(' \\\\\n');
}

/** A matrix as the chapter typesets it inline: \begin{bmatrix} a & b \\ c & d \end{bmatrix}. */
function inlineMatrix(rows: readonly (readonly number[])[]): string {
  return `\\begin{bmatrix} ${rows.map((r) => r.join(' & ')).join(' \\\\ ')} \\end{bmatrix}`;
}

function toMatrix(t: { toArray(): unknown }): Matrix {
  return t.toArray() as Matrix;
}

/** Independent check of conv2d: the cross-correlation sum written out directly. */
function correlateByHand(image: Matrix, kernel: Matrix): Matrix {
  const rows = image.length - kernel.length + 1;
  const cols = image[0].length - kernel[0].length + 1;
  return Array.from({ length: rows }, (_, i) =>
    Array.from({ length: cols }, (_, j) => {
      let s = 0;
      for (let a = 0; a < kernel.length; a++) for (let b = 0; b < kernel[0].length; b++) s += image[i + a][j + b] * kernel[a][b];
      return s;
    }),
  );
}

const rotate180 = (k: Matrix): Matrix => k.map((row) => [...row].reverse()).reverse();

describe('convolution chapter: one-dimensional convolution', () => {
  it('two unit boxes convolve to a triangle with y(0.5) = 0.5 and peak y(1) = 1 (hand derivation)', () => {
    const box = (a: number) => (a >= 0 && a <= 1 ? 1 : 0);
    const y = (t: number) => {
      const n = 20000; // midpoint rule over [−1, 3]
      let s = 0;
      for (let k = 0; k < n; k++) {
        const a = -1 + ((k + 0.5) * 4) / n;
        s += box(a) * box(t - a);
      }
      return (s * 4) / n;
    };
    expect(y(0.5)).toBeCloseTo(0.5, 3);
    expect(y(1)).toBeCloseTo(1, 3);
    expect(y(1.5)).toBeCloseTo(0.5, 3);
    expect(y(2.5)).toBeCloseTo(0, 6);
    expectChapterToPrint(SLUG, 'y(1) = 1');
  });

  it('convolve1d([1, 4, 2, 8], [½, ½]) is the moving average (0.5, 2.5, 3, 5, 4) (hand derivation)', () => {
    const y = convolve1d([1, 4, 2, 8], [0.5, 0.5]).toArray() as number[];
    expect(y).toEqual([0.5, 2.5, 3, 5, 4]);
    expectChapterToPrint(SLUG, `= (${y.join(',\\ ')})`);
  });

  it('convolution with (1, −1) is the backward difference and cross-correlation flips its sign (hand derivation)', () => {
    const full = convolve1d([1, 4, 2, 8], [1, -1]).toArray() as number[];
    const convolved = full.slice(1, 4); // the fully overlapping positions
    const correlated = (conv2d(tensor([[1, 4, 2, 8]]), tensor([[1, -1]])).toArray() as Matrix)[0];
    expect(convolved).toEqual([3, -2, 6]);
    expect(correlated).toEqual([-3, 2, -6]);
    expectChapterToPrint(SLUG, `$(${convolved.join(', ')})$`, `$(${correlated.join(', ')})$`);
  });

  it('(1 + t)(1 − t + t²) = 1 + t³ by convolution (exercise)', () => {
    const delta = convolve1d([1, 1], [1, -1, 1]).toArray() as number[];
    expect(delta).toEqual([1, 0, 0, 1]);
    expect(matmul(toeplitz([1, 1], 3), tensor([[1], [-1], [1]])).toArray()).toEqual([[1], [0], [0], [1]]);
    expectChapterToPrint(SLUG, 'the product is $1 + t^3$');
  });
});

describe('convolution chapter: polynomial multiplication (notes 002)', () => {
  const alpha = [1, 2, 3];
  const beta = [4, 5, 6, 7];

  it('convolve1d(α, β) gives δ = [4, 13, 28, 34, 32, 21] (notes 002, polynomial example)', () => {
    const delta = convolve1d(alpha, beta).toArray() as number[];
    // Independent check: expand the product term by term.
    const expanded = new Array(6).fill(0);
    alpha.forEach((a, i) => beta.forEach((b, l) => { expanded[i + l] += a * b; }));
    expect(delta).toEqual(expanded);
    expect(delta).toEqual([4, 13, 28, 34, 32, 21]);
    expectChapterToPrint(SLUG, `\\delta = [${delta.join(', ')}]`);
    const terms = ['= 4,', '= 13,', '= 28,', '= 34,', '= 32,', '= 21,'];
    expectChapterToPrint(SLUG, ...terms.map((t, j) => t.replace(/\d+/, String(delta[j]))));
  });

  it('the product evaluated at t = 1 and t = −1 equals p·s there: 132 and −4 (hand derivation)', () => {
    const at = (c: number[], t: number) => c.reduce((s, v, k) => s + v * t ** k, 0);
    const delta = convolve1d(alpha, beta).toArray() as number[];
    expect(at(alpha, 1) * at(beta, 1)).toBe(132);
    expect(at(delta, 1)).toBe(132);
    expect(at(alpha, -1) * at(beta, -1)).toBe(-4);
    expect(at(delta, -1)).toBe(-4);
    expectChapterToPrint(SLUG, `${at(alpha, 1)} \\cdot ${at(beta, 1)} = 132`, `${at(alpha, -1)} \\cdot (${at(beta, -1)}) = -4`);
  });

  it('toeplitz(α, 4)·β and toeplitz(β, 3)·α both give δ, with the matrices printed in full (notes 002)', () => {
    const Ta = toeplitz(alpha, 4);
    const Tb = toeplitz(beta, 3);
    expect(toMatrix(matmul(Ta, tensor(beta.map((b) => [b])))).flat()).toEqual([4, 13, 28, 34, 32, 21]);
    expect(toMatrix(matmul(Tb, tensor(alpha.map((a) => [a])))).flat()).toEqual([4, 13, 28, 34, 32, 21]);
    expectChapterToPrint(SLUG, matrixBlock(toMatrix(Ta)), matrixBlock(toMatrix(Tb)));
    // Constant diagonals: A_ij = A_(i+1)(j+1).
    const A = toMatrix(Tb);
    for (let i = 0; i + 1 < A.length; i++) for (let j = 0; j + 1 < A[0].length; j++) expect(A[i][j]).toBe(A[i + 1][j + 1]);
  });
});

describe('convolution chapter: Fourier series and the convolution theorem (notes 002, 004)', () => {
  const T = 0.2;
  const w = 0.1;
  const F = 2;
  const square = (t: number) => (Math.abs(t) < w / 2 ? F : 0);
  /** f_n by numerical integration of equation (fourier-coefficients) over one period. */
  const fNumeric = (n: number) => {
    const steps = 200000;
    let s = 0;
    for (let k = 0; k < steps; k++) {
      const t = -T / 2 + ((k + 0.5) * T) / steps;
      s += square(t) * Math.cos((2 * Math.PI * n * t) / T);
    }
    return (2 / T) * s * (T / steps);
  };
  const fClosed = (n: number) => ((2 * F) / (Math.PI * n)) * Math.sin((Math.PI * n * w) / T);

  it('the square wave (T = 0.2, w = 0.1, F = 2) has f₀/2 = 1 and f₁, f₃, f₅, f₇ = 1.2732, −0.4244, 0.2546, −0.1819 (notes 002)', () => {
    expect(fNumeric(0) / 2).toBeCloseTo(1, 6);
    for (const n of [1, 2, 3, 4, 5, 7]) expect(fNumeric(n)).toBeCloseTo(fClosed(n), 5);
    expect(fClosed(2)).toBeCloseTo(0, 12);
    expectChapterToPrint(
      SLUG,
      `\\frac{4}{\\pi} = ${fixed(fClosed(1), 4)}`,
      `-\\frac{4}{3\\pi} = ${fixed(fClosed(3), 4)}`,
      `\\frac{4}{5\\pi} = ${fixed(fClosed(5), 4)}`,
      `-\\frac{4}{7\\pi} = ${fixed(fClosed(7), 4)}`,
      `\\frac{2 \\cdot 0.1}{0.2} = ${fixed(fNumeric(0) / 2, 0)}`,
    );
  });

  it('the partial sum with the 499 harmonics of the notes peaks at 2.179 (Gibbs), and the series gives 2 at t = 0', () => {
    const partial = (t: number, N: number) => {
      let s = (F * w) / T;
      for (let n = 1; n <= N; n++) s += fClosed(n) * Math.cos((2 * Math.PI * n * t) / T);
      return s;
    };
    let peak = -Infinity;
    for (let k = 0; k <= 4000; k++) peak = Math.max(peak, partial((0.05 * k) / 4000, 499));
    expect(peak).toBeGreaterThan(2.178);
    expect(peak).toBeLessThan(2.18);
    expect(partial(0, 20001)).toBeCloseTo(2, 3);
    expectChapterToPrint(SLUG, `maximum of $S_N$ is $${fixed(peak, 3)}$`);
  });

  it('an oscillator tuned to 3ω answers the square wave mostly at 3ω: |A₁|, |A₃|, |A₅| = 0.1591, 0.7074, 0.0159 (hand derivation)', () => {
    const omega0 = 3;
    const beta = 0.1; // units of ω = 1, m = 1
    const amp = (n: number) => Math.abs(fClosed(n)) / Math.sqrt((omega0 ** 2 - n ** 2) ** 2 + 4 * beta ** 2 * n ** 2);
    expectChapterToPrint(SLUG, `= ${fixed(amp(1), 4)}`, `= ${fixed(amp(3), 4)}`, `= ${fixed(amp(5), 4)}`);
    expectChapterToPrint(SLUG, `amplitude $${fixed(amp(3) / amp(1), 1)}$ times`);
    expect(amp(3)).toBeGreaterThan(amp(1));
  });

  it('DFT multiplication gives circular convolution (36, 34, 28, 34) at length 4 and δ at length 6 (hand derivation)', () => {
    const dft = (x: number[], sign: 1 | -1) =>
      x.map((_, k) => {
        let re = 0;
        let im = 0;
        x.forEach((v, j) => {
          re += v * Math.cos((sign * 2 * Math.PI * j * k) / x.length);
          im += v * Math.sin((sign * 2 * Math.PI * j * k) / x.length);
        });
        return [re, im] as const;
      });
    const viaFourier = (a: number[], b: number[], N: number) => {
      const pad = (v: number[]) => [...v, ...new Array(N - v.length).fill(0)];
      const A = dft(pad(a), -1);
      const B = dft(pad(b), -1);
      const prod = A.map(([ar, ai], k) => [ar * B[k][0] - ai * B[k][1], ar * B[k][1] + ai * B[k][0]] as const);
      // Inverse DFT of a complex sequence; keep the real part.
      return prod.map((_, j) => Math.round(
        prod.reduce((s, [re, im], k) => s + re * Math.cos((2 * Math.PI * j * k) / N) - im * Math.sin((2 * Math.PI * j * k) / N), 0) / N,
      ));
    };
    const circular = viaFourier([1, 2, 3], [4, 5, 6, 7], 4);
    expect(circular).toEqual([36, 34, 28, 34]);
    expect(viaFourier([1, 2, 3], [4, 5, 6, 7], 6)).toEqual(convolve1d([1, 2, 3], [4, 5, 6, 7]).toArray());
    expectChapterToPrint(SLUG, `= (${circular.join(',\\ ')})`);
  });
});

describe('convolution chapter: two dimensions (notes 002, 003)', () => {
  const I = [[0, 1, 2], [3, 4, 5], [6, 7, 8]];
  const K = [[0, 1], [2, 3]];

  it('conv2d(I, K) = [[19, 25], [37, 43]] and convolve2d(I, K) = [[5, 11], [23, 29]] (notes 003; flip by hand)', () => {
    const corr = toMatrix(conv2d(tensor(I), tensor(K)));
    const conv = toMatrix(convolve2d(tensor(I), tensor(K)));
    expect(corr).toEqual(correlateByHand(I, K));
    expect(corr).toEqual([[19, 25], [37, 43]]);
    expect(conv).toEqual(correlateByHand(I, rotate180(K)));
    expectChapterToPrint(SLUG, inlineMatrix(corr), inlineMatrix(conv), inlineMatrix(rotate180(K)));
    expectChapterToPrint(SLUG, `0\\cdot 0 + 1\\cdot 1 + 3\\cdot 2 + 4\\cdot 3 = ${corr[0][0]}`, `0\\cdot 3 + 1\\cdot 2 + 3\\cdot 1 + 4\\cdot 0 = ${conv[0][0]}`);
  });

  it('the Sobel kernel finds the edge of (0, 0, 0, 1, 1) as (0, 4, 4); the box blur gives (0, ⅓, ⅔) (hand derivation)', () => {
    const step = [[0, 0, 0, 1, 1], [0, 0, 0, 1, 1], [0, 0, 0, 1, 1]];
    const sobel = [[-1, 0, 1], [-2, 0, 2], [-1, 0, 1]];
    const edges = toMatrix(conv2d(tensor(step), tensor(sobel)));
    expect(edges).toEqual([[0, 4, 4]]);
    const blur = toMatrix(conv2d(tensor(step), tensor(sobel.map((r) => r.map(() => 1 / 9)))))[0];
    expect(blur[0]).toBeCloseTo(0, 12);
    expect(blur[1]).toBeCloseTo(1 / 3, 12);
    expect(blur[2]).toBeCloseTo(2 / 3, 12);
    const flipped = toMatrix(convolve2d(tensor(step), tensor(sobel)))[0];
    expect(flipped.map((v) => v + 0)).toEqual([0, -4, -4]);
    expectChapterToPrint(SLUG, inlineMatrix(edges), `$(0, ${flipped[1]}, ${flipped[2]})$`, '\\big(0, \\tfrac13, \\tfrac23\\big)');
  });

  it('the gradient of ΣS with respect to K is [[8, 12], [20, 24]]: each weight sums its four inputs (hand derivation)', () => {
    const k = tensor(K, { requiresGrad: true });
    sum(conv2d(tensor(I), k)).backward();
    const grad = toMatrix(k.grad!);
    expect(grad).toEqual([[8, 12], [20, 24]]);
    expectChapterToPrint(SLUG, inlineMatrix(grad));
  });

  it('convMatrix(K, [3, 3]) is the 4×9 W′ of the notes, symbolically and with numbers, and W′·vec(I) = S (notes 002)', () => {
    const names = ['w_{00}', 'w_{01}', 'w_{10}', 'w_{11}'];
    const { indices, rows, cols } = convMatrixIndices([2, 2], [3, 3]);
    expect([rows, cols]).toEqual([4, 9]);
    const symbolic = Array.from({ length: rows }, (_, r) =>
      Array.from({ length: cols }, (_, c) => (indices[r * cols + c] < 0 ? '0' : names[indices[r * cols + c]])),
    );
    expectChapterToPrint(SLUG, matrixBlock(symbolic));
    const W = convMatrix(tensor(K), [3, 3]);
    expectChapterToPrint(SLUG, matrixBlock(toMatrix(W)));
    const s = toMatrix(matmul(W, reshape(tensor(I), [9, 1]))).flat();
    expect(s).toEqual([19, 25, 37, 43]);
    expect(toMatrix(W).flat().filter((v) => v !== 0)).toHaveLength(12); // 16 entries hold weights, 4 of them w00 = 0
    expect(symbolic.flat().filter((v) => v !== '0')).toHaveLength(16);
  });

  it('im2col: the 4×4 patch matrix times vec(K) gives the same [19, 25, 37, 43] (hand derivation)', () => {
    const patches = [0, 1].flatMap((i) => [0, 1].map((j) => [I[i][j], I[i][j + 1], I[i + 1][j], I[i + 1][j + 1]]));
    const s = patches.map((p) => p.reduce((acc, v, t) => acc + v * K.flat()[t], 0));
    expect(s).toEqual([19, 25, 37, 43]);
    expectChapterToPrint(SLUG, matrixBlock(patches));
  });
});

describe('convolution chapter: parameter counts and kernel shapes (notes 002, 003)', () => {
  it('a dense 10⁶ → 10⁴ → 1 network has 10,000,020,001 ≈ 10¹⁰ parameters, 40 GB in float32 (notes 002)', () => {
    const total = 1e4 * 1e6 + 1e4 + 1e4 * 1 + 1;
    expect(total).toBe(10_000_020_001);
    const thin = (n: number) => n.toLocaleString('en-US').replace(/,/g, '\\,');
    expectChapterToPrint(SLUG, `= ${thin(total)} \\approx 10^{10}`);
    expect(Math.round((total * 4) / 1e9)).toBe(40);
    expectChapterToPrint(SLUG, '$40$ GB');
    expect(1e6 / 48000).toBeCloseTo(20.8, 1); // "about 20 seconds of audio at 48 kHz"
    expect(64 * 9 + 64).toBe(640);
    expectChapterToPrint(SLUG, '$64 \\cdot 9 + 64 = 640$');
  });

  it('a dense 28×28 → 28×28 layer has 784² = 614,656 weights (615,440 with biases) against 9 + 1 (exercise)', () => {
    const n = 28 * 28;
    expect(n * n).toBe(614_656);
    expect(n * n + n).toBe(615_440);
    expectChapterToPrint(SLUG, '784^2 = 614\\,656', '$615\\,440$ parameters');
  });

  it('kernel tensors: Conv2d(3 → 32, 3×3) has shape (32, 3, 3, 3) and 896 parameters (hand derivation)', () => {
    const out = conv2d(zeros([1, 3, 5, 5]), zeros([32, 3, 3, 3]), { bias: zeros([32]) });
    expect(out.shape).toEqual([1, 32, 3, 3]);
    expect(32 * 3 * 3 * 3).toBe(864);
    expectChapterToPrint(SLUG, '$(32, 3, 3, 3)$', '$(3, 3, 3, 32)$', '$864 + 32 = 896$');
    expect([16 * 1 * 9, 8 * 1 * 27]).toEqual([144, 216]);
    expectChapterToPrint(SLUG, '$144 + 16$', '$216 + 8$');
  });
});

describe('convolution chapter: finite-difference stencils (notes 003)', () => {
  it('the central difference of x³ at 1 is 3.01 (h = 0.1) and 3.0025 (h = 0.05): second order (hand derivation)', () => {
    const d = (h: number) => ((1 + h) ** 3 - (1 - h) ** 3) / (2 * h);
    expect(d(0.1) - 3).toBeCloseTo(0.01, 12); // h²φ'''/6 = h²
    expect((d(0.1) - 3) / (d(0.05) - 3)).toBeCloseTo(4, 9);
    expectChapterToPrint(SLUG, `= ${fixed(d(0.1), 2)}`, `$${fixed(d(0.05), 4)}$`);
  });

  it("the notes' 3×3 derivative kernel returns 3 on the ramp φ = x, the single row returns 1 (notes 003, corrected)", () => {
    const ramp = tensor(Array.from({ length: 3 }, () => [0, 1, 2]));
    const notesKernel = tensor(Array.from({ length: 3 }, () => [-0.5, 0, 0.5]));
    expect((conv2d(ramp, notesKernel).toArray() as Matrix)[0][0]).toBe(3);
    expect((conv2d(tensor([[0, 1, 2]]), tensor([[-0.5, 0, 0.5]])).toArray() as Matrix)[0][0]).toBe(1);
    expectChapterToPrint(SLUG, 'that kernel returns $3$ instead of $\\partial\\phi/\\partial x = 1$');
  });

  it('the 5-point Laplacian of x² + 2y² sampled with h = 0.5 is exactly 6; ∂T/∂x = 2 (hand derivation)', () => {
    const h = 0.5;
    const T = (x: number, y: number) => x * x + 2 * y * y;
    const patch = [0.5, 1, 1.5].map((y) => [0.5, 1, 1.5].map((x) => T(x, y)));
    expectChapterToPrint(SLUG, inlineMatrix(patch));
    const laplacian = tensor([[0, 1, 0], [1, -4, 1], [0, 1, 0]].map((r) => r.map((v) => v / h ** 2)));
    expect((conv2d(tensor(patch), laplacian).toArray() as Matrix)[0][0]).toBeCloseTo(6, 12);
    const dx = (conv2d(tensor([patch[1]]), tensor([[-1 / (2 * h), 0, 1 / (2 * h)]])).toArray() as Matrix)[0][0];
    expect(dx).toBeCloseTo(2, 12);
    expectChapterToPrint(SLUG, '= \\frac{1.5}{0.25} = 6', '(4.25 - 2.25)/(2 \\cdot 0.5) = 2');
  });

  it('the second difference of x³ at 1 with h = 0.1 is exactly 6 (exercise)', () => {
    const second = (1.1 ** 3 - 2 + 0.9 ** 3) / 0.01;
    expect(second).toBeCloseTo(6, 9);
    expectChapterToPrint(SLUG, '0.06/0.01 = 6 = \\phi\'\'(1)');
  });

  it('rotating by 180° leaves the X/O kernels, the Laplacian and the box unchanged and negates Sobel (exercise)', () => {
    const symmetric = [
      [[1, -1, -1], [-1, 1, -1], [-1, -1, 1]],
      [[1, -1, 1], [-1, 1, -1], [1, -1, 1]],
      [[-1, -1, 1], [-1, 1, -1], [1, -1, -1]],
      [[0, 1, 0], [1, -4, 1], [0, 1, 0]],
      [[1, 1, 1], [1, 1, 1], [1, 1, 1]],
    ];
    for (const k of symmetric) expect(rotate180(k)).toEqual(k);
    const sobel = [[-1, 0, 1], [-2, 0, 2], [-1, 0, 1]];
    expect(rotate180(sobel)).toEqual(sobel.map((r) => r.map((v) => -v + 0)));
  });
});

describe('convolution chapter: the X and O feature maps (notes 004)', () => {
  const X5 = [[-1, -1, -1, -1, -1], [-1, 1, -1, 1, -1], [-1, -1, 1, -1, -1], [-1, 1, -1, 1, -1], [-1, -1, -1, -1, -1]];
  const O5 = [[-1, -1, -1, -1, -1], [-1, -1, 1, -1, -1], [-1, 1, -1, 1, -1], [-1, -1, 1, -1, -1], [-1, -1, -1, -1, -1]];
  const diag = [[1, -1, -1], [-1, 1, -1], [-1, -1, 1]];
  const cross = [[1, -1, 1], [-1, 1, -1], [1, -1, 1]];
  const anti = [[-1, -1, 1], [-1, 1, -1], [1, -1, -1]];
  // The symmetric 9×9 X, built independently of the figure.
  const X = Array.from({ length: 9 }, (_, r) => Array.from({ length: 9 }, (_, c) => (r > 0 && r < 8 && (r === c || r + c === 8) ? 1 : -1)));

  it('the 5×5 X with the diagonal kernel gives [[7, −3, 3], [−3, 5, −3], [3, −3, 7]]; the O gives −5 at its centre (notes 004)', () => {
    const mapX = toMatrix(conv2d(tensor(X5), tensor(diag)));
    const mapO = toMatrix(conv2d(tensor(O5), tensor(diag)));
    expect(mapX).toEqual([[7, -3, 3], [-3, 5, -3], [3, -3, 7]]);
    expect(mapX).toEqual(correlateByHand(X5, diag));
    expect(mapO).toEqual([[-1, 5, -1], [5, -5, 5], [-1, 5, -1]]);
    expectChapterToPrint(SLUG, matrixBlock(X5), matrixBlock(O5), inlineMatrix(mapX), inlineMatrix(mapO));
    expectChapterToPrint(SLUG, '-1 + 8 = 7 ,', '3 - 6 = -3 .');
  });

  it('ReLU of that map is [[7, 0, 3], [0, 5, 0], [3, 0, 7]]; the input on the notes\' ReLU slide would not give it (notes 004, corrected)', () => {
    const mapX = conv2d(tensor(X5), tensor(diag));
    const rectified = toMatrix(relu(mapX));
    expect(rectified).toEqual([[7, 0, 3], [0, 5, 0], [3, 0, 7]]);
    const slideInput = [[7, -3, 3], [-5, 5, -3], [-6, -1, 7]];
    expect(toMatrix(relu(tensor(slideInput)))).not.toEqual(rectified);
    expectChapterToPrint(SLUG, inlineMatrix(rectified), inlineMatrix(slideInput));
  });

  it('the 9×9 X with the three kernels gives the three integer maps printed in the chapter (notes 004)', () => {
    expect(X9).toEqual(X); // the figure draws the same image
    for (const k of [diag, cross, anti]) {
      const map = toMatrix(conv2d(tensor(X), tensor(k)));
      expect(map).toEqual(correlateByHand(X, k));
      expectChapterToPrint(SLUG, matrixBlock(map));
    }
  });

  it('normalised by 9 and rounded, the diagonal map starts 0.78, −0.11, …; the notes truncate 7/9 to 0.77 and 5/9 to 0.55 (notes 004, corrected)', () => {
    const map = toMatrix(conv2d(tensor(X), tensor(diag)));
    const rounded = map.map((row) => row.map((v) => fixed(v / 9, 2)));
    expect(rounded[0].slice(0, 2)).toEqual(['0.78', '-0.11']);
    expectChapterToPrint(SLUG, matrixBlock(rounded));
    const truncated = (v: number) => (Math.trunc((v / 9) * 100) / 100).toFixed(2);
    expect([truncated(7), truncated(5)]).toEqual(['0.77', '0.55']);
    expectChapterToPrint(SLUG, `is printed as\n$${truncated(7)}$ (rounded, $${fixed(7 / 9, 2)}$)`, `as $${truncated(5)}$ (rounded, $${fixed(5 / 9, 2)}$)`);
  });

  it("the notes' printed 9×9 image (rows 7 and 8 garbled) does not reproduce their maps (notes 004, corrected)", () => {
    const garbled = X.map((r) => [...r]);
    garbled[6] = [-1, -1, -1, 1, -1, 1, -1, -1, -1];
    garbled[7] = [-1, 1, -1, -1, -1, -1, 1, 1, -1];
    for (const k of [diag, cross, anti]) {
      const good = correlateByHand(X, k);
      const bad = correlateByHand(garbled, k);
      expect(bad.slice(0, 4)).toEqual(good.slice(0, 4));
      for (const r of [4, 5, 6]) expect(bad[r]).not.toEqual(good[r]);
    }
    expectChapterToPrint(SLUG, '$(-1,-1,-1,1,-1,1,-1,-1,-1)$ and $(-1,1,-1,-1,-1,-1,1,1,-1)$');
  });
});
