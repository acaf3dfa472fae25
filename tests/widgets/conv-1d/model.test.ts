import { describe, expect, test } from 'vitest';
import { fmt, fullOutput, isFullOverlap, KERNEL_PRESETS, outputIndex, parseList, productsAt } from '@/components/widgets/conv-1d/model';

/** Independent reference: y(t) = Σ_a x(a) w(t − a) straight from equation (conv-discrete). */
function convolveByDefinition(x: number[], w: number[]): number[] {
  return Array.from({ length: x.length + w.length - 1 }, (_, t) => x.reduce((s, xa, a) => s + (t - a >= 0 && t - a < w.length ? xa * w[t - a] : 0), 0));
}

/** Independent reference: c(ℓ) = Σ_j w(j) x(ℓ + j) for ℓ = −(k − 1) … n − 1. */
function crossByDefinition(x: number[], w: number[]): number[] {
  const out: number[] = [];
  for (let l = -(w.length - 1); l < x.length; l++) out.push(w.reduce((s, wj, j) => s + (l + j >= 0 && l + j < x.length ? wj * x[l + j] : 0), 0));
  return out;
}

const x = [1, 4, 2, 8];

describe('the chapter’s worked examples', () => {
  // Convolution chapter, "The discrete definition": x = (1, 4, 2, 8), w = (½, ½) → (0.5, 2.5, 3, 5, 4).
  test('moving average x=[4] k=2 → 0.5, 2.5, 3, 5, 4', () => {
    expect(Array.from(fullOutput(x, [0.5, 0.5], 'conv'))).toEqual([0.5, 2.5, 3, 5, 4]);
  });
  // "Cross-correlation, the deep-learning convolution": w = (1, −1); fully overlapping values
  // (3, −2, 6) by convolution and (−3, 2, −6) by cross-correlation.
  test('difference kernel: convolution (3, −2, 6), cross-correlation (−3, 2, −6) where they fully overlap', () => {
    const conv = Array.from(fullOutput(x, [1, -1], 'conv'));
    const cross = Array.from(fullOutput(x, [1, -1], 'cross'));
    expect(conv).toEqual([1, 3, -2, 6, -8]);
    expect(cross).toEqual([-1, -3, 2, -6, 8]);
    expect([1, 2, 3].filter((t) => isFullOverlap(t, 4, 2)).map((t) => conv[t])).toEqual([3, -2, 6]);
    expect([1, 2, 3].map((t) => cross[t])).toEqual([-3, 2, -6]);
  });
  test('the second difference of t² is 2 wherever the kernel fits', () => {
    const out = fullOutput([0, 1, 4, 9, 16, 25, 36, 49], [1, -2, 1], 'conv');
    expect(Array.from(out.subarray(2, 8))).toEqual([2, 2, 2, 2, 2, 2]);
  });
});

describe('fullOutput agrees with the definitions', () => {
  const signal = [0.5, -1, 2, 3.25, 0, -4, 1];
  test.each(Object.entries(KERNEL_PRESETS))('%s', (_name, preset) => {
    const w = [...preset.values];
    const conv = fullOutput(signal, w, 'conv');
    convolveByDefinition(signal, w).forEach((v, t) => expect(conv[t]).toBeCloseTo(v, 12));
    const cross = fullOutput(signal, w, 'cross');
    crossByDefinition(signal, w).forEach((v, t) => expect(cross[t]).toBeCloseTo(v, 12));
  });
  test('an asymmetric kernel: convolution and cross-correlation differ', () => {
    const w = [1, 2, 3];
    expect(Array.from(fullOutput([1, 0, 0], w, 'conv'))).toEqual([1, 2, 3, 0, 0]);
    expect(Array.from(fullOutput([1, 0, 0], w, 'cross'))).toEqual([3, 2, 1, 0, 0]);
  });
});

describe('productsAt takes one position apart', () => {
  test('y(1) for the moving average: 1·0.5 + 4·0.5, running 0.5 → 2.5', () => {
    const p = productsAt(x, [0.5, 0.5], 'conv', 1);
    expect(p.map((q) => [q.index, q.kernelIndex, q.product])).toEqual([[0, 1, 0.5], [1, 0, 2]]);
    expect(p.map((q) => q.running)).toEqual([0.5, 2.5]);
  });
  test('every position’s last running sum is the output there', () => {
    const w = [1, -2, 1];
    for (const mode of ['conv', 'cross'] as const) {
      const out = fullOutput(x, w, mode);
      for (let t = 0; t < out.length; t++) {
        const p = productsAt(x, w, mode, t);
        expect(p[p.length - 1].running).toBeCloseTo(out[t], 12);
      }
    }
  });
  test('cross-correlation at position 1 is lag 0: c(0) = x(0)·w(0) + x(1)·w(1) = 1 − 4 = −3', () => {
    expect(outputIndex(1, 2, 'cross')).toBe(0);
    const p = productsAt(x, [1, -1], 'cross', 1);
    expect(p.map((q) => [q.index, q.kernelIndex])).toEqual([[0, 0], [1, 1]]);
    expect(p[1].running).toBe(-3);
  });
});

describe('parseList explains typos', () => {
  test('reads commas and spaces, and a true minus sign', () => {
    expect(parseList('1, −2 3', 'kernel', 1, 9, 100)).toEqual({ ok: true, values: [1, -2, 3] });
  });
  test.each([
    ['1, x, 3', 'Entry 2 of the kernel, “x”, is not a number.'],
    ['', 'The kernel needs at least 1 value.'],
    ['1e6', 'Entry 1 of the kernel, 1e6, is outside ±100.'],
    ['1,2,3,4,5,6,7,8,9,10', 'The kernel can have at most 9 values; 10 were typed.'],
    ['NaN', 'Entry 1 of the kernel, “NaN”, is not a number.'],
  ])('“%s”', (text, message) => {
    expect(parseList(text, 'kernel', 1, 9, 100)).toEqual({ ok: false, message });
  });
  test('fmt prints a true minus and no −0', () => {
    expect([fmt(-0.0001), fmt(-2.5), fmt(1 / 3)]).toEqual(['0', '−2.5', '0.333']);
  });
});
