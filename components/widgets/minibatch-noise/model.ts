// Minibatch noise: the same 64-H-10 sigmoid network, from the same seeded initial weights, trained
// by minibatch SGD with batch sizes 1, 32 and the full training set (1437), at one learning rate.
// Each run reports the loss on the whole training set several times per epoch, so a curve shows
// both how far an epoch gets and how erratic the path is. Pure: the clock is passed in.
import { createRng } from '@/lib/engine';
import { evaluate, FusedMlp } from '@/lib/engine/fast';
import { DIGIT_CLASSES, DIGIT_PIXELS } from '@/lib/data/digits';
import type { DigitsArrays } from '@/components/widgets/grid-search/digits-data';

/** 1 (pure SGD), 32, and 0 standing for the full batch (every training example). */
export const BATCH_CHOICES = [1, 32, 0] as const;
export type BatchChoice = (typeof BATCH_CHOICES)[number];

/** A mean cross-entropy above this (ten times that of guessing, ln 10 ≈ 2.3) counts as diverged. */
export const DIVERGED_LOSS = 23;
/** Loss checkpoints per epoch (fewer when an epoch has fewer updates). */
export const POINTS_PER_EPOCH = 8;
const EVAL_ROWS = 256;

export interface NoiseSettings {
  hidden: number;
  eta: number;
  epochs: number;
  seed: number;
}

export const DEFAULT_NOISE: NoiseSettings = { hidden: 30, eta: 1, epochs: 10, seed: 1 };

export interface LossPoint {
  /** Epochs done, fractional between the end-of-epoch points. */
  epoch: number;
  /** Updates (minibatch steps) done. */
  updates: number;
  /** Seconds of training so far (evaluation not counted). */
  seconds: number;
  /** Mean cross-entropy over the whole training set. */
  loss: number;
}

/** The batch size a choice means for `count` training rows. */
export function batchSize(choice: BatchChoice, count: number): number {
  return choice === 0 ? count : Math.min(choice, count);
}

/** ⌈N/B⌉: one update per minibatch, the last one taking what is left. */
export function updatesPerEpoch(count: number, batch: number): number {
  if (!Number.isInteger(batch) || batch < 1) throw new RangeError(`updatesPerEpoch: batch must be a positive integer, got ${batch}`);
  return Math.ceil(count / batch);
}

/** Updates between loss checkpoints: about POINTS_PER_EPOCH per epoch, at least one update apart. */
export function checkpointEvery(updates: number): number {
  return Math.max(1, Math.ceil(updates / POINTS_PER_EPOCH));
}

export function checkNoiseSettings(s: NoiseSettings): void {
  if (!Number.isInteger(s.hidden) || s.hidden < 1 || s.hidden > 200) throw new RangeError(`minibatch noise: hidden units must be a whole number in 1..200, got ${s.hidden}`);
  if (!(Number.isFinite(s.eta) && s.eta > 0)) throw new RangeError(`minibatch noise: η must be a positive number, got ${s.eta}`);
  if (!Number.isInteger(s.epochs) || s.epochs < 1 || s.epochs > 100) throw new RangeError(`minibatch noise: epochs must be a whole number in 1..100, got ${s.epochs}`);
  if (!Number.isInteger(s.seed) || s.seed < 0) throw new RangeError(`minibatch noise: seed must be a whole number ≥ 0, got ${s.seed}`);
}

/**
 * Trains one run and yields a loss point at the start, every checkpointEvery(⌈N/B⌉) updates and
 * at the end of every epoch. Stops after the first point whose loss is NaN or above DIVERGED_LOSS.
 */
export function* trainRun(data: DigitsArrays, choice: BatchChoice, settings: NoiseSettings, clock: () => number): Generator<LossPoint> {
  checkNoiseSettings(settings);
  const count = data.trainY.length;
  const batch = batchSize(choice, count);
  // The same seed gives every run the same initial weights and the same first shuffle.
  const rng = createRng(settings.seed);
  // Buffers hold at least EVAL_ROWS rows, so evaluating the B = 1 network is not row by row.
  const net = new FusedMlp({ sizes: [DIGIT_PIXELS, settings.hidden, DIGIT_CLASSES], maxBatch: Math.max(batch, EVAL_ROWS), rng });
  const perEpoch = updatesPerEpoch(count, batch);
  const every = checkpointEvery(perEpoch);
  const xb = new Float32Array(batch * DIGIT_PIXELS);
  const yb = new Uint8Array(batch);
  let seconds = 0;
  let updates = 0;
  const point = (): LossPoint => ({ epoch: updates / perEpoch, updates, seconds, loss: evaluate(net, data.trainX, data.trainY, count).loss });
  yield point();
  for (let epoch = 0; epoch < settings.epochs; epoch++) {
    const order = rng.permutation(count);
    for (let k = 0; k < perEpoch; k++) {
      const started = clock();
      const start = k * batch;
      const rows = Math.min(batch, count - start);
      for (let r = 0; r < rows; r++) {
        const i = order[start + r];
        xb.set(data.trainX.subarray(i * DIGIT_PIXELS, (i + 1) * DIGIT_PIXELS), r * DIGIT_PIXELS);
        yb[r] = data.trainY[i];
      }
      net.trainStep(xb, yb, rows, { lr: settings.eta });
      updates++;
      seconds += (clock() - started) / 1000;
      if ((k + 1) % every === 0 || k === perEpoch - 1) {
        const p = point();
        yield p;
        if (isDiverged(p.loss)) return;
      }
    }
  }
}

export function isDiverged(loss: number): boolean {
  return !Number.isFinite(loss) || loss > DIVERGED_LOSS;
}

/** All of a run's points at once (for tests and the no-worker fallback). */
export function runToEnd(data: DigitsArrays, choice: BatchChoice, settings: NoiseSettings, clock: () => number = () => 0): LossPoint[] {
  return [...trainRun(data, choice, settings, clock)];
}

/** The first point at which the loss is at or below `target`, or null. */
export function firstBelow(points: readonly LossPoint[], target: number): LossPoint | null {
  return points.find((p) => p.loss <= target) ?? null;
}
