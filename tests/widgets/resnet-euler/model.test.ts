import { describe, expect, test } from 'vitest';
import {
  binomial, eulerTrajectory, FIELDS, growthPerBlock, pathCount, paths, pathSumByLength, refine, run,
} from '@/components/widgets/resnet-euler/model';
import { add, mul, tensor } from '@/lib/engine';

describe('ResNet as forward Euler', () => {
  test('F = −x: x_n = (1 − h)^n exactly (hand derivation); the chapter’s 0.3487 vs e^−1 = 0.3679', () => {
    const xs = eulerTrajectory(FIELDS.decay, 0.1, 10);
    xs.forEach(([x], k) => expect(x).toBeCloseTo(0.9 ** k, 14));
    const r = run(FIELDS.decay, 0.1, 10);
    expect(r.euler[10][0].toFixed(4)).toBe('0.3487');
    expect(r.exact[10][0].toFixed(4)).toBe('0.3679');
    expect(r.error.toFixed(4)).toBe('0.0192');
    expect(run(FIELDS.decay, 0.01, 100).error.toFixed(5)).toBe('0.00185');
  });

  test('the residual blocks computed with the engine’s tensors give the same iterate', () => {
    let x = tensor([1]);
    for (let k = 0; k < 10; k++) x = add(x, mul(0.1, mul(-1, x))); // x + h·F(x)
    expect(x.data[0]).toBeCloseTo(run(FIELDS.decay, 0.1, 10).euler[10][0], 14);
  });

  test('rotation: each step multiplies the radius by √(1 + h²), the exact solution stays on the circle', () => {
    const r = run(FIELDS.rotation, 0.1, 20);
    const radius = Math.hypot(...r.euler[20]);
    expect(radius).toBeCloseTo(Math.hypot(1, 0.1) ** 20, 12);
    expect(Math.hypot(...r.exact[20])).toBeCloseTo(1, 14);
    expect(growthPerBlock(FIELDS.rotation, 0.1)).toBeCloseTo(Math.sqrt(1.01), 14);
  });

  test('sin: the closed form 2·arctan(tan(½)·eᵗ) solves the ODE (central difference)', () => {
    const x = (t: number) => FIELDS.sine.exact(t)[0];
    for (const t of [0, 0.5, 1, 2]) {
      const eps = 1e-5;
      const dxdt = (x(t + eps) - x(t - eps)) / (2 * eps);
      expect(dxdt).toBeCloseTo(Math.sin(x(t)), 8);
    }
    expect(x(0)).toBeCloseTo(1, 14);
    expect(run(FIELDS.sine, 0.001, 1000).error).toBeLessThan(1e-3);
  });

  test('first order: halving h at fixed T = 1 about halves the error, the ratio tending to 2', () => {
    for (const field of Object.values(FIELDS)) {
      const rows = refine(field, 0.1, 10, 3);
      for (const row of rows.slice(1)) {
        expect(row.ratio!).toBeGreaterThan(1.85);
        expect(row.ratio!).toBeLessThan(2.2);
      }
      expect(Math.abs(rows[3].ratio! - 2)).toBeLessThan(Math.abs(rows[1].ratio! - 2));
      expect(Math.abs(rows[3].ratio! - 2)).toBeLessThan(0.05);
      expect(rows[3].n).toBe(80);
    }
    // decay, e^−1 − (1 − h)^(1/h) by hand: 0.0192 → 0.00939 → 0.00465 → 0.00231
    expect(refine(FIELDS.decay, 0.1, 10, 3).map((r) => r.error.toPrecision(3))).toEqual(['0.0192', '0.00939', '0.00465', '0.00231']);
  });

  test('decay with h = 2.5 flips sign and grows: x_1 = −1.5, x_2 = 2.25, flagged beyond ±1e6', () => {
    const xs = eulerTrajectory(FIELDS.decay, 2.5, 2);
    expect(xs.map(([v]) => v)).toEqual([1, -1.5, 2.25]);
    expect(growthPerBlock(FIELDS.decay, 2.5)).toBe(1.5);
    expect(run(FIELDS.decay, 2.5, 40).diverged).toBe(true); // 1.5^40 ≈ 1.1e7
    expect(run(FIELDS.decay, 1.9, 200).diverged).toBe(false);
  });
});

describe('the unravelled view', () => {
  test('n blocks have 2ⁿ paths, C(n, k) of them through k blocks', () => {
    for (let n = 1; n <= 6; n++) {
      const ps = paths(n);
      expect(ps.length).toBe(2 ** n);
      expect(new Set(ps.map((p) => p.join())).size).toBe(2 ** n);
      for (let k = 0; k <= n; k++) expect(ps.filter((p) => p.filter(Boolean).length === k).length).toBe(binomial(n, k));
    }
    expect(binomial(54, 27)).toBe(1946939425648112);
    expect(pathCount(3)).toEqual({ exact: '8' });
    expect(pathCount(54)).toEqual({ mantissa: '1.80', exponent: 16 }); // the chapter's 110-layer ResNet
    expect(pathCount(100)).toEqual({ mantissa: '1.27', exponent: 30 });
  });

  test('the path contributions (−h)^k sum to the Euler iterate (1 − h)ⁿ', () => {
    for (const [n, h] of [[3, 0.1], [4, 0.5], [10, 0.1]] as const) {
      const total = pathSumByLength(n, h).reduce((s, row) => s + row.sum, 0);
      expect(total).toBeCloseTo(run(FIELDS.decay, h, n).euler[n][0], 12);
    }
  });
});
