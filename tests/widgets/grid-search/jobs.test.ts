import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { digitsArraysFromText } from '@/components/widgets/grid-search/digits-data';
import { CHANCE_LEVEL, cellLabel, summarise } from '@/components/widgets/grid-search/format';
import { runGridJob } from '@/components/widgets/grid-search/jobs';
import { DEFAULT_GRID, type CellResult } from '@/components/widgets/grid-search/model';

const data = digitsArraysFromText(readFileSync('public/data/digits.csv', 'utf8'), readFileSync('public/data/digits-split.json', 'utf8'));

describe('runGridJob(job)', () => {
  test('replies once per cell in grid order, then done; the η = 10 row diverges for large λ', () => {
    const replies = [...runGridJob({ data, etas: [1e-4, 10], lambdas: [1e-5, 1], settings: { ...DEFAULT_GRID, epochs: 1 } })];
    expect(replies.map((r) => r.type)).toEqual(['cell', 'cell', 'cell', 'cell', 'done']);
    const cells = replies.flatMap((r) => (r.type === 'cell' ? [r] : []));
    expect(cells.map((c) => [c.row, c.col])).toEqual([[0, 0], [0, 1], [1, 0], [1, 1]]);
    expect(cells[3].result.divergedAt).toBe(1);
    expect(cells[0].result.divergedAt).toBeNull();
  });
});

describe('summarise(results, tab) and cellLabel', () => {
  const cell = (eta: number, lambda: number, acc: number, divergedAt: number | null = null): CellResult => ({
    eta, lambda, losses: [1], trainAccuracy: acc, testAccuracy: acc - 0.01, divergedAt,
  });
  test('counts chance-level and diverged cells and finds the best', () => {
    const results = [[cell(1e-4, 1e-5, 0.1), null], [cell(1, 1e-5, 0.97), cell(1, 1, NaN, 1)]];
    const s = summarise(results, 'train');
    expect(s.trained).toBe(3);
    expect(s.diverged).toBe(1);
    expect(s.atChance).toBe(1);
    expect(s.best?.eta).toBe(1);
    expect(CHANCE_LEVEL).toBe(0.15);
  });
  test('labels say the numbers in words', () => {
    expect(cellLabel(0.01, 1e-3, null, 'test')).toBe('η = 10⁻², λ = 10⁻³: not trained yet');
    expect(cellLabel(1, 1e-5, cell(1, 1e-5, 0.974), 'test')).toBe('η = 1, λ = 10⁻⁵: test accuracy 96.4%');
    expect(cellLabel(1, 1, { ...cell(1, 1, NaN, 1), losses: [Infinity] }, 'test')).toBe('η = 1, λ = 1: diverged in epoch 1: the training loss reached ∞, above 23');
  });
});
