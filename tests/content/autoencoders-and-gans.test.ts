// Recomputes every worked example of the chapter "Encoders, decoders and generative models" from
// its inputs and checks that the chapter prints the results. The notes (003: encoder–decoder,
// autoencoders, SINDy loss, GAN, WGAN, WGAN-GP) give the formulas; the numeric examples are the
// chapter's own hand derivations, checked here by independent calculations and the book's engine.
import { describe, expect, test } from 'vitest';
import { createRng, log, matmul, mseLoss, neg, randn, sgd, sigmoid, sub, tensor, mul } from '@/lib/engine';
import { expectChapterToPrint, fixed } from './chapter-text';

const SLUG = 'autoencoders-and-gans';

/** KL(p ‖ q) for discrete distributions, with 0 log 0 = 0. */
function kl(p: number[], q: number[]): number {
  return p.reduce((s, pi, i) => (pi === 0 ? s : s + pi * Math.log(pi / q[i])), 0);
}

/** Jensen–Shannon divergence, equation js-def. */
function js(p: number[], q: number[]): number {
  const m = p.map((pi, i) => (pi + q[i]) / 2);
  return 0.5 * kl(p, m) + 0.5 * kl(q, m);
}

/** Discrete distributions on a common sorted support: W1 as the area between the CDFs. */
function w1ByCdf(positions: number[], p: number[], q: number[]): number {
  let fp = 0;
  let fq = 0;
  let area = 0;
  for (let k = 0; k < positions.length - 1; k++) {
    fp += p[k];
    fq += q[k];
    area += Math.abs(fp - fq) * (positions[k + 1] - positions[k]);
  }
  return area;
}

/** W1 by an explicit transport plan: on the line, matching mass in sorted order is optimal. */
function w1ByTransport(positions: number[], p: number[], q: number[]): number {
  const a = [...p];
  const b = [...q];
  let i = 0;
  let j = 0;
  let cost = 0;
  while (i < a.length && j < b.length) {
    const moved = Math.min(a[i], b[j]);
    cost += moved * Math.abs(positions[i] - positions[j]);
    a[i] -= moved;
    b[j] -= moved;
    if (a[i] <= 1e-15) i++;
    if (b[j] <= 1e-15) j++;
  }
  return cost;
}

describe('sequence-to-sequence models', () => {
  test('a linear encoder h_t = 0.5 h_(t−1) + x_t compresses (1, 2, 3) into c = 4.25; the first of 20 tokens keeps weight 1.9e-6', () => {
    let h = 0;
    const hs: number[] = [];
    for (const x of [1, 2, 3]) {
      h = 0.5 * h + x;
      hs.push(h);
    }
    expect(hs).toEqual([1, 2.5, 4.25]);
    expect(0.25 * 1 + 0.5 * 2 + 1 * 3).toBe(4.25);
    expect((0.5 ** 19).toExponential(1)).toBe('1.9e-6');
    expectChapterToPrint(SLUG, 'c = h_3 &= 0.5 \\cdot 2.5 + 3 = 4.25', '&= 0.25 \\cdot 1 + 0.5 \\cdot 2 + 1 \\cdot 3', '$0.5^{19} \\approx 1.9 \\times 10^{-6}$');
  });
});

