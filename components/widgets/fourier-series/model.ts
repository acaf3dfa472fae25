// The square wave of the notes (period T = 0.2, pulse width w = 0.1, height F = 2) and its Fourier
// partial sums, equations square-coefficients and square-series of the convolution chapter:
//   S_N(t) = Fw/T + Σ_{n=1}^{N} f_n cos(2πnt/T),   f_n = (2F/(πn)) sin(πnw/T);
// and the convolution theorem for sequences: IFFT(FFT(α)·FFT(β)) is the circular convolution,
// which equals α ∗ β once both are zero-padded to N ≥ n_α + n_β − 1.
import { convolve1d, noGrad } from '@/lib/engine';

export interface SquareWave {
  period: number;
  width: number;
  height: number;
}

export const NOTES_WAVE: SquareWave = { period: 0.2, width: 0.1, height: 2 };

/** F(t): height inside the pulse centred on 0 (repeated every period), 0 outside, the midpoint on an edge. */
export function squareWave(t: number, wave: SquareWave = NOTES_WAVE): number {
  const { period: T, width: w, height: F } = wave;
  const u = Math.abs(t - T * Math.round(t / T));
  if (Math.abs(u - w / 2) < 1e-12) return F / 2;
  return u < w / 2 ? F : 0;
}

/** f_n for n ≥ 1, and f_0/2 (the mean) for n = 0. */
export function coefficient(n: number, wave: SquareWave = NOTES_WAVE): number {
  const { period: T, width: w, height: F } = wave;
  if (n === 0) return (F * w) / T;
  return ((2 * F) / (Math.PI * n)) * Math.sin((Math.PI * n * w) / T);
}

/** S_N(t) at every t, with the harmonics n ≤ N. */
export function partialSums(ts: readonly number[], harmonics: number, wave: SquareWave = NOTES_WAVE): Float64Array {
  const f = Float64Array.from({ length: harmonics + 1 }, (_, n) => coefficient(n, wave));
  const out = new Float64Array(ts.length);
  const omega = (2 * Math.PI) / wave.period;
  for (let k = 0; k < ts.length; k++) {
    let s = f[0];
    for (let n = 1; n <= harmonics; n++) if (f[n] !== 0) s += f[n] * Math.cos(n * omega * ts[k]);
    out[k] = s;
  }
  return out;
}

/** The largest value of S_N, searched inside the pulse near its edge, where the Gibbs overshoot sits. */
export function peakOfPartialSum(harmonics: number, wave: SquareWave = NOTES_WAVE): { t: number; value: number } {
  const edge = wave.width / 2;
  // The overshoot peaks about half a period of the highest harmonic inside the edge; search the
  // whole half pulse coarsely, then refine around the best sample.
  const coarse = Array.from({ length: 2001 }, (_, k) => (edge * k) / 2000);
  const values = partialSums(coarse, harmonics, wave);
  let best = 0;
  for (let k = 1; k < values.length; k++) if (values[k] > values[best]) best = k;
  const step = edge / 2000;
  const fine = Array.from({ length: 201 }, (_, k) => coarse[best] - step + (2 * step * k) / 200);
  const fineValues = partialSums(fine, harmonics, wave);
  let top = 0;
  for (let k = 1; k < fineValues.length; k++) if (fineValues[k] > fineValues[top]) top = k;
  return { t: fine[top], value: fineValues[top] };
}

export interface Complex {
  re: Float64Array;
  im: Float64Array;
}

/** In-place radix-2 FFT (sign −1) or inverse (sign +1, scaled by 1/N); N must be a power of 2. */
export function fft(input: Complex, inverse = false): Complex {
  const n = input.re.length;
  if (n === 0 || (n & (n - 1)) !== 0) throw new RangeError(`fft: length ${n} must be a power of 2`);
  const re = Float64Array.from(input.re);
  const im = Float64Array.from(input.im);
  for (let i = 1, j = 0; i < n; i++) {
    let bit = n >> 1;
    for (; j & bit; bit >>= 1) j ^= bit;
    j ^= bit;
    if (i < j) {
      [re[i], re[j]] = [re[j], re[i]];
      [im[i], im[j]] = [im[j], im[i]];
    }
  }
  for (let len = 2; len <= n; len <<= 1) {
    const angle = ((inverse ? 2 : -2) * Math.PI) / len;
    for (let start = 0; start < n; start += len) {
      for (let k = 0; k < len / 2; k++) {
        const wr = Math.cos(angle * k);
        const wi = Math.sin(angle * k);
        const a = start + k;
        const b = a + len / 2;
        const xr = re[b] * wr - im[b] * wi;
        const xi = re[b] * wi + im[b] * wr;
        re[b] = re[a] - xr;
        im[b] = im[a] - xi;
        re[a] += xr;
        im[a] += xi;
      }
    }
  }
  if (inverse) for (let k = 0; k < n; k++) (re[k] /= n), (im[k] /= n);
  return { re, im };
}

export interface TheoremResult {
  size: number;
  alphaHat: Complex;
  betaHat: Complex;
  /** Real part of IFFT(FFT(α)·FFT(β)), length N. */
  viaFft: Float64Array;
  /** α ∗ β from the engine's convolve1d, length n_α + n_β − 1. */
  direct: Float64Array;
  /** max |viaFft − direct| over the direct's length (the FFT result read as zero beyond N). */
  difference: number;
  /** True when N ≥ n_α + n_β − 1, so nothing wraps around. */
  enough: boolean;
}

/** FFT, multiply, inverse FFT, against direct convolution. */
export function convolutionTheorem(alpha: readonly number[], beta: readonly number[], size: number): TheoremResult {
  const pad = (xs: readonly number[]) => {
    const re = new Float64Array(size);
    xs.forEach((v, i) => {
      re[i % size] += v;
    });
    return { re, im: new Float64Array(size) };
  };
  const alphaHat = fft(pad(alpha));
  const betaHat = fft(pad(beta));
  const product = { re: new Float64Array(size), im: new Float64Array(size) };
  for (let k = 0; k < size; k++) {
    product.re[k] = alphaHat.re[k] * betaHat.re[k] - alphaHat.im[k] * betaHat.im[k];
    product.im[k] = alphaHat.re[k] * betaHat.im[k] + alphaHat.im[k] * betaHat.re[k];
  }
  const viaFft = fft(product, true).re;
  const direct = Float64Array.from(noGrad(() => convolve1d(alpha, beta)).data);
  let difference = 0;
  for (let k = 0; k < Math.max(direct.length, size); k++) difference = Math.max(difference, Math.abs((k < size ? viaFft[k] : 0) - (k < direct.length ? direct[k] : 0)));
  return { size, alphaHat, betaHat, viaFft, direct, difference, enough: size >= alpha.length + beta.length - 1 };
}
