// Worked examples of the differential-equations chapter: notes 001, "Solving ordinary differential
// equations with neural networks" (g′ = −γg, γ = 2, g0 = 10, ten points, ten hidden units,
// η = 0.001) and notes 004, "Physics informed NN" (Burgers with ν = 0.01/π). The notes print no
// numbers of their own there, so the values are hand derivations from those inputs, recomputed
// here independently; the Burgers reference is also checked against Basdevant et al. (1986).
import { describe, expect, test } from 'vitest';
import { add, createRng, matmul, mul, sigmoid, sub, sum, tensor, type Rng } from '@/lib/engine';
import { BURGERS_NU, burgersExact } from '@/components/figures/differential-equations/burgers-reference';
import { NOTES_PROBLEM, fitPolynomialTrial, polynomialTrial } from '@/components/figures/differential-equations/residual-fit';
import { expectChapterToPrint, fixed } from './chapter-text';

const SLUG = 'differential-equations';
const GAMMA = 2;
const G0 = 10;
const POINTS = Array.from({ length: 10 }, (_, i) => i / 9); // notes 001: ten points on [0, 1]
const logistic = (z: number) => 1 / (1 + Math.exp(-z));
const exact = (x: number) => G0 * Math.exp(-GAMMA * x);

/** A network with one hidden layer of sigmoid units: N(x) = Σ v_j σ(w_j x + b_j) + b_o. */
interface Shallow {
  w: number[];
  b: number[];
  v: number[];
  bo: number;
}

function shallow(net: Shallow, x: number) {
  let n = net.bo;
  let dn = 0;
  net.w.forEach((w, j) => {
    const s = logistic(w * x + net.b[j]);
    n += net.v[j] * s;
    dn += net.v[j] * w * s * (1 - s); // N'(x), equation network-derivative
  });
  const g = G0 + x * n; // trial solution, equation trial
  const dg = n + x * dn; // product rule, equation trial-derivative
  return { n, dn, g, dg, r: dg + GAMMA * g };
}

const cost = (net: Shallow) => POINTS.reduce((s, x) => s + shallow(net, x).r ** 2, 0);

const WORKED: Shallow = { w: [0.5, -1], b: [0, 1], v: [2, -1], bo: 0.5 };

/** Largest |f − g0 e^(−γx)| over 100 001 points of [0, 1]. */
function maxError(f: (x: number) => number): number {
  let worst = 0;
  for (let i = 0; i <= 100000; i++) worst = Math.max(worst, Math.abs(f(i / 100000) - exact(i / 100000)));
  return worst;
}

/** Least squares by Householder QR, independent of the figure module's normal equations. */
function leastSquares(rows: number[][], rhs: number[]): number[] {
  const m = rows.length;
  const n = rows[0].length;
  const a = rows.map((r) => [...r]);
  const y = [...rhs];
  for (let k = 0; k < n; k++) {
    let norm = 0;
    for (let i = k; i < m; i++) norm += a[i][k] ** 2;
    norm = Math.sqrt(norm) * (a[k][k] >= 0 ? 1 : -1);
    const v = a.map((row, i) => (i < k ? 0 : row[k])).map((val, i) => (i === k ? val + norm : val));
    const vv = v.reduce((s, val) => s + val * val, 0);
    for (let j = k; j < n; j++) {
      const dot = v.reduce((s, val, i) => s + val * a[i][j], 0);
      for (let i = k; i < m; i++) a[i][j] -= (2 * dot * v[i]) / vv;
    }
    const dotY = v.reduce((s, val, i) => s + val * y[i], 0);
    for (let i = k; i < m; i++) y[i] -= (2 * dotY * v[i]) / vv;
  }
  const c = new Array<number>(n).fill(0);
  for (let i = n - 1; i >= 0; i--) {
    let s = y[i];
    for (let j = i + 1; j < n; j++) s -= a[i][j] * c[j];
    c[i] = s / a[i][i];
  }
  return c;
}