describe('autoencoders', () => {
  const X = [
    [3, 3],
    [-3, -3],
    [1, -1],
    [-1, 1],
  ];

  function covariance(rows: number[][]): number[][] {
    const c = [
      [0, 0],
      [0, 0],
    ];
    for (const r of rows) for (let i = 0; i < 2; i++) for (let j = 0; j < 2; j++) c[i][j] += (r[i] * r[j]) / rows.length;
    return c;
  }

  /** Eigenvalues of a symmetric 2 × 2 matrix, largest first. */
  function eig2(c: number[][]): [number, number] {
    const tr = c[0][0] + c[1][1];
    const det = c[0][0] * c[1][1] - c[0][1] * c[1][0];
    const disc = Math.sqrt((tr * tr) / 4 - det);
    return [tr / 2 + disc, tr / 2 - disc];
  }

  const project = (x: number[], e: number[]) => {
    const z = x[0] * e[0] + x[1] * e[1];
    return { z, xHat: [z * e[0], z * e[1]] };
  };
  const sq = (a: number[], b: number[]) => (a[0] - b[0]) ** 2 + (a[1] - b[1]) ** 2;
  const e1 = [Math.SQRT1_2, Math.SQRT1_2];
  const e2 = [Math.SQRT1_2, -Math.SQRT1_2];

  test('the four points have covariance [[5, 4], [4, 5]] with eigenvalues 9 and 1', () => {
    const c = covariance(X);
    expect(c).toEqual([
      [5, 4],
      [4, 5],
    ]);
    const [l1, l2] = eig2(c);
    expect(l1).toBeCloseTo(9, 12);
    expect(l2).toBeCloseTo(1, 12);
    expectChapterToPrint(SLUG, '\\begin{pmatrix} 5 & 4 \\\\ 4 & 5 \\end{pmatrix}', '$\\lambda_1 = 9$', '$\\lambda_2 = 1$');
  });

  test('the best one-number code gives codes ±4.243, 0, 0 and mean squared error λ₂ = 1; the other direction costs 9', () => {
    const codes = X.map((x) => project(x, e1).z);
    expect(codes.map((z) => fixed(z, 3))).toEqual(['4.243', '-4.243', '0.000', '0.000']);
    const errors = X.map((x) => sq(x, project(x, e1).xHat));
    expect(errors.map((v) => Number(v.toFixed(12)))).toEqual([0, 0, 2, 2]);
    const mse = errors.reduce((s, v) => s + v, 0) / X.length;
    expect(mse).toBeCloseTo(1, 12);
    const mseOther = X.reduce((s, x) => s + sq(x, project(x, e2).xHat), 0) / X.length;
    expect(mseOther).toBeCloseTo(9, 12);
    expectChapterToPrint(SLUG, 'are $4.243$, $-4.243$, $0$ and $0$', '$(0 + 0 + 2 + 2)/4 = 1 = \\lambda_2$', 'would cost $\\lambda_1 = 9$');
  });

  test('a linear autoencoder trained with the engine from random weights reaches error 1.000 and no lower', () => {
    const rng = createRng(10);
    const data = tensor(X);
    const E = mul(randn([2, 1], rng), 0.5);
    const D = mul(randn([1, 2], rng), 0.5);
    E.requiresGrad = true;
    D.requiresGrad = true;
    const opt = sgd([E, D], { lr: 0.02 });
    let perSample = Infinity;
    for (let step = 0; step < 4000; step++) {
      opt.zeroGrad();
      // mseLoss 'mean' averages over the 4 × 2 entries; × 2 gives the mean squared norm per example.
      const loss = mul(mseLoss(matmul(matmul(data, E), D), data, 'mean'), 2);
      loss.backward();
      opt.step();
      perSample = loss.item();
    }
    expect(fixed(perSample, 3)).toBe('1.000');
    expect(perSample).toBeGreaterThanOrEqual(1 - 1e-9);
    expectChapterToPrint(SLUG, 'drives the error to 1.000 and no lower');
  });

  test('denoising: (3.4, 2.6) is encoded as 6/√2 = 4.243 and reconstructed as (3, 3); the outlier (3, −3) has error 18', () => {
    const noisy = project([3.4, 2.6], e1);
    expect(fixed(noisy.z, 3)).toBe('4.243');
    expect(noisy.xHat.map((v) => fixed(v, 10))).toEqual(['3.0000000000', '3.0000000000']);
    const outlier = project([3, -3], e1);
    expect(outlier.z).toBeCloseTo(0, 14);
    expect(sq([3, -3], outlier.xHat)).toBeCloseTo(18, 12);
    expectChapterToPrint(SLUG, '$(3.4 + 2.6)/\\sqrt 2 = 6/\\sqrt 2 = 4.243$', 'the reconstruction is $(3, 3)$', 'reconstruction error of 18');
  });
});

