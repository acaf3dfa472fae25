// The iterated map f(x) = 3x(1 − x): compositions and the chain-rule derivative against the
// chapter's table (hand-computed products of 3 − 6x_k along the orbit) and central differences.
import { describe, expect, test } from 'vitest';
import { compose, fmt, LOG_FLOOR, map, probe, sampleCurve } from '@/components/widgets/iterated-map/model';

// The recurrent-networks chapter's table of d fⁿ/dx (x₀) for n = 1, 2, 3, 4, 8.
const TABLE: [number, number[]][] = [
  [0, [3, 9, 27, 81, 6561]],
  [0.01, [2.94, 8.2961, 20.5849, 32.4906, 7.2374]],
  [0.45, [0.3, -0.4365, 0.1927, -0.2703, -0.1447]],
  [0.5, [0, 0, 0, 0, 0]],
];
const NS = [1, 2, 3, 4, 8];

describe('probe(x₀, n)', () => {
  for (const [x0, row] of TABLE) {
    test(`x₀ = ${x0}: the chapter's derivatives for n = 1, 2, 3, 4, 8`, () => {
      NS.forEach((n, i) => expect(probe(x0, n).derivative).toBeCloseTo(row[i], 4));
    });
  }

  test('f(0.01) = 0.0297 and f²(0.01) = 0.086436…: the orbit by hand', () => {
    expect(probe(0.01, 1).value).toBeCloseTo(0.0297, 12);
    expect(probe(0.01, 2).value).toBeCloseTo(3 * 0.0297 * 0.9703, 12);
    expect(probe(0.01, 3).orbit.map((s) => s.factor)).toEqual([3 - 6 * 0.01, 3 - 6 * 0.0297, 3 - 6 * compose(0.01, 2)].map((v) => expect.closeTo(v, 12)));
  });

  test('the flat spots of f²: x = (3 ± √3)/6 map to ½, so the derivative is 0', () => {
    for (const x of [(3 - Math.sqrt(3)) / 6, (3 + Math.sqrt(3)) / 6]) {
      expect(map(x)).toBeCloseTo(0.5, 12);
      expect(Math.abs(probe(x, 2).derivative)).toBeLessThan(1e-12);
    }
  });

  test('the fixed point 2/3 has factor −1 at every step', () => {
    expect(probe(2 / 3, 10).derivative).toBeCloseTo(1, 10);
    expect(probe(2 / 3, 9).derivative).toBeCloseTo(-1, 10);
  });
});

describe('the chain rule against central finite differences', () => {
  const eps = 1e-6;
  for (let n = 1; n <= 10; n++) {
    test(`n = ${n}, at 9 points of (0, 1)`, () => {
      for (const x0 of [0.01, 0.1, 0.2, 0.3, 0.45, 0.55, 0.7, 0.85, 0.99]) {
        const fd = (compose(x0 + eps, n) - compose(x0 - eps, n)) / (2 * eps);
        const exact = probe(x0, n).derivative;
        expect(Math.abs(fd - exact)).toBeLessThan(1e-5 * Math.max(1, Math.abs(exact)));
      }
    });
  }
  test('the chapter’s check: (f⁴(0.01 + ε) − f⁴(0.01 − ε))/2ε = 32.4906', () => {
    expect((compose(0.01 + eps, 4) - compose(0.01 - eps, 4)) / (2 * eps)).toBeCloseTo(32.4906, 3);
  });
});

describe('sampleCurve', () => {
  test('f¹⁰ on [0, 1]: 801 points, |slope| 3¹⁰ = 59049 at x = 0, values inside [0, 1]', () => {
    const c = sampleCurve(10);
    expect(c.x).toHaveLength(801);
    expect(c.slope[0]).toBe(59049);
    expect(Math.min(...c.value)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...c.value)).toBeLessThanOrEqual(0.75 + 1e-12);
    expect(c.slope[400]).toBe(0);
    expect(LOG_FLOOR).toBeGreaterThan(0);
  });
});

describe('fmt', () => {
  test('4 significant digits, e-notation for very large and very small', () => {
    expect(fmt(32.49063)).toBe('32.49');
    expect(fmt(59049)).toBe('59049');
    expect(fmt(3 ** 12)).toBe('5.314e5');
    expect(fmt(1.2e-7)).toBe('1.200e-7');
    expect(fmt(0)).toBe('0');
  });
});