describe('exponential decay g′ = −γg, g(0) = g0', () => {
  test('the exact solution 10e^(−2x) at 0.25, 0.5 and 1 (hand derivation, equation decay-exact)', () => {
    expect(exact(0)).toBe(10);
    expectChapterToPrint(
      SLUG,
      `$g(0.25) = 10 e^{-0.5} = ${fixed(exact(0.25), 4)}$`,
      `$g(0.5) = 10 e^{-1} = ${fixed(exact(0.5), 4)}$`,
      `$g(1) = 10 e^{-2} = ${fixed(exact(1), 4)}$`,
    );
  });

  test('the trial solution g0 + x N(x, P) equals g0 at x = 0 for random networks (engine, seeds 1–5)', () => {
    for (const seed of [1, 2, 3, 4, 5]) {
      const rng = createRng(seed);
      const randomRow = (n: number) => tensor([Array.from({ length: n }, () => 3 * rng.normal())]);
      const w = randomRow(8);
      const b = randomRow(8);
      const v = tensor(Array.from({ length: 8 }, () => [3 * rng.normal()]));
      const bo = tensor([[rng.normal()]]);
      const x = tensor([[0], [0.5]]);
      const n = add(matmul(sigmoid(add(matmul(x, w), b)), v), bo);
      const g = add(G0, mul(x, n));
      expect(g.data[0]).toBe(G0);
      expect(g.data[1]).not.toBe(G0);
    }
  });
});

describe('the residual method without a network', () => {
  test('the best constant N is c0 = −1080/119 = −9.0756, from the sums 20 and 1190/27', () => {
    const sumX = POINTS.reduce((s, x) => s + x, 0);
    const sumX2 = POINTS.reduce((s, x) => s + x * x, 0);
    expect(sumX).toBeCloseTo(5, 14);
    expect(sumX2).toBeCloseTo(285 / 81, 14);
    const s1 = POINTS.reduce((s, x) => s + (1 + GAMMA * x), 0);
    const s2 = POINTS.reduce((s, x) => s + (1 + GAMMA * x) ** 2, 0);
    expect(s1).toBeCloseTo(20, 13);
    expect(s2).toBeCloseTo(1190 / 27, 12);
    const c0 = (-GAMMA * G0 * s1) / s2;
    expect(c0).toBeCloseTo(-1080 / 119, 12);
    const c = POINTS.reduce((s, x) => s + (c0 * (1 + GAMMA * x) + GAMMA * G0) ** 2, 0);
    expectChapterToPrint(
      SLUG,
      '$\\sum_i (1 + 2x_i) = 10 + 10 = 20$',
      '= 1190/27$',
      `-\\frac{1080}{119} = ${fixed(c0, 4)}`,
      `$g_t(x) = 10 - ${fixed(-c0, 4)}\\,x$`,
      `Its cost is $${fixed(c, 1)}$`,
      `largest error on $[0, 1]$ is $${fixed(maxError((x) => G0 + c0 * x), 3)}$`,
    );
  });

  test('polynomial trial solutions with K = 1…5 terms: the table of costs, errors and g_t(1)', () => {
    const sig4 = (x: number) => Number(x.toPrecision(4)).toString();
    for (let terms = 1; terms <= 5; terms++) {
      const rows = POINTS.map((x) => Array.from({ length: terms }, (_, k) => (k + 1) * x ** k + GAMMA * x ** (k + 1)));
      const c = leastSquares(rows, POINTS.map(() => -GAMMA * G0));
      const trial = (x: number) => G0 + c.reduce((s, ck, k) => s + ck * x ** (k + 1), 0);
      const residualCost = POINTS.reduce((s, x, i) => s + (rows[i].reduce((t, a, k) => t + a * c[k], 0) + GAMMA * G0) ** 2, 0);
      // the figure draws the same fits
      fitPolynomialTrial(terms, NOTES_PROBLEM).forEach((ck, k) => expect(ck).toBeCloseTo(c[k], 6));
      expect(polynomialTrial(c, G0, 1)).toBeCloseTo(trial(1), 12);
      const costText = residualCost < 1e-3 ? residualCost.toFixed(8) : sig4(residualCost);
      expectChapterToPrint(SLUG, `| ${terms} | ${costText} | ${sig4(maxError(trial))} | ${fixed(trial(1), 4)} |`);
      if (terms === 5) expectChapterToPrint(SLUG, `$c_0 = ${fixed(c[0], 3)}$ and $c_1 = ${fixed(c[1], 3)}$`);
    }
    expectChapterToPrint(SLUG, `(exact $${fixed(exact(1), 4)}$)`);
  });

  test('exercise: with the two points 0 and 1 the best line has c0 = −8 and g_t(1) = 2', () => {
    const c = leastSquares([[1], [3]], [-20, -20]);
    expect(c[0]).toBeCloseTo(-8, 12);
    expectChapterToPrint(SLUG, '$c_0 = -8$', 'Then $g_t(1) = 2$');
  });
});

