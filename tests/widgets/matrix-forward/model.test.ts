import { describe, expect, test } from 'vitest';
import { add, matmul, relu, sigmoid, tanh, tensor, type Tensor } from '@/lib/engine';
import {
  activate,
  activationText,
  DEFAULT_PARAMS,
  fmt,
  forward,
  layer,
  randomParams,
  signOf,
  sumOfProducts,
  toRows,
  type ActivationName,
  type Params,
} from '@/components/widgets/matrix-forward/model';

const data = (t: Tensor) => Array.from(t.data);

/** The same forward pass with the engine, as the chapter's listing writes it. */
function engineForward(p: Params, f: ActivationName) {
  const act = (t: Tensor) => (f === 'sigmoid' ? sigmoid(t) : f === 'tanh' ? tanh(t) : f === 'relu' ? relu(t) : t);
  const z1 = add(matmul(tensor(toRows(p.w1, 3)), tensor([...p.x])), tensor([...p.b1]));
  const a1 = act(z1);
  const z2 = add(matmul(tensor(toRows(p.w2, 3)), a1), tensor([...p.b2]));
  return { z1: data(z1), a1: data(a1), z2: data(z2), a2: data(act(z2)) };
}

describe('forward(params, f) on the chapter worked example', () => {
  const [l1, l2] = forward(DEFAULT_PARAMS, 'sigmoid');

  test('layer 1 by hand: z¹ = (0, 0.75, −0.3), a¹ = (0.5, 0.6792, 0.4256)', () => {
    // Row 2 by hand: 0.5·1 + 0.3·0.5 + (−0.2)(−1) − 0.1 = 0.5 + 0.15 + 0.2 − 0.1 = 0.75.
    expect(l1.z[0]).toBeCloseTo(0, 14);
    expect(l1.z[1]).toBeCloseTo(0.75, 14);
    expect(l1.z[2]).toBeCloseTo(-0.3, 14);
    expect(l1.a.map((v) => fmt(v))).toEqual(['0.5', '0.6792', '0.4256']);
    expect(l1.products[1]).toEqual([0.5, 0.15, 0.2]);
  });

  test('layer 2 by hand: z² = (0.1381, 0.3696), a² = (0.5345, 0.5914)', () => {
    // σ(0.75) = 1/(1 + e^−0.75) = 0.679178699; σ(−0.3) = 0.425557483.
    const s75 = 1 / (1 + Math.exp(-0.75));
    const s03 = 1 / (1 + Math.exp(0.3));
    const z21 = 0.6 * 0.5 - 0.5 * s75 + 0.3 * s03 + 0.05;
    const z22 = -0.2 * 0.5 + 0.4 * s75 + 0.7 * s03 - 0.1;
    expect(l2.z[0]).toBeCloseTo(z21, 14);
    expect(l2.z[1]).toBeCloseTo(z22, 14);
    expect(l2.z.map((v) => fmt(v))).toEqual(['0.1381', '0.3696']);
    expect(l2.a.map((v) => fmt(v))).toEqual(['0.5345', '0.5914']);
  });

  test.each(['sigmoid', 'tanh', 'relu', 'identity'] as const)('equals the engine matmul/add bit for bit with f = %s', (f) => {
    const [a, b] = forward(DEFAULT_PARAMS, f);
    const e = engineForward(DEFAULT_PARAMS, f);
    expect(a.z).toEqual(e.z1);
    expect(a.a).toEqual(e.a1);
    expect(b.z).toEqual(e.z2);
    expect(b.a).toEqual(e.a2);
  });

  test('equals the engine on 20 seeded random parameter sets', () => {
    for (let seed = 1; seed <= 20; seed++) {
      const p = randomParams(seed);
      const [a, b] = forward(p, 'tanh');
      const e = engineForward(p, 'tanh');
      expect(a.z).toEqual(e.z1);
      expect(b.a).toEqual(e.a2);
    }
  });
});

describe('the sums of products the widget prints', () => {
  const [l1, l2] = forward(DEFAULT_PARAMS, 'sigmoid');

  test('z¹₂ is the chapter example, number for number', () => {
    expect(sumOfProducts(l1, 1)).toBe('0.5·1.0 + 0.3·0.5 + (−0.2)·(−1.0) + (−0.1) = 0.75');
    expect(activationText('sigmoid', l1, 1)).toBe('σ(0.75) = 0.6792');
  });

  test('z¹₁ cancels to exactly 0 on screen (rounding dust is not shown)', () => {
    expect(sumOfProducts(l1, 0)).toBe('0.2·1.0 + (−0.4)·0.5 + 0.1·(−1.0) + 0.1 = 0');
    expect(signOf(l1.z[0])).toBe('zero');
  });

  test('z²₁ uses the hidden activations: 0.6·0.5 + (−0.5)·0.6792 + 0.3·0.4256 + 0.05 = 0.1381', () => {
    expect(sumOfProducts(l2, 0)).toBe('0.6·0.5 + (−0.5)·0.6792 + 0.3·0.4256 + 0.05 = 0.1381');
  });
});

describe('layer and activate', () => {
  test('a 2 × 2 layer by hand: [[1, 2], [3, 4]]·(1, −1) + (0.5, 0) = (−0.5, −1)', () => {
    const r = layer([[1, 2], [3, 4]], [0.5, 0], [1, -1], 'relu');
    expect(r.z).toEqual([-0.5, -1]);
    expect(r.a).toEqual([0, 0]);
  });

  test('activations at z = 0.75: σ = 0.679179, tanh = 0.635149, ReLU = 0.75', () => {
    expect(activate('sigmoid', 0.75)).toBeCloseTo(0.679178699, 9);
    expect(activate('tanh', 0.75)).toBeCloseTo(0.635148952, 9);
    expect(activate('relu', 0.75)).toBe(0.75);
    expect(activate('relu', -0.75)).toBe(0);
    expect(activate('identity', -0.75)).toBe(-0.75);
  });
});

describe('randomParams(seed)', () => {
  test('the same seed gives the same numbers, one decimal each, inside [−1, 1]', () => {
    const a = randomParams(3);
    expect(randomParams(3)).toEqual(a);
    expect(randomParams(4)).not.toEqual(a);
    const all = [...a.x, ...a.w1, ...a.b1, ...a.w2, ...a.b2];
    expect(all).toHaveLength(23);
    for (const v of all) {
      expect(Math.abs(v)).toBeLessThanOrEqual(1);
      expect(Math.round(v * 10) / 10).toBe(v);
      expect(Object.is(v, -0)).toBe(false);
    }
  });
});

describe('fmt', () => {
  test('whole numbers keep one decimal, negatives get a real minus, dust is 0', () => {
    expect(fmt(1)).toBe('1.0');
    expect(fmt(-0.2)).toBe('−0.2');
    expect(fmt(2.7755575615628914e-17)).toBe('0');
    expect(fmt(0.679178699)).toBe('0.6792');
  });
});
