// The LSTM stepper's per-gate numbers against a hand computation of the chapter's worked example
// ("One LSTM step by hand"), against plain scalar formulas for every later step, and against the
// engine's LSTMCell (itself checked against PyTorch in tests/engine/golden.test.ts).
import { describe, expect, test } from 'vitest';
import { CHAPTER_WEIGHTS, engineCell, runLstm, stepTex, weightsForSeed, type LstmWeights } from '@/components/widgets/lstm-gates/model';
import { tensor } from '@/lib/engine';

const sig = (z: number) => 1 / (1 + Math.exp(-z));

/** An independent scalar LSTM step, written straight from the chapter's equations. */
function handStep(w: LstmWeights, x: number, h: number, c: number) {
  const lin = (g: keyof LstmWeights) => w[g].wh * h + w[g].wx * x + w[g].b;
  const f = sig(lin('forget'));
  const i = sig(lin('input'));
  const g = Math.tanh(lin('candidate'));
  const o = sig(lin('output'));
  const cNext = f * c + i * g;
  return { f, i, g, o, c: cNext, h: o * Math.tanh(cNext) };
}

describe('runLstm: the chapter’s worked step (h₀ = 0.2, C₀ = 0.5, x₁ = 1)', () => {
  const [s] = runLstm([1], 0.2, 0.5, CHAPTER_WEIGHTS);
  test('pre-activations 1.4, 0.68, 1.04, 0.84', () => {
    expect(s.z.forget).toBeCloseTo(1.4, 12);
    expect(s.z.input).toBeCloseTo(0.68, 12);
    expect(s.z.candidate).toBeCloseTo(1.04, 12);
    expect(s.z.output).toBeCloseTo(0.84, 12);
  });
  test('f = 0.8022, i = 0.6637, C̃ = 0.7779, o = 0.6985 (the chapter’s four decimals)', () => {
    expect(s.f).toBeCloseTo(0.8022, 4);
    expect(s.i).toBeCloseTo(0.6637, 4);
    expect(s.g).toBeCloseTo(0.7779, 4);
    expect(s.o).toBeCloseTo(0.6985, 4);
  });
  test('C₁ = 0.9174 and h₁ = 0.5062', () => {
    expect(s.c).toBeCloseTo(0.9174, 4);
    expect(s.h).toBeCloseTo(0.5062, 4);
  });
});

describe('runLstm over a sequence', () => {
  const xs = [1, 1, -1, 0, 0.5];
  for (const seed of [0, 1, 42]) {
    test(`seed ${seed}: every gate of every step equals the scalar formulas, and the state is carried`, () => {
      const w = weightsForSeed(seed);
      const steps = runLstm(xs, 0.2, 0.5, w);
      let h = 0.2;
      let c = 0.5;
      steps.forEach((s, k) => {
        const ref = handStep(w, xs[k], h, c);
        expect(s.hPrev).toBeCloseTo(h, 14);
        expect(s.cPrev).toBeCloseTo(c, 14);
        for (const key of ['f', 'i', 'g', 'o', 'c', 'h'] as const) expect(s[key]).toBeCloseTo(ref[key], 12);
        h = ref.h;
        c = ref.c;
      });
    });
  }

  test('h and C equal the engine LSTMCell run by hand over the same sequence', () => {
    const w = weightsForSeed(7);
    const cell = engineCell(w);
    let state = { h: tensor([[0.2]]), c: tensor([[0.5]]) };
    const steps = runLstm(xs, 0.2, 0.5, w);
    xs.forEach((x, k) => {
      state = cell.forward(tensor([[x]]), state);
      expect(steps[k].h).toBe(state.h.data[0]);
      expect(steps[k].c).toBe(state.c.data[0]);
    });
  });

  test('gates are consistent with the cell: C = f C₋ + i C̃ and h = o tanh(C)', () => {
    for (const s of runLstm(xs, -0.3, 2, weightsForSeed(3))) {
      expect(s.c).toBeCloseTo(s.f * s.cPrev + s.i * s.g, 14);
      expect(s.h).toBeCloseTo(s.o * Math.tanh(s.c), 14);
    }
  });

  test('f = 1 and i = 0 hold the memory exactly (the chapter’s exercise)', () => {
    const hold: LstmWeights = { forget: { wh: 0, wx: 0, b: 50 }, input: { wh: 0, wx: 0, b: -50 }, candidate: { wh: 1, wx: 1, b: 0 }, output: { wh: 0, wx: 0, b: 0 } };
    const steps = runLstm([3, -2, 1], 0, 0.7, hold);
    for (const s of steps) expect(s.c).toBeCloseTo(0.7, 12);
  });
});

describe('weightsForSeed', () => {
  test('seed 0 is the chapter’s table; other seeds are reproducible, two-decimal, in range', () => {
    expect(weightsForSeed(0)).toEqual(CHAPTER_WEIGHTS);
    expect(weightsForSeed(5)).toEqual(weightsForSeed(5));
    expect(weightsForSeed(5)).not.toEqual(weightsForSeed(6));
    for (const g of Object.values(weightsForSeed(9))) {
      for (const v of [g.wh, g.wx, g.b]) {
        expect(Math.round(v * 100) / 100).toBe(v);
        expect(Math.abs(v)).toBeLessThanOrEqual(2);
      }
    }
    expect(weightsForSeed(9).forget.b).toBeGreaterThanOrEqual(0);
  });
});

describe('stepTex', () => {
  test('the worked step’s equations carry its numbers', () => {
    const [s] = runLstm([1], 0.2, 0.5, CHAPTER_WEIGHTS);
    const tex = stepTex(s, CHAPTER_WEIGHTS);
    expect(tex.f).toBe('f_{1} = \\sigma(0.5 \\cdot 0.2000 + 0.3 \\cdot 1 + 1) = \\sigma(1.4000) = 0.8022');
    expect(tex.c).toContain('= 0.9174');
    expect(tex.h).toContain('0.6985 \\cdot \\tanh(0.9174) = 0.5062');
  });
  test('negative numbers are parenthesised', () => {
    const [s] = runLstm([-1], -0.2, 0.5, CHAPTER_WEIGHTS);
    expect(stepTex(s, CHAPTER_WEIGHTS).f).toContain('0.5 \\cdot (-0.2000) + 0.3 \\cdot (-1) + 1');
  });
});