describe('differentiating the trial solution', () => {
  test('the worked two-unit network at x = 0.5: z, σ, σ′, N, N′, g_t, g_t′ and r', () => {
    const z = WORKED.w.map((w, j) => w * 0.5 + WORKED.b[j]);
    const s = z.map(logistic);
    const ds = s.map((v) => v * (1 - v));
    const at = shallow(WORKED, 0.5);
    expect(z).toEqual([0.25, 0.5]);
    expectChapterToPrint(
      SLUG,
      `$\\sigma(z) = (${fixed(s[0], 4)}, ${fixed(s[1], 4)})$`,
      `$\\sigma'(z) = (${fixed(ds[0], 4)}, ${fixed(ds[1], 4)})$`,
      `= ${fixed(at.n, 4)}$.`,
      `= ${fixed(at.dn, 4)}$.`,
      `$g_t = 10 + 0.5 \\cdot ${fixed(at.n, 4)} = ${fixed(at.g, 4)}$`,
      `$g_t' = ${fixed(at.n, 4)} + 0.5 \\cdot ${fixed(at.dn, 4)} = ${fixed(at.dg, 4)}$`,
      `$r = ${fixed(at.dg, 4)} + 2 \\cdot ${fixed(at.g, 4)} = ${fixed(at.r, 4)}$`,
    );
  });

  test('g_t′ from equation trial-derivative matches a central difference with h = 1e-4 to eight digits', () => {
    const h = 1e-4;
    const fd = (shallow(WORKED, 0.5 + h).g - shallow(WORKED, 0.5 - h).g) / (2 * h);
    expect(Math.abs(fd - shallow(WORKED, 0.5).dg)).toBeLessThan(1e-8);
    for (const x of POINTS) {
      const fdx = (shallow(WORKED, x + h).g - shallow(WORKED, x - h).g) / (2 * h);
      expect(fdx).toBeCloseTo(shallow(WORKED, x).dg, 7);
    }
  });

  test('the chapter’s engine listing gives the cost 5006.0 and ∂c/∂b_o = 907.9', () => {
    // The listing of the chapter, verbatim apart from the variable names it shares with this file.
    const x = tensor(Array.from({ length: 10 }, (_, i) => [i / 9]));
    const w = tensor([[0.5, -1]], { requiresGrad: true });
    const b = tensor([[0, 1]], { requiresGrad: true });
    const v = tensor([[2], [-1]], { requiresGrad: true });
    const bo = tensor([[0.5]], { requiresGrad: true });
    const s = sigmoid(add(matmul(x, w), b));
    const n = add(matmul(s, v), bo);
    const dn = matmul(mul(mul(s, sub(1, s)), w), v);
    const g = add(10, mul(x, n));
    const dg = add(n, mul(x, dn));
    const r = add(dg, mul(2, g));
    const c = sum(mul(r, r));
    c.backward();

    expect(c.item()).toBeCloseTo(cost(WORKED), 9);
    const dcdbo = POINTS.reduce((acc, xi) => acc + 2 * shallow(WORKED, xi).r * (1 + GAMMA * xi), 0);
    expect(bo.grad!.item()).toBeCloseTo(dcdbo, 9);
    expectChapterToPrint(
      SLUG,
      `the cost of this network is $c = ${fixed(cost(WORKED), 1)}$`,
      `= ${fixed(dcdbo, 1)}$: raising $b_o$`,
      `// ${fixed(cost(WORKED), 1)} for these weights`,
      `// bo.grad holds ${fixed(dcdbo, 1)}`,
    );

    // Every row of the deep-dive table, summed as in equation residual-gradient, against the engine.
    const analytic = { w: [0, 0], b: [0, 0], v: [0, 0] };
    for (const xi of POINTS) {
      const { r: ri } = shallow(WORKED, xi);
      WORKED.w.forEach((wj, j) => {
        const sj = logistic(wj * xi + WORKED.b[j]);
        const d1 = sj * (1 - sj);
        const d2 = d1 * (1 - 2 * sj);
        const vj = WORKED.v[j];
        const dr = (dN: number, dNp: number) => (1 + GAMMA * xi) * dN + xi * dNp;
        analytic.v[j] += 2 * ri * dr(sj, wj * d1);
        analytic.w[j] += 2 * ri * dr(vj * d1 * xi, vj * d1 + vj * wj * d2 * xi);
        analytic.b[j] += 2 * ri * dr(vj * d1, vj * wj * d2);
      });
    }
    analytic.w.forEach((val, j) => expect(w.grad!.data[j]).toBeCloseTo(val, 8));
    analytic.b.forEach((val, j) => expect(b.grad!.data[j]).toBeCloseTo(val, 8));
    analytic.v.forEach((val, j) => expect(v.grad!.data[j]).toBeCloseTo(val, 8));

    // …and the same gradients by central differences of the cost.
    const h = 1e-6;
    const bump = (key: 'w' | 'b' | 'v', j: number, delta: number): Shallow => {
      const net = { w: [...WORKED.w], b: [...WORKED.b], v: [...WORKED.v], bo: WORKED.bo };
      net[key][j] += delta;
      return net;
    };
    for (const key of ['w', 'b', 'v'] as const) {
      for (const j of [0, 1]) {
        const fd = (cost(bump(key, j, h)) - cost(bump(key, j, -h))) / (2 * h);
        expect(fd / analytic[key][j]).toBeCloseTo(1, 5);
      }
    }
  });

  test('forward-mode derivatives through two hidden layers match central differences (equation forward-mode)', () => {
    const rng = createRng(11);
    const layer = (rows: number, cols: number) => Array.from({ length: rows }, () => Array.from({ length: cols }, () => rng.normal()));
    const W1 = layer(3, 1);
    const b1 = layer(3, 1).map((r) => r[0]);
    const W2 = layer(3, 3);
    const b2 = layer(3, 1).map((r) => r[0]);
    const W3 = layer(1, 3);
    const forward = (x: number) => {
      let a = [x];
      let da = [1];
      for (const [W, b] of [[W1, b1], [W2, b2]] as const) {
        const z = W.map((row, i) => row.reduce((s, wij, k) => s + wij * a[k], b[i]));
        const dz = W.map((row) => row.reduce((s, wij, k) => s + wij * da[k], 0));
        a = z.map(logistic);
        da = z.map((zi, i) => logistic(zi) * (1 - logistic(zi)) * dz[i]);
      }
      return { n: W3[0].reduce((s, w, k) => s + w * a[k], 0.3), dn: W3[0].reduce((s, w, k) => s + w * da[k], 0) };
    };
    for (const x of [0, 0.3, 0.8]) {
      const h = 1e-5;
      expect(forward(x).dn).toBeCloseTo((forward(x + h).n - forward(x - h).n) / (2 * h), 8);
    }
  });

  test('gradient descent with the notes’ settings reaches a cost of a few hundredths and an error near 0.01 in 10⁴ steps', () => {
    // notes 001: 10 points, 10 hidden units, step 0.001; starting weights N(0, 1) (engine RNG, seeds 1–3)
    const train = (rng: Rng) => {
      const H = 10;
      const net: Shallow = {
        w: Array.from({ length: H }, () => rng.normal()),
        b: Array.from({ length: H }, () => rng.normal()),
        v: Array.from({ length: H }, () => rng.normal()),
        bo: rng.normal(),
      };
      const initialCost = cost(net);
      for (let it = 0; it < 10000; it++) {
        const grad = { w: new Array(H).fill(0), b: new Array(H).fill(0), v: new Array(H).fill(0), bo: 0 };
        for (const x of POINTS) {
          const { r } = shallow(net, x);
          const a = 1 + GAMMA * x;
          grad.bo += 2 * r * a;
          for (let j = 0; j < H; j++) {
            const s = logistic(net.w[j] * x + net.b[j]);
            const d1 = s * (1 - s);
            const d2 = d1 * (1 - 2 * s);
            grad.v[j] += 2 * r * (a * s + x * net.w[j] * d1);
            grad.w[j] += 2 * r * (a * net.v[j] * d1 * x + x * (net.v[j] * d1 + net.v[j] * net.w[j] * d2 * x));
            grad.b[j] += 2 * r * (a * net.v[j] * d1 + x * net.v[j] * net.w[j] * d2);
          }
        }
        const eta = 0.001;
        net.bo -= eta * grad.bo;
        for (let j = 0; j < H; j++) {
          net.w[j] -= eta * grad.w[j];
          net.b[j] -= eta * grad.b[j];
          net.v[j] -= eta * grad.v[j];
        }
      }
      return { initialCost, finalCost: cost(net), error: maxError((x) => shallow(net, x).g) };
    };
    for (const seed of [1, 2, 3]) {
      const { initialCost, finalCost, error } = train(createRng(seed));
      expect(initialCost).toBeGreaterThan(1000);
      expect(finalCost).toBeLessThan(0.1);
      expect(error).toBeGreaterThan(0.005);
      expect(error).toBeLessThan(0.02);
    }
    expectChapterToPrint(SLUG, 'from thousands down to a few hundredths within ten thousand iterations', 'to about $0.01$');
  });
});