describe('the autoencoder + SINDy loss (notes 003)', () => {
  test('a cubic library in three variables has 20 functions', () => {
    let count = 0;
    for (let a = 0; a <= 3; a++) for (let b = 0; a + b <= 3; b++) for (let c = 0; a + b + c <= 3; c++) count++;
    expect(count).toBe(20);
    expectChapterToPrint(SLUG, 'a row of 20 functions');
  });

  test('the true model scores 0.1 and the wrong model 1.378125 + 0.275625 + 0.09 = 1.74375', () => {
    // Hidden dynamics ż = −z seen as x = (z, 2z); encoder φ(x) = 0.2 x1 + 0.4 x2; decoder ψ(z) = (z, 2z).
    const gradPhi = [0.2, 0.4];
    const gradPsi = [1, 2];
    const z = 1.5;
    const x = [z, 2 * z];
    const xDot = [-z, -2 * z];
    const library = [1, z, z * z];
    const [l1, l2, l3] = [1, 1, 0.1];

    const loss = (xi: number[]) => {
      const psi = gradPsi.map((g) => g * z);
      const reconstruction = (x[0] - psi[0]) ** 2 + (x[1] - psi[1]) ** 2;
      const zDotModel = library.reduce((s, f, k) => s + f * xi[k], 0);
      const zDotEncoder = gradPhi[0] * xDot[0] + gradPhi[1] * xDot[1];
      const inX = xDot.reduce((s, v, k) => s + (v - gradPsi[k] * zDotModel) ** 2, 0);
      const inZ = (zDotEncoder - zDotModel) ** 2;
      const sparsity = xi.reduce((s, v) => s + Math.abs(v), 0);
      return { zDotModel, zDotEncoder, reconstruction, inX, inZ, sparsity, total: reconstruction + l1 * inX + l2 * inZ + l3 * sparsity };
    };

    const right = loss([0, -1, 0]);
    expect(right.zDotEncoder).toBeCloseTo(-1.5, 14);
    expect(right.reconstruction + right.inX + right.inZ).toBeCloseTo(0, 14);
    expect(right.total).toBeCloseTo(0.1, 14);

    const wrong = loss([0, -0.8, 0.1]);
    expect(fixed(wrong.zDotModel, 3)).toBe('-0.975');
    expect(fixed(wrong.inZ, 6)).toBe('0.275625');
    expect(fixed(wrong.inX, 6)).toBe('1.378125');
    expect(fixed(wrong.sparsity, 1)).toBe('0.9');
    expect(fixed(wrong.total, 5)).toBe('1.74375');
    expectChapterToPrint(
      SLUG,
      '$0.2 \\cdot (-1.5) + 0.4 \\cdot (-3) = -1.5$',
      '$L = 0.1 \\cdot 1 = 0.1$',
      '$\\dot z = -0.8 \\cdot 1.5 + 0.1 \\cdot 2.25 = -0.975$',
      '$(-1.5 + 0.975)^2 = 0.275625$',
      'residual $(-0.525, -1.05)$, squared norm $1.378125$',
      '$L = 0 + 1.378125 + 0.275625 + 0.1 \\cdot 0.9 = 1.74375$',
    );
  });
});

describe('generative and discriminative models', () => {
  test('the joint table gives P(A | 0) = 0.75 and P(A | 1) = 0.3333, and a different p(x) has the same conditionals', () => {
    const joint = { '0A': 0.3, '0B': 0.1, '1A': 0.2, '1B': 0.4 };
    const px0 = joint['0A'] + joint['0B'];
    const cond0 = joint['0A'] / px0;
    const cond1 = joint['1A'] / (joint['1A'] + joint['1B']);
    expect(fixed(px0, 1)).toBe('0.4');
    expect(fixed(cond0, 2)).toBe('0.75');
    expect(fixed(cond1, 4)).toBe('0.3333');
    // Same conditionals, p(x = 0) = 0.8.
    const other = [0.8 * cond0, 0.8 * (1 - cond0), 0.2 * cond1, 0.2 * (1 - cond1)];
    expect(other.map((v) => fixed(v, 4))).toEqual(['0.6000', '0.2000', '0.0667', '0.1333']);
    expect(other[0] / (other[0] + other[1])).toBeCloseTo(cond0, 14);
    expect(other[2] / (other[2] + other[3])).toBeCloseTo(cond1, 14);
    expectChapterToPrint(SLUG, '$P(A \\mid x = 0) = 0.3/0.4 = 0.75$', '$P(A \\mid x = 1) = 0.2/0.6 = 0.3333$', 'joint $0.6, 0.2, 0.0667, 0.1333$');
  });
});

