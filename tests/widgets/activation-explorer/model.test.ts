import { describe, expect, test } from 'vitest';
import { ACTIVATION_NAMES, ACTIVATIONS, probe, saturatedIntervals } from '@/components/widgets/activation-explorer/model';
import * as engine from '@/lib/engine';

const ALPHA = { leaky: 0.01, elu: 1 };
const alphaFor = (name: string) => (name === 'elu' ? ALPHA.elu : ALPHA.leaky);
// Points away from every kink (0 for ReLU-type, −2/3 where maxout's pieces cross).
const XS = [-4.3, -1.7, -0.4, 0.3, 1, 2.6, 5.1];

describe('activation values against independent references', () => {
  // Reference values from the closed forms evaluated in double precision (NumPy 2.4):
  // 1/(1+e^-1), σ(1)(1−σ(1)), 1−tanh²(0.5), e^-1 − 1, 1/(2+e).
  test.each([
    ['sigmoid', 1, 0.7310585786300049, 0.19661193324148185],
    ['tanh', 0.5, 0.46211715726000974, 0.7864477329659274],
    ['elu', -1, -0.6321205588285577, 0.36787944117144233],
    ['softmax', 0, 0.21194155761708547, 0.16702233377192913],
    ['relu', -2, 0, 0],
    ['leaky-relu', -2, -0.02, 0.01],
    ['heaviside', 0, 0, 0],
    ['heaviside', 0.001, 1, 0],
    ['maxout', -3, 0.5, -0.5],
  ] as const)('%s(%f) = %f with slope %f', (name, x, value, slope) => {
    const at = probe(ACTIVATIONS[name], x, alphaFor(name));
    expect(at.y).toBeCloseTo(value, 14);
    expect(at.slope).toBeCloseTo(slope, 14);
  });
});

describe('every derivative matches a central finite difference', () => {
  const h = 1e-6;
  test.each(ACTIVATION_NAMES.filter((n) => n !== 'heaviside'))('%s', (name) => {
    const a = ACTIVATIONS[name];
    const alpha = alphaFor(name);
    for (const x of XS) {
      const numeric = (a.f(x + h, alpha) - a.f(x - h, alpha)) / (2 * h);
      expect(a.df(x, alpha)).toBeCloseTo(numeric, 7);
    }
  });
});

describe("every derivative matches the engine's autograd", () => {
  const engineOps: Partial<Record<string, (t: engine.Tensor) => engine.Tensor>> = {
    sigmoid: engine.sigmoid,
    tanh: engine.tanh,
    relu: engine.relu,
    'leaky-relu': (t) => engine.leakyRelu(t, ALPHA.leaky),
    elu: (t) => engine.elu(t, ALPHA.elu),
    heaviside: engine.heaviside,
  };
  // The explorer's softmax view is the first output for logits (x, 0, 1): one row per x.
  const logits = (t: engine.Tensor) => engine.concat([engine.reshape(t, [-1, 1]), engine.zeros([XS.length, 1]), engine.ones([XS.length, 1])], 1);
  engineOps.softmax = (t) => engine.reshape(engine.slice(engine.softmax(logits(t), 1), [0, 0], [XS.length, 1]), [-1]);
  test.each(Object.keys(engineOps))('%s', (name) => {
    const a = ACTIVATIONS[name as keyof typeof ACTIVATIONS];
    const op = engineOps[name]!;
    const x = engine.tensor(XS, { requiresGrad: true });
    const y = op(x);
    engine.sum(y).backward();
    XS.forEach((xi, i) => {
      expect(a.f(xi, alphaFor(name))).toBeCloseTo(y.data[i], 12);
      // The step's derivative is zero everywhere it exists, so the engine records no gradient.
      expect(a.df(xi, alphaFor(name))).toBeCloseTo(x.grad?.data[i] ?? 0, 12);
    });
  });
});

describe('saturatedIntervals()', () => {
  test('sigmoid saturates for |x| > 2.887 (σ(1 − σ) = 0.05, solved by hand)', () => {
    // σ(1−σ) = 0.05 ⇒ σ = (1 + √0.8)/2 ⇒ x = ln(σ/(1−σ)) = 2.8872…
    const edge = Math.log((1 + Math.sqrt(0.8)) / (1 - Math.sqrt(0.8)));
    const [left, right] = saturatedIntervals(ACTIVATIONS.sigmoid, 0, -6, 6);
    expect(left[0]).toBe(-6);
    expect(left[1]).toBeCloseTo(-edge, 1);
    expect(right[0]).toBeCloseTo(edge, 1);
    expect(right[1]).toBe(6);
  });

  test('ReLU is flat exactly on the negative half and nowhere else', () => {
    const intervals = saturatedIntervals(ACTIVATIONS.relu, 0, -6, 6);
    expect(intervals).toHaveLength(1);
    expect(intervals[0][0]).toBe(-6);
    expect(intervals[0][1]).toBeCloseTo(0, 1);
  });

  test('a leaky ReLU with slope 0.1 never saturates, with 0.01 it does', () => {
    expect(saturatedIntervals(ACTIVATIONS['leaky-relu'], 0.1, -6, 6)).toEqual([]);
    expect(saturatedIntervals(ACTIVATIONS['leaky-relu'], 0.01, -6, 6)).toHaveLength(1);
  });

  test('the Heaviside step is flat everywhere', () => {
    expect(saturatedIntervals(ACTIVATIONS.heaviside, 0, -3, 3)).toEqual([[-3, 3]]);
  });
});

test('the tangent at x passes through (x, f(x)) with slope f′(x)', () => {
  const at = probe(ACTIVATIONS.tanh, 0.7, 0);
  expect(at.tangent(0.7)).toBeCloseTo(Math.tanh(0.7), 15);
  expect(at.tangent(1.7) - at.tangent(0.7)).toBeCloseTo(1 - Math.tanh(0.7) ** 2, 15);
});
