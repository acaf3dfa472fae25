// The numbers the training chapter prints about the grid-search widget, recomputed with the
// widget's own model and found in the text.
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { expectChapterToPrint } from '@/tests/content/chapter-text';
import { digitsArraysFromText } from '@/components/widgets/grid-search/digits-data';
import { CHANCE_LEVEL, percent, summarise } from '@/components/widgets/grid-search/format';
import { ETAS_BY_RANGE, LAMBDAS } from '@/components/widgets/grid-search/grid';
import { runGridJob } from '@/components/widgets/grid-search/jobs';
import { DEFAULT_GRID, trainCell, type CellResult } from '@/components/widgets/grid-search/model';

const data = digitsArraysFromText(readFileSync('public/data/digits.csv', 'utf8'), readFileSync('public/data/digits-split.json', 'utf8'));

describe('the default grid (64-30-10 sigmoid, batch 32, 6 epochs, seed 1)', () => {
  test('best 95.8% at η = 1, λ = 10⁻⁵ (96.9% training); 16 of 30 at chance; only η = 1, λ = 1 diverges', () => {
    const etas = ETAS_BY_RANGE['1e-4..1'];
    const results: (CellResult | null)[][] = etas.map(() => LAMBDAS.map(() => null));
    for (const reply of runGridJob({ data, etas, lambdas: LAMBDAS, settings: DEFAULT_GRID })) {
      if (reply.type === 'cell') results[reply.row][reply.col] = reply.result;
    }
    const test = summarise(results, 'test');
    expect(test.best && [test.best.eta, test.best.lambda]).toEqual([1, 1e-5]);
    expect(percent(test.best!.testAccuracy)).toBe('95.8%');
    expect(percent(test.best!.trainAccuracy)).toBe('96.9%');
    expect(test.atChance).toBe(16);
    expect(test.diverged).toBe(1);
    expect(results[4][5]?.divergedAt).toBe(1);
    // the two smallest learning rates learn nothing anywhere
    expect(results.slice(0, 2).flat().every((c) => c!.testAccuracy <= CHANCE_LEVEL)).toBe(true);
    expect(DEFAULT_GRID).toMatchObject({ hidden: 30, epochs: 6, batch: 32, seed: 1 });
    expectChapterToPrint('training', '**95.8%** (345 of 360)', '96.9% on the training set', '**16 of\nthe 30**', '(at most 15%)', '<GridSearch />');
  }, 60_000);

  test('at η = 10 the small-λ network falls to 54.2% and λ = 0.1 and 1 diverge', () => {
    const row = LAMBDAS.map((lambda) => trainCell(data, 10, lambda, DEFAULT_GRID));
    expect(percent(row[0].testAccuracy)).toBe('54.2%');
    expect(row.map((c) => c.divergedAt !== null)).toEqual([false, false, false, false, true, true]);
    expectChapterToPrint('training', 'fall back to 54.2% and the two largest $\\lambda$\ndiverge');
  }, 60_000);
});
