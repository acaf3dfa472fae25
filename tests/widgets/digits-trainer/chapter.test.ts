// The chapter's paragraph on the trainer prints what the trainer computes.
import { expect, test } from 'vitest';
import { expectChapterToPrint } from '@/tests/content/chapter-text';
import { DEFAULT_SETTINGS, DigitsTrainer, evaluateTest, type TrainSettings } from '@/components/widgets/digits-trainer/model';
import { digits } from './data';

function run(over: Partial<TrainSettings>, epochs = 30) {
  const t = new DigitsTrainer(digits, { ...DEFAULT_SETTINGS, ...over, epochs });
  const correct: number[] = [];
  while (!t.finished) if (t.advance(1e9)) correct.push(evaluateTest(t.evaluationNet(), digits.testX, digits.testY).correct);
  return { t, correct, loss: t.evaluate().train.loss };
}

test('the chapter prints the defaults and seed 1’s result (training.test.ts checks 353 and epoch 6)', () => {
  expect(DEFAULT_SETTINGS).toMatchObject({ hidden: 50, activation: 'tanh', lr: 0.2, momentum: 0.9, schedule: 'cosine', averaging: true, batch: 32, epochs: 30, seed: 1 });
  expectChapterToPrint('training', '<DigitsTrainer />', 'passes 97.5% (351 of 360) after epoch 6', '**353 of 360 (98.1%)**', '$\\eta = 0.2$', 'momentum 0.9');
});

test('“raise η to 5 to see a run diverge”', () => {
  expectChapterToPrint('training', 'Raise $\\eta$ to 5 to see a run diverge');
  expect(run({ lr: 5 }).t.diverged).toBe(true);
});

test('“sigmoid units or plain SGD … learning slow down”: both trail the defaults after 6 epochs', () => {
  expectChapterToPrint('training', 'sigmoid units or plain SGD (momentum 0, constant schedule) to see learning slow down');
  const defaults = run({}, 6);
  const sigmoid = run({ activation: 'sigmoid' }, 6);
  const plain = run({ momentum: 0, schedule: 'constant' }, 6);
  expect(sigmoid.loss).toBeGreaterThan(2 * defaults.loss);
  expect(plain.loss).toBeGreaterThan(2 * defaults.loss);
  // After 6 epochs (a 6-epoch cosine schedule): 349 of 360 right with the defaults, 343 with sigmoid units, 341 with plain SGD.
  expect([defaults.correct.at(-1), sigmoid.correct.at(-1), plain.correct.at(-1)]).toEqual([349, 343, 341]);
});
