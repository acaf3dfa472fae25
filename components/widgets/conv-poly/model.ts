// Polynomial multiplication as convolution, three ways (convolution chapter, equations poly-conv,
// toeplitz-alpha and toeplitz-beta): the sum δ_j = Σ_{i+l=j} α_i β_l, the Toeplitz matrix T(α)
// times β (or T(β) times α), and the product polynomial. The numbers come from the engine's
// convolve1d and toeplitz.
import { convolve1d, noGrad, toeplitz } from '@/lib/engine';

/** δ = α ∗ β, the coefficients of p(t)·s(t), lowest power first. */
export function productCoefficients(alpha: readonly number[], beta: readonly number[]): number[] {
  return Array.from(noGrad(() => convolve1d(alpha, beta)).data);
}

export interface ToeplitzForm {
  /** (n_α + n_β − 1) rows of the matrix, each a plain array. */
  rows: number[][];
  /** The vector it multiplies. */
  vector: number[];
  /** Which sequence sits in the matrix. */
  inMatrix: 'alpha' | 'beta';
}

/** T(α)·β (matrix holds α, equation toeplitz-alpha) or T(β)·α (equation toeplitz-beta). */
export function toeplitzForm(alpha: readonly number[], beta: readonly number[], inMatrix: 'alpha' | 'beta'): ToeplitzForm {
  const [kernel, vector] = inMatrix === 'alpha' ? [alpha, beta] : [beta, alpha];
  const t = noGrad(() => toeplitz(kernel, vector.length));
  const [rows, cols] = t.shape;
  return {
    rows: Array.from({ length: rows }, (_, r) => Array.from(t.data.subarray(r * cols, (r + 1) * cols))),
    vector: [...vector],
    inMatrix,
  };
}

/** Row j of the matrix times the vector: δ_j again. */
export function rowTimesVector(form: ToeplitzForm, j: number): number {
  return form.rows[j].reduce((s, v, c) => s + v * form.vector[c], 0);
}

/** The index pairs (i, l) with i + l = j, i.e. the terms α_i β_l of δ_j. */
export function termsOf(j: number, na: number, nb: number): [number, number][] {
  const out: [number, number][] = [];
  for (let i = Math.max(0, j - nb + 1); i <= Math.min(j, na - 1); i++) out.push([i, j - i]);
  return out;
}

/** A number for TeX: a true minus, at most 4 decimals. */
export function texNumber(v: number): string {
  const r = Math.round(v * 10_000) / 10_000;
  return r === 0 ? '0' : r < 0 ? `-${-r}` : `${r}`;
}

/** "4 + 13t + 28t^{2} − t^{3}": zero terms left out, coefficients ±1 written as the power alone. */
export function polynomialTex(coefficients: readonly number[], variable = 't'): string {
  let out = '';
  coefficients.forEach((c, power) => {
    const r = Math.round(c * 10_000) / 10_000;
    if (r === 0) return;
    const abs = Math.abs(r);
    const monomial = power === 0 ? '' : power === 1 ? variable : `${variable}^{${power}}`;
    const coefficient = abs === 1 && power > 0 ? '' : `${abs}`;
    const sign = r < 0 ? (out ? ' - ' : '-') : out ? ' + ' : '';
    out += `${sign}${coefficient}${monomial}`;
  });
  return out || '0';
}

/** p(1)·s(1) and Σ δ_j: equal, since a polynomial at t = 1 is the sum of its coefficients. */
export function checkAtOne(alpha: readonly number[], beta: readonly number[]): { pAtOne: number; sAtOne: number; sumDelta: number } {
  const sum = (xs: readonly number[]) => xs.reduce((s, v) => s + v, 0);
  return { pAtOne: sum(alpha), sAtOne: sum(beta), sumDelta: sum(productCoefficients(alpha, beta)) };
}
