// Fast matrix product for the float32 training paths. Same sums as ops/matmul.ts, organised so a
// JavaScript engine runs them near the machine's scalar speed:
//
// * B is used transposed (Bᵀ, row j = column j of B), so both operands are read along rows,
//   contiguously, in the inner loop.
// * A 4×4 block of C is kept in 16 local variables (registers) while k runs: each pass loads 4
//   values of A and 4 of Bᵀ and does 16 multiply-adds, a 2× better load/compute ratio than a
//   plain dot product, and no C traffic at all until the block is done.
// Summation order over k is the same as the reference loop, and V8 accumulates in double and
// rounds only on the store, so the result equals ops/matmul.ts bit for bit in float64 and float32.
export type FloatArray = Float32Array | Float64Array;

/** C[m×n] = A[m×k] · (Bᵀ[n×k])ᵀ, all row-major; with `accumulate`, C += instead of C =. */
export function gemmTransB(a: FloatArray, bt: FloatArray, c: FloatArray, m: number, n: number, k: number, accumulate = false): void {
  const m4 = m - (m % 4);
  const n4 = n - (n % 4);
  for (let i = 0; i < m4; i += 4) {
    const a0 = i * k, a1 = a0 + k, a2 = a1 + k, a3 = a2 + k;
    for (let j = 0; j < n4; j += 4) {
      const b0 = j * k, b1 = b0 + k, b2 = b1 + k, b3 = b2 + k;
      let c00 = 0, c01 = 0, c02 = 0, c03 = 0, c10 = 0, c11 = 0, c12 = 0, c13 = 0;
      let c20 = 0, c21 = 0, c22 = 0, c23 = 0, c30 = 0, c31 = 0, c32 = 0, c33 = 0;
      for (let p = 0; p < k; p++) {
        const x0 = a[a0 + p], x1 = a[a1 + p], x2 = a[a2 + p], x3 = a[a3 + p];
        const y0 = bt[b0 + p], y1 = bt[b1 + p], y2 = bt[b2 + p], y3 = bt[b3 + p];
        c00 += x0 * y0; c01 += x0 * y1; c02 += x0 * y2; c03 += x0 * y3;
        c10 += x1 * y0; c11 += x1 * y1; c12 += x1 * y2; c13 += x1 * y3;
        c20 += x2 * y0; c21 += x2 * y1; c22 += x2 * y2; c23 += x2 * y3;
        c30 += x3 * y0; c31 += x3 * y1; c32 += x3 * y2; c33 += x3 * y3;
      }
      const r0 = i * n + j, r1 = r0 + n, r2 = r1 + n, r3 = r2 + n;
      if (accumulate) {
        c[r0] += c00; c[r0 + 1] += c01; c[r0 + 2] += c02; c[r0 + 3] += c03;
        c[r1] += c10; c[r1 + 1] += c11; c[r1 + 2] += c12; c[r1 + 3] += c13;
        c[r2] += c20; c[r2 + 1] += c21; c[r2 + 2] += c22; c[r2 + 3] += c23;
        c[r3] += c30; c[r3 + 1] += c31; c[r3 + 2] += c32; c[r3 + 3] += c33;
      } else {
        c[r0] = c00; c[r0 + 1] = c01; c[r0 + 2] = c02; c[r0 + 3] = c03;
        c[r1] = c10; c[r1 + 1] = c11; c[r1 + 2] = c12; c[r1 + 3] = c13;
        c[r2] = c20; c[r2 + 1] = c21; c[r2 + 2] = c22; c[r2 + 3] = c23;
        c[r3] = c30; c[r3 + 1] = c31; c[r3 + 2] = c32; c[r3 + 3] = c33;
      }
    }
  }
  // Edges: the rows below the last full block of 4, and the columns right of it.
  for (let i = 0; i < m; i++) {
    for (let j = i < m4 ? n4 : 0; j < n; j++) {
      let s = 0;
      for (let p = 0; p < k; p++) s += a[i * k + p] * bt[j * k + p];
      c[i * n + j] = accumulate ? c[i * n + j] + s : s;
    }
  }
}

/** dst[cols×rows] = srcᵀ for a row-major src[rows×cols]. */
export function transposeInto(src: FloatArray, rows: number, cols: number, dst: FloatArray): void {
  for (let i = 0; i < rows; i++) {
    const base = i * cols;
    for (let j = 0; j < cols; j++) dst[j * rows + i] = src[base + j];
  }
}
