// The numbers the training chapter prints about the minibatch-noise widget, recomputed with the
// widget's own model and found in the text.
import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { expectChapterToPrint } from '@/tests/content/chapter-text';
import { digitsArraysFromText } from '@/components/widgets/grid-search/digits-data';
import { DEFAULT_NOISE, runToEnd, type LossPoint } from '@/components/widgets/minibatch-noise/model';

const data = digitsArraysFromText(readFileSync('public/data/digits.csv', 'utf8'), readFileSync('public/data/digits-split.json', 'utf8'));
const ends = (points: LossPoint[]) => points.filter((p) => Number.isInteger(p.epoch)).map((p) => p.loss);

test('η = 1, 10 epochs, seed 1: the chapter prints each run’s losses', () => {
  expect(DEFAULT_NOISE).toMatchObject({ hidden: 30, eta: 1, epochs: 10, seed: 1 });
  const b1 = ends(runToEnd(data, 1, DEFAULT_NOISE));
  const b32 = ends(runToEnd(data, 32, DEFAULT_NOISE));
  const full = ends(runToEnd(data, 0, DEFAULT_NOISE));
  const later = b1.slice(2);
  expectChapterToPrint(
    'training',
    `to ${b1[1].toFixed(3)} after one epoch`,
    `wanders between ${Math.min(...later).toFixed(3)} and ${Math.max(...later).toFixed(3)}`,
    `still at ${full[10].toFixed(3)}, barely\nbelow the ${full[0].toFixed(3)} it started from`,
    `to ${b32[10].toFixed(3)}.`,
    '<MinibatchNoise />',
  );
}, 60_000);

test('η = 0.3: batch 1 ends lowest, at 0.013', () => {
  const settings = { ...DEFAULT_NOISE, eta: 0.3 };
  const b1 = runToEnd(data, 1, settings).at(-1)!.loss;
  const b32 = runToEnd(data, 32, settings).at(-1)!.loss;
  const full = runToEnd(data, 0, settings).at(-1)!.loss;
  expect(b1).toBeLessThan(Math.min(b32, full));
  expectChapterToPrint('training', `ends\nlowest, at ${b1.toFixed(3)}`);
}, 60_000);
