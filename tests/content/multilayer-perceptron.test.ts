// Worked examples of the multilayer-perceptron chapter, recomputed from their inputs with the book's
// engine (matrix products, activations, autograd) or, where the engine has no such operation (a
// linear solve), with a short independent calculation in this file. Each computed value is then
// looked up in content/multilayer-perceptron.mdx, so the text cannot drift from the computation.
// The example networks are the chapter's own (hand-chosen inputs); the notes give only the equations.
import { describe, expect, it } from 'vitest';
import { add, heaviside, matmul, mul, relu, sigmoid, sub, tanh, tensor, type Tensor } from '@/lib/engine';
import { expectChapterToPrint, fixed } from './chapter-text';

const SLUG = 'multilayer-perceptron';

/** 0.15 → "0.15", 0.3 → "0.3", −0.33958935 → "-0.3396": at most `digits` decimals, no trailing zeros. */
function trim(v: number, digits = 4): string {
  return String(Number(v.toFixed(digits)));
}

/** Terms as the chapter writes a row of products: "0.2 - 0.2 - 0.1 + 0.1". */
function signedSum(terms: number[]): string {
  return terms.map((t, i) => (i === 0 ? trim(t) : t < 0 ? `- ${trim(-t)}` : `+ ${trim(t)}`)).join(' ');
}

/** A matrix as a LaTeX bmatrix body: "0.2 & -0.4 & 0.1 \\ 0.5 & …". */
function bmatrixBody(m: number[][]): string {
  return m.map((row) => row.map((v) => trim(v)).join(' & ')).join(' \\\\ ');
}

/** A number as the chapter's tables print it, with a real minus sign. */
function tableNumber(v: number, digits: number): string {
  return v.toFixed(digits).replace('-', '−');
}

const vec = (t: Tensor) => t.toArray() as number[];
const mat = (t: Tensor) => t.toArray() as number[][];

describe('multilayer-perceptron chapter: parameter counts', () => {
  const count = (sizes: number[]) => sizes.slice(1).reduce((n, size, l) => n + size * (sizes[l] + 1), 0);

  it('the 3-3-2 network has 12 + 8 = 20 parameters', () => {
    expect(count([3, 3, 2])).toBe(20);
    expectChapterToPrint(SLUG, '$3 \\cdot (3 + 1) + 2 \\cdot (3 + 1) = 12 + 8 = 20$');
  });

  it('the 4-5-3-2 network of exercise 1 has 25 + 18 + 8 = 51', () => {
    expect(count([4, 5, 3, 2])).toBe(51);
    expectChapterToPrint(SLUG, '$5 \\cdot 5 + 3 \\cdot 6 + 2 \\cdot 4 = 25 + 18 + 8 = 51$');
  });
});