describe('the GAN game', () => {
  const pData = [0.5, 0.3, 0.2];
  const pG = [0.2, 0.3, 0.5];
  const value = (D: number[]) => pData.reduce((s, p, i) => s + p * Math.log(D[i]), 0) + pG.reduce((s, p, i) => s + p * Math.log(1 - D[i]), 0);

  test('D* = p_data/(p_data + p_g) = (0.7143, 0.5, 0.2857) and V(D*, G) = −1.2535 = −log 4 + 2 JS', () => {
    const dStar = pData.map((p, i) => p / (p + pG[i]));
    expect(dStar.map((d) => fixed(d, 4))).toEqual(['0.7143', '0.5000', '0.2857']);
    const v = value(dStar);
    const jsValue = js(pData, pG);
    expect(fixed(v, 4)).toBe('-1.2535');
    expect(fixed(jsValue, 4)).toBe('0.0664');
    expect(v).toBeCloseTo(-Math.log(4) + 2 * jsValue, 14);
    expect([-Math.log(4), 2 * jsValue].map((z) => fixed(z, 4))).toEqual(['-1.3863', '0.1328']);
    expectChapterToPrint(
      SLUG,
      '= (0.7143,\\ 0.5,\\ 0.2857)',
      '={}& -1.2535.',
      '$\\mathrm{JS} = 0.0664$',
      '$-\\log 4 + 2 \\cdot 0.0664 = -1.3863 + 0.1328 = -1.2535$',
      '$m = (0.35, 0.3, 0.35)$',
    );
  });

  test('no other discriminator does better: D = 1/2 scores −log 4 and random discriminators all score lower', () => {
    const dStar = pData.map((p, i) => p / (p + pG[i]));
    const best = value(dStar);
    expect(value([0.5, 0.5, 0.5])).toBeCloseTo(-Math.log(4), 14);
    const rng = createRng(3);
    for (let k = 0; k < 2000; k++) {
      const D = [rng.next(), rng.next(), rng.next()].map((u) => 0.001 + 0.998 * u);
      expect(value(D)).toBeLessThanOrEqual(best + 1e-12);
    }
    expectChapterToPrint(SLUG, 'scores $-\\log 4 = -1.3863$');
  });

  test('with D(G(z)) = 0.01 the min-max gradient is −0.01 and the non-saturating one −0.99 (engine autograd)', () => {
    const logit = Math.log(0.01 / 0.99);
    expect(fixed(logit, 4)).toBe('-4.5951');
    const a1 = tensor([logit], { requiresGrad: true });
    const minimax = log(sub(1, sigmoid(a1)));
    minimax.backward(tensor([1]));
    const a2 = tensor([logit], { requiresGrad: true });
    const nonSaturating = neg(log(sigmoid(a2)));
    nonSaturating.backward(tensor([1]));
    expect(a1.grad!.item()).toBeCloseTo(-0.01, 12);
    expect(a2.grad!.item()).toBeCloseTo(-0.99, 12);
    expect(Math.round(a2.grad!.item() / a1.grad!.item())).toBe(99);

    // At D = 1/2 (logit 0) both have size 1/2: the exercise.
    const b1 = tensor([0], { requiresGrad: true });
    log(sub(1, sigmoid(b1))).backward(tensor([1]));
    const b2 = tensor([0], { requiresGrad: true });
    neg(log(sigmoid(b2))).backward(tensor([1]));
    expect(b1.grad!.item()).toBeCloseTo(-0.5, 14);
    expect(b2.grad!.item()).toBeCloseTo(-0.5, 14);
    expectChapterToPrint(SLUG, '$a = \\log(0.01/0.99) = -4.5951$', '$\\partial/\\partial a = -0.01$', 'gives $-0.99$, ninety-nine times stronger', 'both are $-0.5$');
  });

  test('the optimal discriminator at p_data = 0.6, p_g = 0.2 is 0.75, and 0.5 when p_g = 0.6', () => {
    expect(0.6 / (0.6 + 0.2)).toBeCloseTo(0.75, 14);
    expect(0.6 / (0.6 + 0.6)).toBe(0.5);
    expectChapterToPrint(SLUG, '$D^*(\\mathbf{x}) = 0.6/(0.6 + 0.2) = 0.75$', '$D^* = 0.6/1.2 = 0.5$');
  });
});

