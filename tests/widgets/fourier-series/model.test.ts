import { describe, expect, test } from 'vitest';
import { coefficient, convolutionTheorem, fft, partialSums, peakOfPartialSum, squareWave } from '@/components/widgets/fourier-series/model';

describe('the square wave of the notes (T = 0.2, w = 0.1, F = 2)', () => {
  // Convolution chapter, "The square wave and its Fourier series": f_0/2 = 1 and the table of f_n.
  test('coefficients: f0/2 = 1, f1 = 4/π, f2 = 0, f3 = −4/(3π), f5 = 4/(5π), f7 = −4/(7π)', () => {
    expect(coefficient(0)).toBeCloseTo(1, 14);
    expect(coefficient(1)).toBeCloseTo(1.2732, 4);
    expect(coefficient(2)).toBeCloseTo(0, 14);
    expect(coefficient(3)).toBeCloseTo(-0.4244, 4);
    expect(coefficient(5)).toBeCloseTo(0.2546, 4);
    expect(coefficient(7)).toBeCloseTo(-0.1819, 4);
  });
  test('the wave: 2 inside the pulse, 0 outside, 1 on an edge, periodic', () => {
    expect([squareWave(0), squareWave(0.04), squareWave(0.06), squareWave(0.05), squareWave(0.2), squareWave(-0.14)]).toEqual([2, 2, 0, 1, 2, 0]);
  });
  test('S_N(0) → 2 (Leibniz) and S_N(w/2) = 1 at the jump, for every N', () => {
    const [atZero, atEdge] = partialSums([0, 0.05], 199);
    expect(atZero).toBeCloseTo(2, 2);
    expect(atEdge).toBeCloseTo(1, 12);
  });
  test('S_N approaches the wave away from the jumps: |S_199 − F| < 0.01 at t = 0.02 and 0.08', () => {
    const s = partialSums([0.02, 0.08], 199);
    expect(Math.abs(s[0] - 2)).toBeLessThan(0.01);
    expect(Math.abs(s[1])).toBeLessThan(0.01);
  });
  test('Gibbs: with 499 harmonics the maximum is 2.179 (the chapter’s number), and it does not shrink with N', () => {
    expect(peakOfPartialSum(499).value).toBeCloseTo(2.179, 3);
    const peaks = [25, 51, 101, 199].map((n) => peakOfPartialSum(n).value);
    // The overshoot tends to about 8.95% of the jump 2, i.e. 2.179; it never drops below 2.17.
    peaks.forEach((p) => expect(p).toBeGreaterThan(2.17));
    expect(peakOfPartialSum(199).t).toBeGreaterThan(0.049);
  });
});

describe('FFT and the convolution theorem', () => {
  test('fft of (1, 2, 3, 0) against the DFT by definition', () => {
    const x = [1, 2, 3, 0];
    const X = fft({ re: Float64Array.from(x), im: new Float64Array(4) });
    for (let k = 0; k < 4; k++) {
      const re = x.reduce((s, v, j) => s + v * Math.cos((-2 * Math.PI * j * k) / 4), 0);
      const im = x.reduce((s, v, j) => s + v * Math.sin((-2 * Math.PI * j * k) / 4), 0);
      expect(X.re[k]).toBeCloseTo(re, 12);
      expect(X.im[k]).toBeCloseTo(im, 12);
    }
  });
  test('inverse fft undoes fft', () => {
    const x = { re: Float64Array.from([0.5, -1, 2, 3, 0, 0, 7, 1]), im: new Float64Array(8) };
    const back = fft(fft(x), true);
    Array.from(back.re).forEach((v, k) => expect(v).toBeCloseTo(x.re[k], 12));
  });
  // Chapter, "The discrete version, and why it needs zero padding".
  test('N = 4: the circular convolution (36, 34, 28, 34), not α ∗ β', () => {
    const r = convolutionTheorem([1, 2, 3], [4, 5, 6, 7], 4);
    expect(Array.from(r.viaFft, (v) => Math.round(v * 1e9) / 1e9)).toEqual([36, 34, 28, 34]);
    expect(r.enough).toBe(false);
    expect(r.difference).toBeCloseTo(32, 9);
  });
  test('N = 8 ≥ 6: exactly (4, 13, 28, 34, 32, 21) up to rounding', () => {
    const r = convolutionTheorem([1, 2, 3], [4, 5, 6, 7], 8);
    expect(Array.from(r.viaFft.subarray(0, 6), (v) => Math.round(v * 1e9) / 1e9)).toEqual([4, 13, 28, 34, 32, 21]);
    expect(r.enough).toBe(true);
    expect(r.difference).toBeLessThan(1e-12);
  });
});