describe('multilayer-perceptron chapter: the 3-3-2 forward pass (hand-chosen example)', () => {
  const x = [1.0, 0.5, -1.0];
  const W1 = [
    [0.2, -0.4, 0.1],
    [0.5, 0.3, -0.2],
    [-0.3, 0.8, 0.6],
  ];
  const b1 = [0.1, -0.1, 0.2];
  const W2 = [
    [0.6, -0.5, 0.3],
    [-0.2, 0.4, 0.7],
  ];
  const b2 = [0.05, -0.1];

  const z1 = add(matmul(tensor(W1), tensor(x)), tensor(b1));
  const a1 = sigmoid(z1);
  const z2 = add(matmul(tensor(W2), a1), tensor(b2));
  const a2 = sigmoid(z2);

  it('the text prints the same inputs, matrices and engine listing', () => {
    expectChapterToPrint(
      SLUG,
      '$\\mathbf{x} = (1.0,\\ 0.5,\\ -1.0)^\\top$',
      `\\mathbf{W}^1 = \\begin{bmatrix} ${bmatrixBody(W1)} \\end{bmatrix}`,
      `\\mathbf{W}^2 = \\begin{bmatrix} ${bmatrixBody(W2)} \\end{bmatrix}`,
      `\\mathbf{b}^1 = \\begin{bmatrix} ${b1.map((v) => trim(v)).join(' \\\\ ')} \\end{bmatrix}`,
      `\\mathbf{b}^2 = \\begin{bmatrix} ${b2.map((v) => trim(v)).join(' \\\\ ')} \\end{bmatrix}`,
      'const x = tensor([1.0, 0.5, -1.0]);',
      'const W1 = tensor([[0.2, -0.4, 0.1], [0.5, 0.3, -0.2], [-0.3, 0.8, 0.6]]);',
      'const b1 = tensor([0.1, -0.1, 0.2]);',
      'const W2 = tensor([[0.6, -0.5, 0.3], [-0.2, 0.4, 0.7]]);',
      'const b2 = tensor([0.05, -0.1]);',
    );
  });

  it('layer 1: every product of W¹x + b¹, and z¹ = (0, 0.75, −0.3)', () => {
    const rows = W1.map((row, i) => signedSum([...row.map((w, j) => w * x[j]), b1[i]]));
    expect(rows).toEqual(['0.2 - 0.2 - 0.1 + 0.1', '0.5 + 0.15 + 0.2 - 0.1', '-0.3 + 0.4 - 0.6 + 0.2']);
    expect(vec(z1).map((v) => trim(v))).toEqual(['0', '0.75', '-0.3']);
    expectChapterToPrint(SLUG, rows.join(' \\\\\n'), '\\begin{bmatrix} 0 \\\\ 0.75 \\\\ -0.3 \\end{bmatrix}');
  });

  it('a¹ = σ(z¹) = (0.5, 0.6792, 0.4256)', () => {
    const a = vec(a1).map((v) => trim(v));
    expect(a).toEqual(['0.5', '0.6792', '0.4256']);
    expectChapterToPrint(SLUG, `= (${a.join(',\\ ')}).`);
  });

  it('layer 2: every product of W²a¹ + b², z² = (0.1381, 0.3696) and a² = (0.5345, 0.5914)', () => {
    const a = vec(a1);
    const rows = W2.map((row, i) => signedSum([...row.map((w, j) => w * a[j]), b2[i]]));
    expect(rows).toEqual(['0.3 - 0.3396 + 0.1277 + 0.05', '-0.1 + 0.2717 + 0.2979 - 0.1']);
    const z = vec(z2).map((v) => fixed(v, 4));
    const out = vec(a2).map((v) => fixed(v, 4));
    expect(z).toEqual(['0.1381', '0.3696']);
    expect(out).toEqual(['0.5345', '0.5914']);
    // The rounded products add up to the same rounded sums, so the printed rows are consistent.
    expect(fixed(0.3 - 0.3396 + 0.1277 + 0.05, 4)).toBe(z[0]);
    expect(fixed(-0.1 + 0.2717 + 0.2979 - 0.1, 4)).toBe(z[1]);
    expectChapterToPrint(
      SLUG,
      rows.join(' \\\\\n'),
      `\\begin{bmatrix} ${z.join(' \\\\ ')} \\end{bmatrix}`,
      `= (${out.join(',\\ ')}).`,
      '$-0.3396 = -0.5 \\cdot 0.6792$',
      '$0.2979 = 0.7 \\cdot 0.4256$',
      '// [0.5, 0.6792, 0.4256]',
      '// [0.5345, 0.5914]',
    );
  });

  it('the first hidden neuron sits at z = 0, where σ has its largest slope 1/4 (by autograd)', () => {
    const z = tensor(vec(z1)[0], { requiresGrad: true });
    sigmoid(z).backward();
    expect(vec(z1)[0]).toBeCloseTo(0, 15);
    expect(z.grad!.item()).toBe(0.25);
    expectChapterToPrint(SLUG, '($z_1^1 = 0$)', '$\\sigma\'(0) = \\tfrac14$');
  });
});

