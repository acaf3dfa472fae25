import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { createRng } from '@/lib/engine';
import { evaluate, FusedMlp } from '@/lib/engine/fast';
import { digitsArraysFromText } from '@/components/widgets/grid-search/digits-data';
import { runNoiseJob } from '@/components/widgets/minibatch-noise/jobs';
import {
  batchSize, checkpointEvery, checkNoiseSettings, DEFAULT_NOISE, firstBelow, isDiverged, runToEnd, updatesPerEpoch,
} from '@/components/widgets/minibatch-noise/model';

const data = digitsArraysFromText(readFileSync('public/data/digits.csv', 'utf8'), readFileSync('public/data/digits-split.json', 'utf8'));
const N = 1437;

describe('updatesPerEpoch(N, B) = ⌈N/B⌉', () => {
  test('N = 1437: B = 1 → 1437, B = 32 → 45, B = 200 → 8, B = 1437 → 1', () => {
    expect([1, 32, 200, 1437].map((b) => updatesPerEpoch(N, b))).toEqual([1437, 45, 8, 1]);
  });
  test('batch 0 (the full-batch choice) means all 1437 rows', () => {
    expect(batchSize(0, N)).toBe(1437);
    expect(batchSize(32, N)).toBe(32);
  });
  test('throws for a batch that is not a positive integer', () => {
    expect(() => updatesPerEpoch(N, 0)).toThrow(/batch must be a positive integer, got 0/);
  });
  test('checkpoints every ⌈updates / 8⌉ updates', () => {
    expect([1437, 45, 1].map(checkpointEvery)).toEqual([180, 6, 1]);
  });
});

describe('runToEnd(data, B, η = 1, 10 epochs, seed 1)', () => {
  const settings = DEFAULT_NOISE;
  const runs = { b1: runToEnd(data, 1, settings), b32: runToEnd(data, 32, settings), full: runToEnd(data, 0, settings) };
  const ends = (points: typeof runs.b1) => points.filter((p) => Number.isInteger(p.epoch)).map((p) => p.loss);

  test('each run makes exactly epochs × ⌈1437/B⌉ updates', () => {
    expect(runs.b1.at(-1)?.updates).toBe(10 * 1437);
    expect(runs.b32.at(-1)?.updates).toBe(10 * 45);
    expect(runs.full.at(-1)?.updates).toBe(10);
    // a start point plus 8 checkpoints per epoch (1 for the full batch)
    expect([runs.b1.length, runs.b32.length, runs.full.length]).toEqual([81, 81, 11]);
  });

  test('all three start from the same weights: the same initial loss 2.4250', () => {
    expect(runs.b1[0].loss).toBeCloseTo(2.425, 3);
    expect(runs.b32[0].loss).toBe(runs.b1[0].loss);
    expect(runs.full[0].loss).toBe(runs.b1[0].loss);
  });

  test('golden losses after 10 epochs: batch 32 at 0.1116, the full batch at 2.0468, batch 1 at 0.3925', () => {
    // From this seeded run (float32 engine); a rerun must give the same numbers.
    expect(ends(runs.b32)[10]).toBeCloseTo(0.1116, 4);
    expect(ends(runs.full)[10]).toBeCloseTo(2.0468, 4);
    expect(ends(runs.b1)[10]).toBeCloseTo(0.3925, 4);
    expect(runToEnd(data, 32, settings)).toEqual(runs.b32);
  });

  test('batch 1 is noisy (its loss rises between epochs), batch 32 and the full batch fall every epoch', () => {
    const rises = (l: number[]) => l.slice(1).filter((v, i) => v > l[i]).length;
    expect(rises(ends(runs.b1))).toBeGreaterThanOrEqual(3);
    expect(rises(ends(runs.b32))).toBe(0);
    expect(rises(ends(runs.full))).toBe(0);
  });

  test('batch 1 is fastest per epoch at first, batch 32 ends lowest, the full batch barely moves', () => {
    expect(firstBelow(runs.b1, 1)?.epoch).toBeLessThan(1);
    expect(firstBelow(runs.b32, 1)?.epoch).toBeGreaterThan(1);
    expect(firstBelow(runs.full, 2)).toBeNull();
  });

  test('one full-batch epoch is one step of gradient descent on the whole training set', () => {
    // Independent reference: the same network built directly, one lossAndGradients on all 1437 rows, one step.
    const net = new FusedMlp({ sizes: [64, 30, 10], maxBatch: N, rng: createRng(1) });
    net.trainStep(data.trainX, data.trainY, N, { lr: 1 });
    expect(runs.full[1].loss).toBeCloseTo(evaluate(net, data.trainX, data.trainY, N).loss, 6);
  });
});

describe('trainRun clock and divergence', () => {
  test('seconds add up only the clock time of the updates', () => {
    let t = 0;
    const points = runToEnd(data, 0, { ...DEFAULT_NOISE, epochs: 2 }, () => (t += 5));
    // each of the 2 updates reads the clock twice, 5 ms apart
    expect(points.map((p) => p.seconds)).toEqual([0, 0.005, 0.01]);
  });
  test('isDiverged: NaN, ∞ and losses above 23', () => {
    expect([NaN, Infinity, 24].map(isDiverged)).toEqual([true, true, true]);
    expect(isDiverged(2.3)).toBe(false);
  });
  test('nonsense settings throw with the setting named', () => {
    expect(() => checkNoiseSettings({ ...DEFAULT_NOISE, eta: 0 })).toThrow(/η must be a positive number, got 0/);
    expect(() => checkNoiseSettings({ ...DEFAULT_NOISE, epochs: 1.5 })).toThrow(/epochs must be a whole number/);
  });
});

describe('runNoiseJob', () => {
  test('the three runs take turns and each ends with run-done, then done', () => {
    const replies = [...runNoiseJob({ data, settings: { ...DEFAULT_NOISE, epochs: 1 } })];
    expect(replies.slice(0, 3).map((r) => (r.type === 'point' ? r.run : -1))).toEqual([0, 1, 2]);
    expect(replies.filter((r) => r.type === 'run-done')).toHaveLength(3);
    expect(replies.at(-1)).toEqual({ type: 'done' });
    expect(replies.filter((r) => r.type === 'point' && r.run === 2)).toHaveLength(2);
  });
});
