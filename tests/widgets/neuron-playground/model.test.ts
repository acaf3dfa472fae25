import { describe, expect, test } from 'vitest';
import {
  boundarySegment,
  classify,
  dataset,
  outputProfile,
  output,
  predict,
  ruleStep,
  runRule,
  weightArrow,
  weightedInput,
  type Neuron,
  type Point,
} from '@/components/widgets/neuron-playground/model';
import { describeStep, lineEquation, verdict, XOR_EXPLANATION } from '@/components/widgets/neuron-playground/rule-text';

// The chapter's worked example starts here (neurons chapter, "Learning AND").
const START: Neuron = { w1: 0.3, w2: 0.4, b: 0.1 };
const ETA = 0.1;

/**
 * An independent perceptron, written out separately from the model: plain arrays, epochs from
 * the first point, stop after an epoch without a mistake.
 */
function referencePerceptron(targets: number[], w0: number[], b0: number, eta: number, maxEpochs: number) {
  const xs = [
    [0, 0],
    [0, 1],
    [1, 0],
    [1, 1],
  ];
  const w = [...w0];
  let b = b0;
  let updates = 0;
  for (let epoch = 1; epoch <= maxEpochs; epoch++) {
    let mistakes = 0;
    for (let i = 0; i < 4; i++) {
      const y = w[0] * xs[i][0] + w[1] * xs[i][1] + b > 0 ? 1 : 0;
      const e = targets[i] - y;
      if (e !== 0) {
        mistakes++;
        updates++;
        w[0] += eta * e * xs[i][0];
        w[1] += eta * e * xs[i][1];
        b += eta * e;
      }
    }
    if (mistakes === 0) return { w, b, updates, converged: true };
  }
  return { w, b, updates, converged: false };
}

describe('dataset(name, seed)', () => {
  test('AND, OR and XOR are the four corners in the chapter order with their targets', () => {
    const corners = (name: 'and' | 'or' | 'xor') => dataset(name, 1).map((p) => `${p.x1}${p.x2}:${p.t}`);
    expect(corners('and')).toEqual(['00:0', '01:0', '10:0', '11:1']);
    expect(corners('or')).toEqual(['00:0', '01:1', '10:1', '11:1']);
    expect(corners('xor')).toEqual(['00:0', '01:1', '10:1', '11:0']);
  });

  test('blobs: 10 + 10 points, the same for the same seed, different for another seed', () => {
    const a = dataset('blobs', 7);
    expect(a).toHaveLength(20);
    expect(a.filter((p) => p.t === 1)).toHaveLength(10);
    expect(dataset('blobs', 7)).toEqual(a);
    expect(dataset('blobs', 8)).not.toEqual(a);
    for (const p of a) {
      expect(p.x1).toBeGreaterThan(-0.5);
      expect(p.x1).toBeLessThan(1.5);
      expect(p.x2).toBeGreaterThan(-0.5);
      expect(p.x2).toBeLessThan(1.5);
    }
    // Class 1 sits up and to the right of class 0 on average.
    const mean = (t: 0 | 1) => a.filter((p) => p.t === t).reduce((s, p) => s + p.x1 + p.x2, 0) / 10;
    expect(mean(1) - mean(0)).toBeGreaterThan(1);
  });
});

describe('output(f, z)', () => {
  test('H(0) = 0 and H(0.1) = 1; σ(1) = 0.7311; σ(−2) = 0.1192; tanh(1) = 0.7616', () => {
    expect(output('heaviside', 0)).toBe(0);
    expect(output('heaviside', 0.1)).toBe(1);
    expect(output('sigmoid', 1)).toBeCloseTo(0.7310585786, 9);
    expect(output('sigmoid', -2)).toBeCloseTo(0.1192029220, 9);
    expect(output('sigmoid', -800)).toBe(0);
    expect(output('tanh', 1)).toBeCloseTo(0.7615941560, 9);
  });

  test('outputProfile runs along w from the lowest z to the highest, and finds the line', () => {
    // w = (1, 0), b = −0.5 on [0, 2]²: z = x₁ − 0.5 runs from −0.5 at x₁ = 0 to 1.5 at x₁ = 2.
    const p = outputProfile({ w1: 1, w2: 0, b: -0.5 }, 'sigmoid', 5, 0, 2);
    if ('constant' in p) throw new Error('expected a profile');
    expect(p.from).toEqual([0, 1]);
    expect(p.to).toEqual([2, 1]);
    expect(p.values[0]).toBeCloseTo(1 / (1 + Math.exp(0.5)), 12);
    expect(p.values[4]).toBeCloseTo(1 / (1 + Math.exp(-1.5)), 12);
    // z = 0 at x₁ = 0.5, a quarter of the way.
    expect(p.edge).toBeCloseTo(0.25, 12);
    // Along (1, 1) the profile reaches the far corners: from (0, 0) to (2, 2).
    const d = outputProfile({ w1: 1, w2: 1, b: -2 }, 'heaviside', 3, 0, 2);
    if ('constant' in d) throw new Error('expected a profile');
    expect(d.from[0]).toBeCloseTo(0, 12);
    expect(d.to[1]).toBeCloseTo(2, 12);
    expect(d.values).toEqual([0, 0, 1]);
    expect(d.edge).toBeCloseTo(0.5, 12);
    expect(outputProfile({ w1: 0, w2: 0, b: -1 }, 'tanh')).toEqual({ constant: Math.tanh(-1) });
  });
});