describe('multilayer-perceptron chapter: linear layers collapse (hand-chosen example)', () => {
  const W1 = tensor([
    [1, 2],
    [0, -1],
    [3, 1],
  ]);
  const b1 = tensor([1, 0, -1]);
  const W2 = tensor([
    [2, 0, 1],
    [-1, 1, 0],
  ]);
  const b2 = tensor([0, 2]);

  it('W = W²W¹ = [[5, 5], [−1, −3]] and b = W²b¹ + b² = (1, 1)', () => {
    expect(mat(matmul(W2, W1))).toEqual([
      [5, 5],
      [-1, -3],
    ]);
    expect(vec(add(matmul(W2, b1), b2))).toEqual([1, 1]);
    expectChapterToPrint(
      SLUG,
      '= \\begin{bmatrix} 5 & 5 \\\\ -1 & -3 \\end{bmatrix}',
      '= \\begin{bmatrix} 1 \\\\ 1 \\end{bmatrix}.',
    );
  });

  it('at x = (1, 2) both routes give (16, −6), through the hidden values (6, −2, 4)', () => {
    const x = tensor([1, 2]);
    const h = add(matmul(W1, x), b1);
    const twoSteps = add(matmul(W2, h), b2);
    const oneStep = add(matmul(matmul(W2, W1), x), add(matmul(W2, b1), b2));
    expect(vec(h)).toEqual([6, -2, 4]);
    expect(vec(twoSteps)).toEqual([16, -6]);
    expect(vec(oneStep)).toEqual([16, -6]);
    expectChapterToPrint(
      SLUG,
      '$\\mathbf{W}^1\\mathbf{x} + \\mathbf{b}^1 = (6, -2, 4)^\\top$',
      '$\\mathbf{W}^2(6, -2, 4)^\\top + \\mathbf{b}^2 = (16, -6)^\\top$',
      '= (5 + 10 + 1,\\ -1 - 6 + 1)^\\top = (16, -6)^\\top$',
    );
  });

  it('a 2-1-2 linear bottleneck gives the rank-1 matrix [[3, 6], [−1, −2]] (exercise 2)', () => {
    const W = mat(matmul(tensor([[3], [-1]]), tensor([[1, 2]])));
    expect(W).toEqual([
      [3, 6],
      [-1, -2],
    ]);
    expect(W[0][0] * W[1][1] - W[0][1] * W[1][0]).toBe(0);
    expectChapterToPrint(SLUG, '= \\begin{bmatrix} 3 & 6 \\\\ -1 & -2 \\end{bmatrix}$', '$3 \\cdot (-2) - 6 \\cdot (-1) = 0$');
  });
});

describe('multilayer-perceptron chapter: the unit c₁σ(c₂x + c₃) + c₄ with c = (2, 4, −2, −1)', () => {
  const unit = (x: Tensor) => sub(mul(2, sigmoid(add(mul(4, x), -2))), 1);

  it('equals tanh(2x − 1) and gives ±0.7616 at x = 1 and x = 0', () => {
    for (const x of [-2, -0.3, 0, 0.5, 1, 2.5]) expect(unit(tensor(x)).item()).toBeCloseTo(Math.tanh(2 * x - 1), 14);
    expect(fixed(unit(tensor(1)).item(), 4)).toBe('0.7616');
    expect(fixed(unit(tensor(0)).item(), 4)).toBe('-0.7616');
    expectChapterToPrint(SLUG, '2\\,\\sigma(4x - 2) - 1 = \\tanh(2x - 1)', 'it gives $\\tanh(1) = 0.7616$, at $x = 0$ it gives $-0.7616$');
  });

  it('is centred at −c₃/c₂ = 0.5 with value 0 and slope c₁c₂/4 = 2 there (by autograd)', () => {
    const x = tensor(0.5, { requiresGrad: true });
    const y = unit(x);
    y.backward();
    expect(y.item()).toBeCloseTo(0, 15);
    expect(x.grad!.item()).toBeCloseTo(2, 14);
    expectChapterToPrint(SLUG, 'it rises from $-1$ to $1$ around the centre $x = 0.5$ with slope $2$');
  });
});

