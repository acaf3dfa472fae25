import { describe, expect, test } from 'vitest';
import {
  centre,
  DRAW_POINTS,
  evaluate,
  fitError,
  fmt,
  grid,
  packUnits,
  polyline,
  resize,
  sampleForDrawing,
  sigmoid,
  staircase,
  targetFunction,
  unpackUnits,
  type Approximation,
} from '@/components/widgets/universal-approximator/model';

describe('sigmoid', () => {
  test('σ(0) = ½, σ(2) = 0.880797 and σ(−z) = 1 − σ(z)', () => {
    expect(sigmoid(0)).toBe(0.5);
    // 1 / (1 + e^−2) = 0.8807970779778823 (hand computation)
    expect(sigmoid(2)).toBeCloseTo(0.8807970779778823, 15);
    expect(sigmoid(-2)).toBeCloseTo(1 - 0.8807970779778823, 15);
  });

  test('neither branch overflows at ±1000', () => {
    expect(sigmoid(1000)).toBe(1);
    expect(sigmoid(-1000)).toBe(0);
  });
});

describe('evaluate: G(x) = Σ c₁σ(c₂x + c₃) + c₄', () => {
  test('the chapter’s unit (c₁, c₂, c₃, c₄) = (2, 4, −2, −1) is tanh(2x − 1)', () => {
    // 2σ(2u) − 1 = tanh(u), so 2σ(4x − 2) − 1 = tanh(2x − 1): an independent reference.
    const a: Approximation = { units: [{ c1: 2, c2: 4, c3: -2 }], c4: -1 };
    for (const x of [0, 0.25, 0.5, 0.8, 1]) expect(evaluate(a, x)).toBeCloseTo(Math.tanh(2 * x - 1), 14);
    expect(evaluate(a, 0)).toBeCloseTo(-0.7615941559557649, 14);
    expect(centre(a.units[0])).toBe(0.5);
  });

  test('two units make the chapter’s bump B(x) for k = 50, s = 0.4 and 0.6', () => {
    // Table "A bump from two steep sigmoids": B(0.3) = 0.0067, B(0.4) = 0.5, B(0.5) = 0.9866.
    const bump: Approximation = { units: [{ c1: 1, c2: 50, c3: -20 }, { c1: -1, c2: 50, c3: -30 }], c4: 0 };
    expect(evaluate(bump, 0.3)).toBeCloseTo(0.0067, 4);
    expect(evaluate(bump, 0.4)).toBeCloseTo(0.5, 4);
    expect(evaluate(bump, 0.5)).toBeCloseTo(0.9866, 4);
    expect(evaluate(bump, 0.7)).toBeCloseTo(0.0067, 4);
  });

  test('a flat unit (c₂ = 0) has no centre and adds c₁σ(c₃)', () => {
    const flat = { c1: 2, c2: 0, c3: 0 };
    expect(centre(flat)).toBeNull();
    expect(evaluate({ units: [flat], c4: 0.5 }, 0.3)).toBe(1.5);
  });
});

describe('targets', () => {
  test('each target at x = 0, ¼, ½, 1', () => {
    const at = (name: Parameters<typeof targetFunction>[0]) => [0, 0.25, 0.5, 1].map(targetFunction(name));
    expect(at('sin').map((v) => Number(v.toFixed(12)) + 0)).toEqual([0, 1, 0, 0]);
    expect(at('abs')).toEqual([1, 0.5, 0, 1]);
    // H(0) = 0: the step is 0 up to and including ½.
    expect(at('step')).toEqual([0, 0, 0, 1]);
    // 10x(2x − 1)(x − 1) at ¼: 10 · 0.25 · (−0.5) · (−0.75) = 0.9375
    expect(at('poly').map((v) => v + 0)).toEqual([0, 0.9375, 0, 0]);
  });

  test('a drawing is the polyline through its 21 values; a wrong length falls back to the sine', () => {
    const values = Array.from({ length: DRAW_POINTS }, (_, i) => (i % 2 === 0 ? 0 : 1));
    const h = targetFunction('drawn', values);
    expect(h(0)).toBe(0);
    expect(h(0.05)).toBe(1);
    expect(h(0.025)).toBeCloseTo(0.5, 12);
    expect(h(-1)).toBe(0);
    expect(targetFunction('drawn', [1, 2, 3])(0.25)).toBeCloseTo(1, 15);
    expect(polyline([0, 2])(0.75)).toBe(1.5);
  });

  test('sampleForDrawing rounds to 3 decimals and clamps to ±1.5', () => {
    const s = sampleForDrawing((x) => 4 * x - 1);
    expect(s).toHaveLength(DRAW_POINTS);
    expect(s[0]).toBe(-1);
    expect(s[5]).toBe(0);
    expect(s[20]).toBe(1.5);
  });
});