describe('distances when the supports do not overlap', () => {
  test('JS(δ0 ‖ δθ) = log 2 = 0.6931 for every θ ≠ 0, while W1 = |θ|', () => {
    for (const theta of [0.5, 1, -2, 1000]) {
      // Both distributions on the support {0, θ}.
      expect(js([1, 0], [0, 1])).toBeCloseTo(Math.LN2, 14);
      const positions = theta > 0 ? [0, theta] : [theta, 0];
      const p = theta > 0 ? [1, 0] : [0, 1];
      const q = theta > 0 ? [0, 1] : [1, 0];
      expect(w1ByCdf(positions, p, q)).toBeCloseTo(Math.abs(theta), 12);
      expect(w1ByTransport(positions, p, q)).toBeCloseTo(Math.abs(theta), 12);
    }
    expect(js([1], [1])).toBe(0);
    expect(fixed(Math.LN2, 4)).toBe('0.6931');
    // The GAN objective with the optimal discriminator is −log 4 + 2 log 2 = 0 for every θ ≠ 0.
    expect(-Math.log(4) + 2 * Math.LN2).toBeCloseTo(0, 15);
    expectChapterToPrint(SLUG, '\\mathrm{JS}(\\delta_0 \\,\\|\\, \\delta_\\theta) &= \\log 2 = 0.6931', '$-\\log 4 + 2\\log 2 = 0$', 'At $\\theta = 0.5$, $W = 0.5$ while $\\mathrm{JS} = 0.6931$');
  });

  test('W1 between (0.5, 0.3, 0.2) and (0.2, 0.3, 0.5) on positions 0, 1, 2 is 0.6 by CDFs, by transport and by the dual', () => {
    const positions = [0, 1, 2];
    const pr = [0.5, 0.3, 0.2];
    const pg = [0.2, 0.3, 0.5];
    expect(w1ByCdf(positions, pr, pg)).toBeCloseTo(0.6, 14);
    expect(w1ByTransport(positions, pr, pg)).toBeCloseTo(0.6, 14);
    // Dual: maximise Σ (p_r − p_g) f over 1-Lipschitz f on the grid (f0 = 0 fixes the constant).
    let best = -Infinity;
    let argBest: number[] = [];
    for (let s1 = -100; s1 <= 100; s1++) {
      for (let s2 = -100; s2 <= 100; s2++) {
        const f = [0, s1 / 100, s1 / 100 + s2 / 100];
        const v = f.reduce((acc, fi, i) => acc + (pr[i] - pg[i]) * fi, 0);
        if (v > best + 1e-12) {
          best = v;
          argBest = f;
        }
      }
    }
    expect(best).toBeCloseTo(0.6, 12);
    expect(argBest.map((v) => v - argBest[1])).toEqual([1, 0, -1]);
    // CDFs as printed.
    const cdf = (p: number[]) => p.map((_, k) => Number(p.slice(0, k + 1).reduce((a, b) => a + b, 0).toFixed(10)));
    expect(cdf(pr)).toEqual([0.5, 0.8, 1]);
    expect(cdf(pg)).toEqual([0.2, 0.5, 1]);
    expectChapterToPrint(
      SLUG,
      'at a cost of $0.3 \\cdot 1 + 0.3 \\cdot 1 = 0.6$',
      '$F_r = (0.5, 0.8, 1)$ and $F_g = (0.2, 0.5, 1)$',
      'so $W = 0.3 + 0.3 = 0.6$',
      'The best choice is $f = (1, 0, -1)$, which gives $0.3 + 0.3 = 0.6$',
    );
  });

  test('exercise: W1(δ0, ½δ1 + ½δ3) = 2, and 20 after moving to 10 and 30; JS stays log 2', () => {
    expect(w1ByTransport([0, 1, 3], [1, 0, 0], [0, 0.5, 0.5])).toBeCloseTo(2, 14);
    expect(w1ByCdf([0, 10, 30], [1, 0, 0], [0, 0.5, 0.5])).toBeCloseTo(20, 14);
    expect(js([1, 0, 0], [0, 0.5, 0.5])).toBeCloseTo(Math.LN2, 14);
    expectChapterToPrint(SLUG, '$W = \\tfrac12 \\cdot 1 + \\tfrac12 \\cdot 3 = 2$', '$W = \\tfrac12 \\cdot 10 + \\tfrac12 \\cdot 30 = 20$');
  });
});