describe('multilayer-perceptron chapter: the bump and the staircase', () => {
  const bump = (k: number, xs: number[]) => {
    const x = tensor(xs);
    return vec(sub(sigmoid(mul(k, add(x, -0.4))), sigmoid(mul(k, add(x, -0.6)))));
  };
  const xs = [0.3, 0.4, 0.5, 0.6, 0.7];

  it('prints the table of B(x) for k = 10, 50, 200 as the engine computes it', () => {
    const columns = [10, 50, 200].map((k) => bump(k, xs).map((v) => fixed(v, 4)));
    const rows = xs.map((x, i) => `| ${x} | ${columns.map((c) => c[i]).join(' | ')} |`);
    expect(rows[2]).toBe('| 0.5 | 0.4621 | 0.9866 | 1.0000 |');
    expectChapterToPrint(SLUG, ...rows);
  });

  it('k = 10 stays below 0.47; k = 50 is within 0.014 of 1 at the centre and 0.007 of 0 outside', () => {
    expect(Math.max(...bump(10, [0.5]))).toBeLessThan(0.47);
    const [outside, , centre] = bump(50, xs);
    expect(1 - centre).toBeLessThan(0.014);
    expect(outside).toBeLessThan(0.007);
    const s5 = sigmoid(tensor(5)).item();
    expect(fixed(s5, 4)).toBe('0.9933');
    expect(fixed(1 - s5, 4)).toBe('0.0067');
    expectChapterToPrint(SLUG, '$\\sigma(5) - \\sigma(-5) = 0.9933 - 0.0067$', 'never gets above $0.47$', 'within $0.014$ of 1', 'within $0.007$ of 0');
  });

  /** Max |G − h| over [0, 1] for the staircase network of equation "staircase", k = 50M. */
  function staircaseError(M: number): { error: number; at: number } {
    const h = (x: number) => Math.sin(2 * Math.PI * x);
    const t = (j: number) => (j - 0.5) / M;
    const grid = Array.from({ length: 20001 }, (_, i) => i / 20000);
    const x = tensor(grid);
    let G: Tensor = tensor(grid.map(() => h(t(1))));
    for (let j = 1; j < M; j++) {
      // hidden neuron j: weight k, bias −kj/M; output weight h(t_{j+1}) − h(t_j)
      const k = 50 * M;
      G = add(G, mul(h(t(j + 1)) - h(t(j)), sigmoid(add(mul(k, x), -(k * j) / M))));
    }
    const err = vec(G).map((g, i) => Math.abs(g - h(grid[i])));
    const error = Math.max(...err);
    return { error, at: grid[err.indexOf(error)] };
  }

  it('the staircase of sin 2πx has max error 0.5878, 0.3090, 0.1564, 0.0785 for M = 5, 10, 20, 40, close to sin(π/M), at x = 0', () => {
    const rows = [5, 10, 20, 40].map((M) => {
      const { error, at } = staircaseError(M);
      expect(error).toBeCloseTo(Math.sin(Math.PI / M), 4);
      expect(at).toBe(0);
      return `| ${M} | ${M - 1} | ${fixed(error, 4)} |`;
    });
    expect(rows).toEqual(['| 5 | 4 | 0.5878 |', '| 10 | 9 | 0.3090 |', '| 20 | 19 | 0.1564 |', '| 40 | 39 | 0.0785 |']);
    expectChapterToPrint(SLUG, ...rows);
  });

  it('with M = 400 the error is below 0.008', () => {
    expect(staircaseError(400).error).toBeLessThan(0.008);
    expectChapterToPrint(SLUG, 'With $M = 400$ steps the error is below $0.008$');
  });

  it('the bump of exercise 4 (height 3 on [1, 2], k = 100) is 3 at x = 1.5 and 1.5 at the edge x = 1', () => {
    const net = (v: number) => {
      const x = tensor(v);
      return add(mul(3, sigmoid(add(mul(100, x), -100))), mul(-3, sigmoid(add(mul(100, x), -200)))).item();
    };
    expect(Math.abs(net(1.5) - 3)).toBeLessThan(1e-20);
    expect(Math.abs(net(1) - 1.5)).toBeLessThan(1e-20);
    expectChapterToPrint(SLUG, '$3\\bigl(\\sigma(0) - \\sigma(-100)\\bigr) = 1.5$');
  });
});

