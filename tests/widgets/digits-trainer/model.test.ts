// What the trainer shows: confusion matrix, mistakes, and live classification of one image.
import { describe, expect, test } from 'vitest';
import { FusedMlp } from '@/lib/engine/fast';
import { createRng } from '@/lib/engine';
import {
  argmax, classify, confusionMatrix, DEFAULT_SETTINGS, DigitsTrainer, evaluateTest, formatAccuracy, snapshotOf, softmax,
} from '@/components/widgets/digits-trainer/model';
import { digits } from './data';

describe('confusionMatrix(truth, guess)', () => {
  test('counts pairs by hand: truth [0,0,1,2,2,2], guess [0,1,1,2,0,2]', () => {
    expect(confusionMatrix([0, 0, 1, 2, 2, 2], [0, 1, 1, 2, 0, 2], 3)).toEqual([
      [1, 1, 0],
      [0, 1, 0],
      [1, 0, 2],
    ]);
  });

  test('throws when the lengths differ', () => {
    expect(() => confusionMatrix([1, 2], [1])).toThrow(/2 labels but 1 guesses/);
  });
});

describe('softmax and argmax', () => {
  test('softmax([1, 2, 3]) = [0.0900, 0.2447, 0.6652], and it survives z = 1000', () => {
    const p = softmax([1, 2, 3]);
    [0.09003057, 0.24472847, 0.66524096].forEach((v, i) => expect(p[i]).toBeCloseTo(v, 7));
    expect(softmax([1000, 1000])).toEqual([0.5, 0.5]);
  });

  test('argmax picks the first of equal maxima, within a row', () => {
    expect(argmax([1, 5, 5, 2])).toBe(1);
    expect(argmax([9, 9, 0, 3, 1], 2, 3)).toBe(1);
  });
});

describe('classify(snapshot, pixels)', () => {
  test.each(['tanh', 'sigmoid', 'relu'] as const)('matches FusedMlp.forward on five test digits (%s)', (activation) => {
    const net = new FusedMlp({ sizes: [64, 12, 10], activation, maxBatch: 5, rng: createRng(3) });
    const snap = snapshotOf(net);
    const x = digits.testX.slice(0, 5 * 64);
    const reference = net.forward(x, 5);
    for (let i = 0; i < 5; i++) {
      const pixels = Array.from(x.subarray(i * 64, i * 64 + 64), (v) => v * 16);
      const p = classify(snap, pixels);
      expect(p.reduce((s, v) => s + v, 0)).toBeCloseTo(1, 12);
      p.forEach((v, j) => expect(v).toBeCloseTo(reference[i * 10 + j], 5));
    }
  });

  test('throws for an image of the wrong size', () => {
    const snap = snapshotOf(new FusedMlp({ sizes: [64, 3, 10], maxBatch: 1 }));
    expect(() => classify(snap, [1, 2, 3])).toThrow(/takes 64 pixels, got 3/);
  });
});

describe('evaluateTest after two epochs at the defaults (seed 1)', () => {
  const t = new DigitsTrainer(digits, { ...DEFAULT_SETTINGS, epochs: 2 });
  while (!t.finished) t.advance(1e9);
  const e = evaluateTest(t.evaluationNet(), digits.testX, digits.testY);

  test('the confusion matrix holds all 360 digits, its diagonal the correct ones', () => {
    const total = e.confusion.flat().reduce((s, v) => s + v, 0);
    const diagonal = e.confusion.reduce((s, row, i) => s + row[i], 0);
    expect(total).toBe(360);
    expect(diagonal).toBe(e.correct);
    expect(e.mistakes.length).toBe(360 - e.correct);
    // Each row sums to that class's test count (the split is stratified: 35 to 37 per class).
    e.confusion.forEach((row, digit) => expect(row.reduce((s, v) => s + v, 0)).toBe(digits.testY.filter((y) => y === digit).length));
  });

  test('each mistake carries its test image (0..16), its truth, and a guess that is its most probable class', () => {
    for (const m of e.mistakes) {
      expect(m.truth).toBe(digits.testY[m.index]);
      expect(m.guess).not.toBe(m.truth);
      expect(m.guess).toBe(argmax(m.probabilities));
      expect(m.pixels).toEqual(Array.from(digits.testX.subarray(m.index * 64, m.index * 64 + 64), (v) => Math.round(v * 16)));
      expect(Math.max(...m.pixels)).toBeLessThanOrEqual(16);
    }
  });

  test('classify on a mistake’s pixels gives the same guess as the evaluation', () => {
    const snap = snapshotOf(t.evaluationNet());
    for (const m of e.mistakes) expect(argmax(classify(snap, m.pixels))).toBe(m.guess);
  });
});

test('formatAccuracy(351, 360) = "351 of 360 (97.5%)"', () => {
  expect(formatAccuracy(351, 360)).toBe('351 of 360 (97.5%)');
});
