// The residual method with the simplest trial functions: g_t(x) = g0 + x·Σ_k c_k x^k for
// k = 0 … K−1. The residual r(x) = g_t′(x) + γ g_t(x) is linear in the coefficients c, so the
// cost Σ_i r(x_i)² is minimized by a linear least-squares solve (normal equations, K ≤ 6 here).

export interface DecayProblem {
  gamma: number;
  g0: number;
  /** Collocation points x_i where the residual is evaluated. */
  points: readonly number[];
}

/** The notes' problem: g′ = −2g, g(0) = 10, with ten evenly spaced points on [0, 1]. */
export const NOTES_PROBLEM: DecayProblem = {
  gamma: 2,
  g0: 10,
  points: Array.from({ length: 10 }, (_, i) => i / 9),
};

/** Coefficients c_0 … c_(K−1) that minimize Σ_i r(x_i)². */
export function fitPolynomialTrial(terms: number, { gamma, g0, points }: DecayProblem): number[] {
  // r(x_i) = Σ_k c_k [(k + 1) x_i^k + γ x_i^(k+1)] + γ g0 = (A c)_i + γ g0
  const rows = points.map((x) => Array.from({ length: terms }, (_, k) => (k + 1) * x ** k + gamma * x ** (k + 1)));
  const normal = Array.from({ length: terms }, (_, a) => Array.from({ length: terms }, (_, b) => rows.reduce((s, r) => s + r[a] * r[b], 0)));
  const rhs = Array.from({ length: terms }, (_, a) => -gamma * g0 * rows.reduce((s, r) => s + r[a], 0));
  return solve(normal, rhs);
}

/** g_t(x) for the fitted coefficients. */
export function polynomialTrial(c: readonly number[], g0: number, x: number): number {
  return g0 + c.reduce((s, ck, k) => s + ck * x ** (k + 1), 0);
}

/** Gaussian elimination with partial pivoting. */
function solve(matrix: number[][], rhs: number[]): number[] {
  const n = rhs.length;
  const a = matrix.map((row, i) => [...row, rhs[i]]);
  for (let col = 0; col < n; col++) {
    let pivot = col;
    for (let r = col + 1; r < n; r++) if (Math.abs(a[r][col]) > Math.abs(a[pivot][col])) pivot = r;
    [a[col], a[pivot]] = [a[pivot], a[col]];
    for (let r = col + 1; r < n; r++) {
      const f = a[r][col] / a[col][col];
      for (let k = col; k <= n; k++) a[r][k] -= f * a[col][k];
    }
  }
  const x = new Array<number>(n).fill(0);
  for (let r = n - 1; r >= 0; r--) {
    let s = a[r][n];
    for (let k = r + 1; k < n; k++) s -= a[r][k] * x[k];
    x[r] = s / a[r][r];
  }
  return x;
}