describe('multilayer-perceptron chapter: ReLU constructions', () => {
  it('the hat ReLU(x) − 2ReLU(x − 1) + ReLU(x − 2) is 0, 0.5, 1, 0.5, 0, 0 at x = 0, 0.5, 1, 1.5, 2, 3', () => {
    const x = tensor([0, 0.5, 1, 1.5, 2, 3]);
    const hat = add(sub(relu(x), mul(2, relu(add(x, -1)))), relu(add(x, -2)));
    expect(vec(hat)).toEqual([0, 0.5, 1, 0.5, 0, 0]);
    expectChapterToPrint(SLUG, 'The values are $0, 0.5, 1, 0.5, 0, 0$');
  });

  it('the tent map composed 10 times has 2¹⁰ = 1024 linear pieces (512 teeth) on [0, 1]', () => {
    const tent = (x: Tensor) => sub(mul(2, relu(x)), mul(4, relu(add(x, -0.5))));
    const n = 10;
    const pieces = 2 ** n;
    // Sample the breakpoints m/2ⁿ and the midpoints between them.
    let x = tensor(Array.from({ length: 2 * pieces + 1 }, (_, i) => i / (2 * pieces)));
    for (let i = 0; i < n; i++) x = tent(x);
    const v = vec(x);
    v.forEach((y, i) => {
      if (i % 2 === 1) expect(y).toBeCloseTo(0.5, 9); // linear between breakpoints
      else expect(y).toBeCloseTo((i / 2) % 2, 9); // 0, 1, 0, 1, … at the breakpoints
    });
    // A one-hidden-layer ReLU network with N neurons has at most N + 1 pieces: N ≥ 1023.
    expect(pieces - 1).toBe(1023);
    expectChapterToPrint(SLUG, '1023 neurons for what ten layers do with 20');
  });
});

describe('multilayer-perceptron chapter: XOR with a hidden layer', () => {
  const W1 = tensor([
    [1, 1],
    [1, 1],
  ]);
  const b1 = tensor([-0.5, -1.5]);
  const W2 = tensor([[1, -1]]);
  const b2 = tensor([-0.5]);
  const inputs = [
    [0, 0],
    [0, 1],
    [1, 0],
    [1, 1],
  ];
  const xor = [0, 1, 1, 0];

  it('the step network computes XOR, and the text prints every intermediate value', () => {
    const rows = inputs.map((x, i) => {
      const z1 = add(matmul(W1, tensor(x)), b1);
      const h = heaviside(z1);
      const z2 = add(matmul(W2, h), b2);
      const y = heaviside(z2);
      expect(vec(y)[0]).toBe(xor[i]);
      const pair = (v: number[]) => `(${v.map((u) => tableNumber(u, Number.isInteger(u) ? 0 : 1)).join(', ')})`;
      return `| (${x.join(', ')}) | ${pair(vec(z1))} | ${pair(vec(h))} | ${tableNumber(vec(z2)[0], 1)} | ${vec(y)[0]} | ${xor[i]} |`;
    });
    expect(rows[3]).toBe('| (1, 1) | (1.5, 0.5) | (1, 1) | −0.5 | 0 | 0 |');
    expectChapterToPrint(SLUG, ...rows);
  });

  it('with steep sigmoids (everything times 10) it is within 0.008 of XOR on all four inputs', () => {
    const errors = inputs.map((x, i) => {
      const h = sigmoid(mul(10, add(matmul(W1, tensor(x)), b1)));
      const y = sigmoid(mul(10, add(matmul(W2, h), b2)));
      return Math.abs(vec(y)[0] - xor[i]);
    });
    expect(Math.max(...errors)).toBeLessThan(0.008);
    expect(Math.max(...errors)).toBeGreaterThan(0.007);
    expectChapterToPrint(SLUG, 'computes XOR to within $0.008$ on all four inputs');
  });
});