describe('the gradient penalty', () => {
  const theta = 0.5;
  const lambda = 10;
  const criticLoss = (a: number) => a * theta + lambda * (Math.abs(a) - 1) ** 2;

  test('a linear critic on δ0 vs δ0.5 with λ = 10 has slope a* = −1.025 and value 0.50625', () => {
    const closedForm = -(1 + theta / (2 * lambda));
    // Independent: golden-section search of the critic loss on [−3, 0].
    let lo = -3;
    let hi = 0;
    const g = (Math.sqrt(5) - 1) / 2;
    for (let k = 0; k < 200; k++) {
      const m1 = hi - g * (hi - lo);
      const m2 = lo + g * (hi - lo);
      if (criticLoss(m1) < criticLoss(m2)) hi = m2;
      else lo = m1;
    }
    const numeric = (lo + hi) / 2;
    expect(numeric).toBeCloseTo(closedForm, 6);
    expect(fixed(closedForm, 3)).toBe('-1.025');
    expect(fixed(-closedForm * theta, 4)).toBe('0.5125');
    expect(fixed(lambda * (Math.abs(closedForm) - 1) ** 2, 5)).toBe('0.00625');
    expect(fixed(-criticLoss(closedForm), 5)).toBe('0.50625');
    expect(fixed((100 * (-criticLoss(closedForm) - 0.5)) / 0.5, 2)).toBe('1.25');
    // A larger λ pulls the slope to −1 and the estimate to W = 0.5.
    expect(-(1 + theta / (2 * 1e6))).toBeCloseTo(-1, 6);
    expectChapterToPrint(
      SLUG,
      '= -\\left(1 + \\frac{0.5}{20}\\right) = -1.025',
      '$D(0) - D(\\theta) = -a^*\\theta = 0.5125$',
      '$10 \\cdot 0.025^2 = 0.00625$',
      '$-L(a^*) = 0.50625$, only 1.25% above',
      'the gradient $-a^* = 1.025 > 0$',
    );
  });

  test('exercise: the penalty of a linear critic is 10 for w = (1.2, 1.6) and 0 for w = (0.6, 0.8)', () => {
    const penalty = (w: number[]) => lambda * (Math.hypot(...w) - 1) ** 2;
    expect(penalty([1.2, 1.6])).toBeCloseTo(10, 12);
    expect(penalty([0.6, 0.8])).toBeCloseTo(0, 12);
    expectChapterToPrint(SLUG, '$\\|\\mathbf{w}\\| = 2$ and the penalty is $10 \\cdot 1^2 = 10$');
  });
});