describe("Burgers' equation", () => {
  const nu = 0.01 / Math.PI;

  /** The Cole–Hopf integral by Simpson's rule in s = η/√(4νt) on [−14, 14] (independent of the figure's trapezoid). */
  function coleHopf(t: number, x: number): { u: number; ux: number } {
    const scale = Math.sqrt(4 * nu * t);
    const m = 6000;
    const h = 28 / m;
    const expo = (eta: number) => -Math.cos(Math.PI * (x - eta)) / (2 * Math.PI * nu) - (eta * eta) / (4 * nu * t);
    let peak = -Infinity;
    for (let i = 0; i <= m; i++) peak = Math.max(peak, expo(scale * (-14 + i * h)));
    let A = 0;
    let B = 0;
    let Ax = 0;
    for (let i = 0; i <= m; i++) {
      const eta = scale * (-14 + i * h);
      const weight = (i === 0 || i === m ? 1 : i % 2 === 1 ? 4 : 2) * Math.exp(expo(eta) - peak);
      const sn = Math.sin(Math.PI * (x - eta));
      A += weight * sn;
      B += weight;
      // ∂/∂x of sin(π(x−η)) e^{−cos(π(x−η))/(2πν)} = [π cos + sin²/(2ν)] e^{…}
      Ax += weight * (Math.PI * Math.cos(Math.PI * (x - eta)) + (sn * sn) / (2 * nu));
    }
    const Bx = A / (2 * nu);
    return { u: -A / B, ux: -(Ax * B - A * Bx) / (B * B) };
  }

  test('characteristics of u0 = −sin(πx) first cross at t* = 1/π ≈ 0.318', () => {
    let tStar = Infinity;
    for (let i = 0; i <= 20000; i++) {
      const x0 = -1 + i / 10000;
      const slope = -Math.PI * Math.cos(Math.PI * x0); // u0′(x0)
      if (slope < 0) tStar = Math.min(tStar, -1 / slope);
    }
    expect(tStar).toBeCloseTo(1 / Math.PI, 12);
    expectChapterToPrint(SLUG, `= \\frac{1}{\\pi} \\approx ${fixed(tStar, 3)}`, `$\\nu = 0.01/\\pi \\approx ${fixed(nu, 5)}$`);
  });

  test('u = −2ν φ_x/φ solves Burgers when φ solves the heat equation (finite differences, ν = 0.01/π and 0.1)', () => {
    for (const viscosity of [nu, 0.1]) {
      const phi = (t: number, x: number) => 1 + 0.5 * Math.exp(-viscosity * Math.PI ** 2 * t) * Math.cos(Math.PI * x);
      const phiX = (t: number, x: number) => -0.5 * Math.PI * Math.exp(-viscosity * Math.PI ** 2 * t) * Math.sin(Math.PI * x);
      const u = (t: number, x: number) => (-2 * viscosity * phiX(t, x)) / phi(t, x);
      // the exercise's closed form
      const closed = (t: number, x: number) => {
        const e = Math.exp(-viscosity * Math.PI ** 2 * t);
        return (viscosity * Math.PI * e * Math.sin(Math.PI * x)) / (1 + 0.5 * e * Math.cos(Math.PI * x));
      };
      const [t, x, h] = [0.3, 0.37, 1e-4];
      expect(u(t, x)).toBeCloseTo(closed(t, x), 14);
      const ut = (u(t + h, x) - u(t - h, x)) / (2 * h);
      const ux = (u(t, x + h) - u(t, x - h)) / (2 * h);
      const uxx = (u(t, x + h) - 2 * u(t, x) + u(t, x - h)) / (h * h);
      const scale = Math.max(Math.abs(ut), Math.abs(u(t, x) * ux), Math.abs(viscosity * uxx));
      expect(Math.abs(ut + u(t, x) * ux - viscosity * uxx) / scale).toBeLessThan(1e-5);
      // and φ itself solves the heat equation
      const phit = (phi(t + h, x) - phi(t - h, x)) / (2 * h);
      const phixx = (phi(t, x + h) - 2 * phi(t, x) + phi(t, x - h)) / (h * h);
      expect(phit).toBeCloseTo(viscosity * phixx, 6);
      expect(u(t, 1)).toBeCloseTo(0, 14);
      expect(u(t, -1)).toBeCloseTo(0, 14);
    }
  });

  test('the Cole–Hopf reference values of the table (Simpson quadrature; the figure module agrees)', () => {
    const xs = [-0.75, -0.5, -0.25, -0.1, -0.01];
    for (const t of [0.25, 0.5, 0.75]) {
      const values = xs.map((x) => coleHopf(t, x).u);
      xs.forEach((x, i) => {
        expect(burgersExact(t, x)).toBeCloseTo(values[i], 9);
        expect(coleHopf(t, -x).u).toBeCloseTo(-values[i], 12); // u is odd in x
      });
      expectChapterToPrint(SLUG, `| ${t} | ${values.map((v) => fixed(v, 4)).join(' | ')} |`);
    }
    expectChapterToPrint(SLUG, `($u = ${fixed(coleHopf(0.25, -0.01).u, 3)}$ at $x = -0.01$)`, `: $${fixed(coleHopf(0.5, -0.01).u, 3)}$ at the same point, with $-${fixed(coleHopf(0.5, -0.01).u, 3)}$`);
    expect(BURGERS_NU).toBe(nu);
  });

  test('the reference meets the initial and boundary conditions and the PDE', () => {
    for (const x of [-0.8, -0.3, 0.2, 0.6]) expect(coleHopf(1e-6, x).u).toBeCloseTo(-Math.sin(Math.PI * x), 4);
    for (const t of [0.1, 0.5, 0.9]) {
      expect(coleHopf(t, 1).u).toBeCloseTo(0, 10);
      expect(coleHopf(t, -1).u).toBeCloseTo(0, 10);
    }
    const [t, x, h] = [0.5, -0.5, 1e-4];
    const u = (tt: number, xx: number) => coleHopf(tt, xx).u;
    const ut = (u(t + h, x) - u(t - h, x)) / (2 * h);
    const ux = (u(t, x + h) - u(t, x - h)) / (2 * h);
    const uxx = (u(t, x + h) - 2 * u(t, x) + u(t, x - h)) / (h * h);
    expect(Math.abs(ut + u(t, x) * ux - nu * uxx)).toBeLessThan(1e-6 * Math.abs(u(t, x) * ux));
  });

  test('the steepest slope is |u_x| = 152.005 at t = 1.6037/π (golden: Basdevant et al. 1986)', () => {
    // golden-section search for the most negative u_x(t, 0)
    let [lo, hi] = [0.45, 0.56];
    const phi = (Math.sqrt(5) - 1) / 2;
    for (let i = 0; i < 60; i++) {
      const a = hi - phi * (hi - lo);
      const b = lo + phi * (hi - lo);
      if (coleHopf(a, 0).ux < coleHopf(b, 0).ux) hi = b;
      else lo = a;
    }
    const tMax = (lo + hi) / 2;
    const slope = -coleHopf(tMax, 0).ux;
    expect(Math.abs(slope - 152.00516)).toBeLessThan(2e-3);
    expect(Math.abs(tMax * Math.PI - 1.6037)).toBeLessThan(5e-4);
    expectChapterToPrint(SLUG, `\\rvert \\approx ${fixed(slope, 1)}$ at $x = 0$`, `$t = 1.6037/\\pi \\approx ${fixed(1.6037 / Math.PI, 4)}$`);
  });
});

