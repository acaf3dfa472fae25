// exp and sin from + − × ÷ only. IEEE 754 fixes the result of those four operations bit for bit,
// but not of Math.exp, Math.sin or **: Node 20 and Chromium 156 disagree in the last bit for about
// one argument in eight. Three thousand Adam steps amplify such a bit into the third significant
// digit of the fitted error, so the widget computes with these instead, and every browser (and the
// tests in Node) trains the same network from the same link, number for number.

const LN2_HI = 0.6931471803691238; // ln 2 split in two (Cody and Waite), so k · LN2_HI is exact
const LN2_LO = 1.9082149292705877e-10;
const INV_LN2 = 1.4426950408889634;

/** 2^k for whole k in [−1022, 1023], built once from their bits: exact. */
const POW2 = (() => {
  const table = new Float64Array(2046);
  const view = new DataView(new ArrayBuffer(8));
  for (let k = -1022; k <= 1023; k++) {
    view.setUint32(0, (k + 1023) << 20);
    view.setUint32(4, 0);
    table[k + 1022] = view.getFloat64(0);
  }
  return table;
})();
const pow2 = (k: number) => POW2[k + 1022];

/** 1/14!, 1/13!, …, 1/1!, 1/0!: Taylor coefficients of e^r for Horner's rule (literals, not computed). */
const EXP_COEFFICIENTS = [
  1 / 87178291200, 1 / 6227020800, 1 / 479001600, 1 / 39916800, 1 / 3628800, 1 / 362880, 1 / 40320, 1 / 5040, 1 / 720, 1 / 120,
  1 / 24, 1 / 6, 1 / 2, 1, 1,
];

/** e^x, within 2 ulp of the true value, identical in every JavaScript engine. */
export function exactExp(x: number): number {
  if (Number.isNaN(x)) return x;
  if (x > 709.782712893384) return Infinity;
  if (x < -745.1332191019412) return 0;
  // x = k ln 2 + r with |r| ≤ ½ ln 2; e^r by its Taylor series to r¹⁴/14! (error < 1e−17).
  const k = Math.round(x * INV_LN2);
  const r = x - k * LN2_HI - k * LN2_LO;
  let p = EXP_COEFFICIENTS[0];
  for (let i = 1; i < EXP_COEFFICIENTS.length; i++) p = p * r + EXP_COEFFICIENTS[i];
  return k < -1022 ? p * pow2(k + 1022) * pow2(-1022) : p * pow2(k);
}

/** The logistic sigmoid on exactExp, for training; neither branch overflows. */
export function exactSigmoid(z: number): number {
  if (z >= 0) return 1 / (1 + exactExp(-z));
  const e = exactExp(z);
  return e / (1 + e);
}

/** sin 2πx, identical in every JavaScript engine. */
export function exactSinTurns(x: number): number {
  // Reduce to t in [−¼, ¼] turn, where sin 2πt = sin 2π(½ − t) folds the rest.
  let t = x - Math.round(x);
  if (t > 0.25) t = 0.5 - t;
  else if (t < -0.25) t = -0.5 - t;
  const theta = 2 * Math.PI * t;
  const theta2 = theta * theta;
  // Taylor series to θ²³/23! (|θ| ≤ π/2: error < 1e−17).
  let s = 1;
  for (let n = 22; n >= 2; n -= 2) s = 1 - (theta2 * s) / (n * (n + 1));
  return theta * s;
}
