import { describe, expect, test } from 'vitest';
import { exactExp, exactSinTurns } from '@/components/widgets/universal-approximator/exact-math';

describe('exactExp', () => {
  test('agrees with Math.exp to 3e−16 (relative) from −745 to 709', () => {
    let worst = 0;
    for (let i = 0; i <= 20000; i++) {
      const x = -745 + (1454 * i) / 20000;
      const want = Math.exp(x);
      if (want < 1e-300) continue;
      worst = Math.max(worst, Math.abs(exactExp(x) - want) / want);
    }
    expect(worst).toBeLessThan(3e-16);
  });

  test('exact where e^x is known: e^0 = 1, e^1, e^(k ln 2) = 2^k', () => {
    expect(exactExp(0)).toBe(1);
    expect(exactExp(1)).toBeCloseTo(2.718281828459045, 15);
    expect(exactExp(-1)).toBeCloseTo(0.36787944117144233, 16);
    expect(exactExp(10 * Math.LN2)).toBeCloseTo(1024, 10);
  });

  test('overflows to Infinity, underflows to 0 and passes NaN on', () => {
    expect(exactExp(710)).toBe(Infinity);
    expect(exactExp(-746)).toBe(0);
    expect(exactExp(-740)).toBeGreaterThan(0);
    expect(exactExp(Number.NaN)).toBeNaN();
  });
});

describe('exactSinTurns', () => {
  test('sin 2πx: 0, 1, 0, −1 at the quarter turns and Math.sin to 2e−15 between', () => {
    expect(exactSinTurns(0)).toBe(0);
    expect(exactSinTurns(0.25)).toBeCloseTo(1, 15);
    expect(exactSinTurns(0.75)).toBeCloseTo(-1, 15);
    expect(Math.abs(exactSinTurns(0.5))).toBeLessThan(1e-15);
    for (let i = 0; i <= 1000; i++) {
      const x = -2 + (4 * i) / 1000;
      expect(Math.abs(exactSinTurns(x) - Math.sin(2 * Math.PI * x))).toBeLessThan(2e-15);
    }
  });
});
