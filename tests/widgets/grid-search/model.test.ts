import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { createRng } from '@/lib/engine';
import { FusedMlp } from '@/lib/engine/fast';
import { digitsArraysFromText } from '@/components/widgets/grid-search/digits-data';
import {
  checkGridSettings, DEFAULT_GRID, ETAS, gridCells, isDiverged, l2Step, LAMBDAS, logSpace, powerOfTen, trainCell,
} from '@/components/widgets/grid-search/model';

const data = digitsArraysFromText(readFileSync('public/data/digits.csv', 'utf8'), readFileSync('public/data/digits-split.json', 'utf8'));

describe('logSpace(fromExp, toExp, count)', () => {
  test('η grid 10^-4 … 10^0 in 5 steps is exactly the powers of ten', () => {
    expect(ETAS).toEqual([1e-4, 1e-3, 1e-2, 0.1, 1]);
  });
  test('λ grid 10^-5 … 10^0 in 6 steps', () => {
    expect(LAMBDAS).toEqual([1e-5, 1e-4, 1e-3, 1e-2, 0.1, 1]);
  });
  test('half-decade steps: 10^-1, 10^-0.5, 10^0', () => {
    expect(logSpace(-1, 0, 3)).toEqual([0.1, Number(Math.sqrt(0.1).toPrecision(12)), 1]);
  });
  test('count 1 gives the first value; count 0 throws', () => {
    expect(logSpace(-2, 3, 1)).toEqual([0.01]);
    expect(() => logSpace(0, 1, 0)).toThrow(/count must be a positive integer/);
  });
});

describe('powerOfTen(v)', () => {
  test('writes exponents in superscript', () => {
    expect(ETAS.map(powerOfTen)).toEqual(['10⁻⁴', '10⁻³', '10⁻²', '10⁻¹', '1']);
    expect(powerOfTen(10)).toBe('10¹');
    expect(powerOfTen(0.5)).toBe('0.5');
  });
});

describe('trainCell(data, η, λ, settings): 64-30-10 sigmoid, batch 32, 6 epochs, seed 1', () => {
  test('η = 1, λ = 10^-5 reaches 345 of 360 test digits (95.8%) and 1393 of 1437 training digits (96.9%)', () => {
    // Golden values from this seeded run (float32 engine); a second run must repeat them exactly.
    const a = trainCell(data, 1, 1e-5, DEFAULT_GRID);
    expect(a.divergedAt).toBeNull();
    expect(Math.round(a.testAccuracy * 360)).toBe(345);
    expect(Math.round(a.trainAccuracy * 1437)).toBe(1393);
    expect(a.losses).toHaveLength(6);
    expect(a.losses[0]).toBeCloseTo(1.7974, 4);
    expect(a.losses[5]).toBeCloseTo(0.1943, 4);
    const b = trainCell(data, 1, 1e-5, DEFAULT_GRID);
    expect(b).toEqual(a);
  });

  test('η = 10^-4 learns nothing: test accuracy stays at 37 of 360 (10.3%), the loss near ln 10', () => {
    const c = trainCell(data, 1e-4, 1e-5, DEFAULT_GRID);
    expect(Math.round(c.testAccuracy * 360)).toBe(37);
    expect(c.losses[5]).toBeCloseTo(2.4173, 4);
  });

  test('η = 1, λ = 1 diverges in epoch 1: 1 − 2ηλ = −1 flips the weights every step', () => {
    const c = trainCell(data, 1, 1, DEFAULT_GRID);
    expect(c.divergedAt).toBe(1);
    expect(isDiverged(c.losses[0])).toBe(true);
    expect(c.testAccuracy).toBeNaN();
  });

  test('another seed gives other numbers', () => {
    const c = trainCell(data, 0.1, 1e-5, { ...DEFAULT_GRID, epochs: 1, seed: 2 });
    const d = trainCell(data, 0.1, 1e-5, { ...DEFAULT_GRID, epochs: 1 });
    expect(c.losses[0]).not.toBe(d.losses[0]);
  });

  test('throws for nonsense settings, naming the setting', () => {
    expect(() => checkGridSettings({ ...DEFAULT_GRID, epochs: 0 })).toThrow(/epochs must be a whole number in 1..100, got 0/);
    expect(() => checkGridSettings({ ...DEFAULT_GRID, batch: 2.5 })).toThrow(/batch size/);
    expect(() => trainCell(data, Number.NaN, 0, DEFAULT_GRID)).toThrow(/η must be a positive number/);
    expect(() => trainCell(data, 0.1, -1, DEFAULT_GRID)).toThrow(/λ must be a number ≥ 0/);
  });
});

describe('isDiverged(loss)', () => {
  test('NaN, ±∞ and losses above 23 count as diverged; ln 10 does not', () => {
    expect([NaN, Infinity, 23.5, 1e6].map(isDiverged)).toEqual([true, true, true, true]);
    expect([Math.LN10, 0, 23].map(isDiverged)).toEqual([false, false, false]);
  });
});

describe('l2Step(η, λ): one step on C + λ‖w‖²', () => {
  test('moves each weight by −η ∂C/∂w, with ∂C/∂w from central finite differences (float64)', () => {
    const rows = 5;
    const x = data.trainX.slice(0, rows * 64);
    const y = data.trainY.slice(0, rows);
    const make = () => new FusedMlp({ sizes: [64, 3, 10], maxBatch: rows, rng: createRng(3), dtype: 'float64' });
    const lambda = 0.05;
    const eta = 0.1;
    const cost = (net: FusedMlp) => {
      const p = net.forward(x, rows);
      let ce = 0;
      for (let r = 0; r < rows; r++) ce -= Math.log(p[r * 10 + y[r]]);
      let w2 = 0;
      for (const w of net.weights) for (const v of w) w2 += v * v;
      return ce / rows + lambda * w2;
    };
    const stepped = make();
    stepped.lossAndGradients(x, y, rows);
    stepped.step(l2Step(eta, lambda));
    const probe = make();
    for (const [layer, k] of [[0, 7], [0, 100], [1, 4], [1, 29]] as const) {
      const w0 = probe.weights[layer][k];
      const h = 1e-6;
      probe.weights[layer][k] = w0 + h;
      probe.weightsChanged();
      const up = cost(probe);
      probe.weights[layer][k] = w0 - h;
      probe.weightsChanged();
      const down = cost(probe);
      probe.weights[layer][k] = w0;
      probe.weightsChanged();
      const grad = (up - down) / (2 * h);
      expect((w0 - stepped.weights[layer][k]) / eta).toBeCloseTo(grad, 6);
    }
    // Biases are not penalised: their step is the plain cross-entropy gradient.
    expect(l2Step(eta, lambda)).toEqual({ lr: 0.1, weightDecay: 0.1, decayBiases: false });
  });
});

describe('gridCells()', () => {
  test('5 × 6 = 30 cells, row by row', () => {
    const cells = gridCells();
    expect(cells).toHaveLength(30);
    expect(cells[0]).toEqual({ row: 0, col: 0, eta: 1e-4, lambda: 1e-5 });
    expect(cells[7]).toEqual({ row: 1, col: 1, eta: 1e-3, lambda: 1e-4 });
    expect(cells[29]).toEqual({ row: 4, col: 5, eta: 1, lambda: 1 });
  });
});