describe('classify', () => {
  test('the chapter start fires on all four AND inputs: z = 0.1, 0.5, 0.4, 0.8, so 1 of 4 right', () => {
    const and = dataset('and', 1);
    const z = and.map((p) => weightedInput(START, p));
    [0.1, 0.5, 0.4, 0.8].forEach((v, i) => expect(z[i]).toBeCloseTo(v, 14));
    const c = classify(START, and);
    expect(c.correct).toBe(1);
    expect(c.byClass).toEqual([
      { total: 3, correct: 0 },
      { total: 1, correct: 1 },
    ]);
  });

  test('the learned AND line x₁ + x₂ = 1.5 gets all four; on XOR the best line gets 3 of 4', () => {
    expect(classify({ w1: 0.2, w2: 0.2, b: -0.3 }, dataset('and', 1)).correct).toBe(4);
    const xor = dataset('xor', 1);
    // x₁ + x₂ = 0.5 (figure "XOR" of the chapter) misclassifies only (1, 1).
    const c = classify({ w1: 1, w2: 1, b: -0.5 }, xor);
    expect(c.correct).toBe(3);
    expect(c.byClass).toEqual([
      { total: 2, correct: 1 },
      { total: 2, correct: 2 },
    ]);
  });

  test('a point exactly on the line is class 0, because H(0) = 0', () => {
    expect(predict({ w1: 1, w2: 1, b: -1 }, { x1: 1, x2: 0, t: 0 })).toBe(0);
  });
});

describe('the perceptron rule', () => {
  test('one step on (0, 0) from the chapter start: z = 0.1, y = 1, t − y = −1, b to 0', () => {
    const s = ruleStep(START, dataset('and', 1), 0, ETA);
    expect(s.z).toBeCloseTo(0.1, 15);
    expect(s.y).toBe(1);
    expect(s.error).toBe(-1);
    expect(s.after).toEqual({ w1: 0.3, w2: 0.4, b: 0 });
    expect(describeStep(s, 4, ETA)).toEqual([
      'Point 1 of 4: x = (0, 0), target t = 0.',
      'z = 0.3·0 + 0.4·0 + 0.1 = 0.1, so y = H(0.1) = 1.',
      't − y = 0 − 1 = −1: a mistake, so',
      'w ← (0.3, 0.4) + 0.1·(−1)·(0, 0) = (0.3, 0.4),',
      'b ← 0.1 + 0.1·(−1) = 0.',
    ]);
  });

  test('AND from the chapter start: 4 updates in 3 epochs, ending at w = (0.2, 0.2), b = −0.3', () => {
    const run = runRule(START, dataset('and', 1), 0, ETA, 1000, true);
    const ref = referencePerceptron([0, 0, 0, 1], [0.3, 0.4], 0.1, 0.1, 100);
    expect(run.converged).toBe(true);
    expect(run.updates).toBe(4);
    expect(ref.updates).toBe(4);
    // The fourth update comes at the 6th presentation, (0, 1) of epoch 2; from then on all four
    // points are right, which is what the chapter's third epoch confirms, so the run stops there.
    expect(run.presented).toBe(6);
    // The hand calculation of the chapter's table …
    expect(run.neuron.w1).toBeCloseTo(0.2, 14);
    expect(run.neuron.w2).toBeCloseTo(0.2, 14);
    expect(run.neuron.b).toBeCloseTo(-0.3, 14);
    // … and bit for bit the separate loop.
    expect([run.neuron.w1, run.neuron.w2, run.neuron.b]).toEqual([...ref.w, ref.b]);
    expect(classify(run.neuron, dataset('and', 1)).correct).toBe(4);
  });

  test('OR from the chapter start: 1 update (the bias, on (0, 0)), ending at w = (0.3, 0.4), b = 0', () => {
    const run = runRule(START, dataset('or', 1), 0, ETA, 1000, true);
    const ref = referencePerceptron([0, 1, 1, 1], [0.3, 0.4], 0.1, 0.1, 100);
    expect(run.updates).toBe(1);
    expect(ref.updates).toBe(1);
    expect(run.neuron).toEqual({ w1: 0.3, w2: 0.4, b: 0 });
    expect([ref.w[0], ref.w[1], ref.b]).toEqual([0.3, 0.4, 0]);
    expect(lineEquation(run.neuron)).toBe('0.3x₁ + 0.4x₂ + 0 = 0');
  });

  test('OR from the exercise start (0.1, 0), −0.4: 3 updates to w = (0.2, 0.2), b = −0.1', () => {
    const run = runRule({ w1: 0.1, w2: 0, b: -0.4 }, dataset('or', 1), 0, ETA, 1000, true);
    expect(run.updates).toBe(3);
    expect(run.neuron.w1).toBeCloseTo(0.2, 14);
    expect(run.neuron.w2).toBeCloseTo(0.2, 14);
    expect(run.neuron.b).toBeCloseTo(-0.1, 14);
  });

  test('XOR never converges: 1000 epochs, a mistake in every one, and the cycle the chapter describes', () => {
    const xor = dataset('xor', 1);
    const run = runRule(START, xor, 0, ETA, 4000, true);
    expect(run.converged).toBe(false);
    expect(run.presented).toBe(4000);
    expect(referencePerceptron([0, 1, 1, 0], [0.3, 0.4], 0.1, 0.1, 1000).converged).toBe(false);
    // From the tenth epoch on, every epoch ends at w = (−0.1, −0.1), b = 0.1 (floating point).
    let n = START;
    for (let epoch = 1; epoch <= 12; epoch++) {
      const r = runRule(n, xor, 0, ETA, 4);
      expect(r.updates).toBeGreaterThan(0);
      n = r.neuron;
      if (epoch >= 10) {
        expect(n.w1).toBeCloseTo(-0.1, 12);
        expect(n.w2).toBeCloseTo(-0.1, 12);
        expect(n.b).toBeCloseTo(0.1, 12);
      }
    }
  });

  test('runRule wraps around from a later start and reports the next index', () => {
    const r = runRule(START, dataset('and', 1), 3, ETA, 2);
    expect(r.presented).toBe(2);
    expect(r.next).toBe(1);
    expect(r.last?.index).toBe(0);
  });

  test('the two blobs of seed 1 are separated by the rule within 100 epochs', () => {
    const blobs = dataset('blobs', 1);
    const run = runRule(START, blobs, 0, ETA, 100 * blobs.length, true);
    expect(run.converged).toBe(true);
    expect(classify(run.neuron, blobs).correct).toBe(20);
  });
});