describe('physics-informed loss terms', () => {
  const nu = 0.01 / Math.PI;

  test('u ≡ 0 has zero residual and MSE_u = 4/9 on nine initial points', () => {
    const xs = Array.from({ length: 9 }, (_, i) => -1 + i / 4);
    const squares = xs.map((x) => Math.sin(Math.PI * x) ** 2);
    expect(squares.map((s) => Number(s.toFixed(12)))).toEqual([0, 0.5, 1, 0.5, 0, 0.5, 1, 0.5, 0]);
    const mse = squares.reduce((s, v) => s + v, 0) / xs.length;
    expect(mse).toBeCloseTo(4 / 9, 14);
    expectChapterToPrint(SLUG, `$\\text{MSE}_u = 4/9 = ${fixed(mse, 3)}$`);
  });

  test('the decaying sine has residual (π/2)e^(−0.01π) = 1.522 at (0.5, 0.25), by finite differences', () => {
    const u = (t: number, x: number) => -Math.sin(Math.PI * x) * Math.exp(-nu * Math.PI ** 2 * t);
    const [t, x, h] = [0.5, 0.25, 1e-4];
    const ut = (u(t + h, x) - u(t - h, x)) / (2 * h);
    const ux = (u(t, x + h) - u(t, x - h)) / (2 * h);
    const uxx = (u(t, x + h) - 2 * u(t, x) + u(t, x - h)) / (h * h);
    const residual = ut + u(t, x) * ux - nu * uxx;
    const closed = (Math.PI / 2) * Math.exp(-0.01 * Math.PI);
    expect(residual).toBeCloseTo(closed, 6);
    expect(ut - nu * uxx).toBeCloseTo(0, 7); // it solves the heat equation
    expect(u(0, 0.3)).toBeCloseTo(-Math.sin(0.3 * Math.PI), 15);
    expect(u(0.7, 1)).toBeCloseTo(0, 15);
    expectChapterToPrint(SLUG, `\\tfrac{\\pi}{2} e^{-0.01\\pi} = ${fixed(closed, 3)}$`);
  });

  test('exercise: the hard-constraint trial −sin(πx) + t(1 − x²)N(t, x) meets the conditions for any N', () => {
    const rng = createRng(5);
    const c = Array.from({ length: 6 }, () => rng.normal());
    const N = (t: number, x: number) => Math.tanh(c[0] * t + c[1] * x + c[2]) * c[3] + c[4] * t * x + c[5];
    const trial = (t: number, x: number) => -Math.sin(Math.PI * x) + t * (1 - x * x) * N(t, x);
    for (const x of [-0.9, -0.2, 0.4]) expect(trial(0, x)).toBe(-Math.sin(Math.PI * x));
    for (const t of [0.2, 0.6, 1]) {
      expect(trial(t, 1)).toBeCloseTo(0, 14);
      expect(trial(t, -1)).toBeCloseTo(0, 14);
    }
  });

  test('exercise: the Poisson trial x(1 − x)N(x) vanishes at both ends and has the stated second derivative', () => {
    const at = (x: number) => shallow(WORKED, x);
    const gt = (x: number) => x * (1 - x) * at(x).n;
    expect(gt(0)).toBe(0);
    expect(gt(1)).toBe(0);
    const h = 1e-4;
    for (const x of [0.2, 0.55, 0.9]) {
      const nPrime2 = (at(x + h).n - 2 * at(x).n + at(x - h).n) / (h * h);
      const formula = -2 * at(x).n + 2 * (1 - 2 * x) * at(x).dn + x * (1 - x) * nPrime2;
      const fd = (gt(x + h) - 2 * gt(x) + gt(x - h)) / (h * h);
      expect(fd).toBeCloseTo(formula, 5);
    }
  });
});