describe('multilayer-perceptron chapter: the RBF interpolation example', () => {
  const centres = [0, 0.5, 1];
  const targets = [0, 1, 0];

  /** Solves Φv = t by Gaussian elimination with partial pivoting (independent of the engine). */
  function solve(A: number[][], b: number[]): number[] {
    const n = b.length;
    const m = A.map((row, i) => [...row, b[i]]);
    for (let p = 0; p < n; p++) {
      const pivot = m.slice(p).reduce((best, row, i) => (Math.abs(row[p]) > Math.abs(m[best][p]) ? p + i : best), p);
      [m[p], m[pivot]] = [m[pivot], m[p]];
      for (let r = p + 1; r < n; r++) {
        const f = m[r][p] / m[p][p];
        for (let c = p; c <= n; c++) m[r][c] -= f * m[p][c];
      }
    }
    const v = new Array<number>(n).fill(0);
    for (let r = n - 1; r >= 0; r--) {
      let s = m[r][n];
      for (let c = r + 1; c < n; c++) s -= m[r][c] * v[c];
      v[r] = s / m[r][r];
    }
    return v;
  }

  function fit(s: number) {
    const phi = (x: number, c: number) => Math.exp(-((x - c) ** 2) / (2 * s * s));
    const Phi = centres.map((xi) => centres.map((c) => phi(xi, c)));
    const v = solve(Phi, targets);
    const predict = (x: number) => centres.reduce((acc, c, k) => acc + v[k] * phi(x, c), 0);
    return { Phi, v, predict };
  }

  it('s = 0.25: Φ has e⁻² = 0.1353 and e⁻⁸ = 0.0003, v = (−0.1404, 1.0380, −0.1404), ŷ(0.25) = 0.5428', () => {
    const { Phi, v, predict } = fit(0.25);
    expect(Phi[0][1]).toBeCloseTo(Math.exp(-2), 15);
    expect(Phi[0][2]).toBeCloseTo(Math.exp(-8), 15);
    // the weights reproduce the targets, checked with the engine's matmul
    vec(matmul(tensor(Phi), tensor(v))).forEach((y, i) => expect(y).toBeCloseTo(targets[i], 12));
    expect(v[0]).toBeCloseTo(v[2], 12);
    expect(v.map((w) => fixed(w, 4))).toEqual(['-0.1404', '1.0380', '-0.1404']);
    expect(fixed(predict(0.25), 4)).toBe('0.5428');
    expectChapterToPrint(
      SLUG,
      `\\begin{bmatrix} 1 & ${fixed(Phi[0][1], 4)} & ${fixed(Phi[0][2], 4)} \\\\ ${fixed(Phi[1][0], 4)} & 1 & ${fixed(Phi[1][2], 4)}`,
      '\\mathbf{v} = (-0.1404,\\ 1.0380,\\ -0.1404).',
      '$\\hat{y}(0.25) = 0.5428$',
    );
  });

  it('s = 0.5: larger alternating weights v = (−1.5179, 2.8413, −1.5179) and ŷ(0.25) = 0.6751', () => {
    const { v, predict } = fit(0.5);
    expect(v.map((w) => fixed(w, 4))).toEqual(['-1.5179', '2.8413', '-1.5179']);
    expect(fixed(predict(0.25), 4)).toBe('0.6751');
    expectChapterToPrint(SLUG, '$\\mathbf{v} = (-1.5179,\\ 2.8413,\\ -1.5179)$', '$\\hat{y}(0.25) = 0.6751$');
  });
});