describe('fitError', () => {
  test('one steep unit approximates the step: max error ½ at the jump, RMS 0.04616', () => {
    const step = targetFunction('step');
    const unit: Approximation = { units: [{ c1: 1, c2: 200, c3: -100 }], c4: 0 };
    // At x = 0.4 the unit is σ(−20) = 2.06e−9 and at 0.6 it is 1 − 2.06e−9.
    expect(evaluate(unit, 0.4)).toBeCloseTo(2.0611536e-9, 15);
    expect(evaluate(unit, 0.6)).toBeCloseTo(1 - 2.0611536e-9, 15);
    const e = fitError(unit, step);
    // At x = ½ the unit is σ(0) = ½ while H(0) = 0: no continuous G can close that gap.
    expect(e.max).toBe(0.5);
    expect(e.at).toBe(0.5);
    expect(e.rms).toBeCloseTo(0.04616, 5);
    // A gentler unit has a larger RMS error but the same max error.
    const gentle = fitError({ units: [{ c1: 1, c2: 20, c3: -10 }], c4: 0 }, step);
    expect(gentle.max).toBe(0.5);
    expect(gentle.rms).toBeGreaterThan(2 * e.rms);
  });

  test('the exact target has zero error; a constant offset d has max and RMS error d', () => {
    const tanhUnit: Approximation = { units: [{ c1: 2, c2: 4, c3: -2 }], c4: -1 };
    const h = (x: number) => Math.tanh(2 * x - 1);
    expect(fitError(tanhUnit, h).max).toBeLessThan(1e-14);
    const shifted = fitError({ ...tanhUnit, c4: -0.9 }, h);
    expect(shifted.max).toBeCloseTo(0.1, 12);
    expect(shifted.rms).toBeCloseTo(0.1, 12);
  });

  test('grid(n) has n + 1 points from 0 to 1', () => {
    expect(grid(4)).toEqual([0, 0.25, 0.5, 0.75, 1]);
  });
});

describe('staircase (the chapter’s equation "staircase")', () => {
  test.each([
    [4, 0.5878],
    [9, 0.309],
    [19, 0.1564],
    [39, 0.0785],
  ])('sin 2πx with %i units: max error %f at x = 0, as the chapter’s table prints', (n, max) => {
    const h = targetFunction('sin');
    const e = fitError(staircase(n, h), h);
    expect(e.max).toBeCloseTo(max, 4);
    // The error is sin(π/M) with M = n + 1 steps, reached at x = 0.
    expect(e.max).toBeCloseTo(Math.sin(Math.PI / (n + 1)), 3);
    expect(e.at).toBe(0);
  });

  test('nine units: steepness 500, steps at j/10, heights Δⱼ = h(t_{j+1}) − h(t_j), bias h(t₁)', () => {
    const h = targetFunction('sin');
    const s = staircase(9, h);
    expect(s.units).toHaveLength(9);
    expect(s.c4).toBeCloseTo(Math.sin(Math.PI / 10), 14);
    expect(s.units[0].c2).toBe(500);
    expect(centre(s.units[0])).toBeCloseTo(0.1, 14);
    expect(centre(s.units[8])).toBeCloseTo(0.9, 14);
    expect(s.units[0].c1).toBeCloseTo(Math.sin(0.3 * Math.PI) - Math.sin(0.1 * Math.PI), 14);
  });

  test('the |x| target: error 1/M, i.e. 0.1 with nine units', () => {
    const h = targetFunction('abs');
    expect(fitError(staircase(9, h), h).max).toBeCloseTo(0.1, 4);
    expect(fitError(staircase(19, h), h).max).toBeCloseTo(0.05, 4);
  });
});

describe('URL packing and resizing', () => {
  test('packUnits and unpackUnits round-trip; a ragged tail is dropped', () => {
    const units = [
      { c1: 1, c2: 2, c3: 3 },
      { c1: -4, c2: 5, c3: -6 },
    ];
    expect(packUnits(units)).toEqual([1, 2, 3, -4, 5, -6]);
    expect(unpackUnits([1, 2, 3, -4, 5, -6])).toEqual(units);
    expect(unpackUnits([1, 2, 3, 4])).toEqual([units[0]]);
  });

  test('resize keeps the first units and pads with blank ones that change nothing', () => {
    const units = [{ c1: 1, c2: 2, c3: 3 }];
    const grown = resize(units, 3);
    expect(grown[0]).toEqual(units[0]);
    expect(grown[2].c1).toBe(0);
    expect(evaluate({ units: grown, c4: 0 }, 0.3)).toBe(evaluate({ units, c4: 0 }, 0.3));
    expect(resize(grown, 1)).toEqual(units);
  });

  test('fmt gives 4 significant digits and no −0', () => {
    expect(fmt(0.30901699)).toBe('0.309');
    expect(fmt(-0.00001)).toBe('-0.00001');
    expect(fmt(-1e-20 * 0)).toBe('0');
    expect(fmt(Number.NaN)).toBe('NaN');
  });
});