describe('boundarySegment', () => {
  test('x₁ + x₂ = 1.5 crosses the square [−0.5, 1.5]² from (0, 1.5) to (1.5, 0)', () => {
    const seg = boundarySegment({ w1: 0.2, w2: 0.2, b: -0.3 })!;
    const ends = seg.map(([a, b]) => [Number(a.toFixed(9)) + 0, Number(b.toFixed(9)) + 0]).sort((p, q) => p[0] - q[0]);
    expect(ends).toEqual([
      [0, 1.5],
      [1.5, 0],
    ]);
  });

  test('no line when w = 0, or when the line misses the square', () => {
    expect(boundarySegment({ w1: 0, w2: 0, b: 1 })).toBeNull();
    expect(boundarySegment({ w1: 1, w2: 0, b: -5 })).toBeNull();
  });
});

describe('verdict', () => {
  test('XOR after a full epoch says a single neuron cannot separate it, and why', () => {
    expect(verdict('xor', 4, 3, 2, false, false)?.kind).toBe('not-yet');
    const v = verdict('xor', 4, 4, 3, false, false)!;
    expect(v.kind).toBe('xor');
    expect(v.text).toContain(XOR_EXPLANATION);
    expect(v.text).toContain('4 points presented (1 full epoch), 3 updates.');
  });

  test('converged and capped-out runs say so', () => {
    expect(verdict('and', 4, 8, 4, true, false)?.text).toMatch(/^Converged/);
    expect(verdict('blobs', 20, 2000, 300, false, true)?.text).toMatch(/^After 100 epochs the rule still makes mistakes/);
    expect(verdict('and', 4, 0, 0, false, false)).toBeNull();
  });
});

const _typecheck: Point = { x1: 0, x2: 0, t: 0 };
void _typecheck;

describe('weightArrow', () => {
  test('for x₁ + x₂ = 1.5 it starts at (0.75, 0.75) and points along (1, 1)/√2', () => {
    const a = weightArrow({ w1: 0.2, w2: 0.2, b: -0.3 }, 0.35)!;
    expect(a.from[0]).toBeCloseTo(0.75, 12);
    expect(a.from[1]).toBeCloseTo(0.75, 12);
    expect(a.to[0] - a.from[0]).toBeCloseTo(0.35 / Math.SQRT2, 12);
    expect(a.to[1] - a.from[1]).toBeCloseTo(0.35 / Math.SQRT2, 12);
    expect(weightArrow({ w1: 0, w2: 0, b: 1 })).toBeNull();
  });
});
