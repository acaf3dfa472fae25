import { describe, expect, test } from 'vitest';
import { checkAtOne, polynomialTex, productCoefficients, rowTimesVector, termsOf, toeplitzForm } from '@/components/widgets/conv-poly/model';

const alpha = [1, 2, 3];
const beta = [4, 5, 6, 7];

describe('the chapter’s worked example (1 + 2t + 3t²)(4 + 5t + 6t² + 7t³)', () => {
  test('δ = [4, 13, 28, 34, 32, 21]', () => {
    expect(productCoefficients(alpha, beta)).toEqual([4, 13, 28, 34, 32, 21]);
  });
  test('T(α) is the 6 × 4 matrix of equation toeplitz-alpha, and T(α)·β = δ', () => {
    const form = toeplitzForm(alpha, beta, 'alpha');
    expect(form.rows).toEqual([[1, 0, 0, 0], [2, 1, 0, 0], [3, 2, 1, 0], [0, 3, 2, 1], [0, 0, 3, 2], [0, 0, 0, 3]]);
    expect(form.rows.map((_, j) => rowTimesVector(form, j))).toEqual([4, 13, 28, 34, 32, 21]);
  });
  test('T(β) is the 6 × 3 matrix of equation toeplitz-beta, and T(β)·α = δ', () => {
    const form = toeplitzForm(alpha, beta, 'beta');
    expect(form.rows).toEqual([[4, 0, 0], [5, 4, 0], [6, 5, 4], [7, 6, 5], [0, 7, 6], [0, 0, 7]]);
    expect(form.rows.map((_, j) => rowTimesVector(form, j))).toEqual([4, 13, 28, 34, 32, 21]);
  });
  test('δ₃ collects α₀β₃ + α₁β₂ + α₂β₁ = 7 + 12 + 15 = 34', () => {
    expect(termsOf(3, 3, 4)).toEqual([[0, 3], [1, 2], [2, 1]]);
    expect(termsOf(0, 3, 4)).toEqual([[0, 0]]);
    expect(termsOf(5, 3, 4)).toEqual([[2, 3]]);
  });
  test('p(1)s(1) = 6 · 22 = 132 = Σδ', () => {
    expect(checkAtOne(alpha, beta)).toEqual({ pAtOne: 6, sAtOne: 22, sumDelta: 132 });
  });
  test('the product as a polynomial', () => {
    expect(polynomialTex([4, 13, 28, 34, 32, 21])).toBe('4 + 13t + 28t^{2} + 34t^{3} + 32t^{4} + 21t^{5}');
  });
});

describe('other products', () => {
  // The chapter's exercise: (1 + t)(1 − t + t²) = 1 + t³.
  test('(1 + t)(1 − t + t²) = 1 + t³', () => {
    expect(productCoefficients([1, 1], [1, -1, 1])).toEqual([1, 0, 0, 1]);
    expect(polynomialTex([1, 0, 0, 1])).toBe('1 + t^{3}');
  });
  test('polynomialTex writes −t, not −1t, and leaves out zeros', () => {
    expect(polynomialTex([0, -1, 0, 2.5])).toBe('-t + 2.5t^{3}');
    expect(polynomialTex([0, 0])).toBe('0');
  });
  test('random lists: δ agrees with evaluating p(t)s(t) at several t (an independent check)', () => {
    const a = [0.5, -2, 3, 1.25];
    const b = [-1, 4, 0, 2, -0.5];
    const d = productCoefficients(a, b);
    const at = (c: number[], t: number) => c.reduce((s, v, k) => s + v * t ** k, 0);
    for (const t of [-1.5, -0.3, 0.7, 2]) expect(at(d, t)).toBeCloseTo(at(a, t) * at(b, t), 10);
  });
});
