// What the digits trainer shows, computed from a trained network: the test set's loss, accuracy,
// confusion matrix and mistakes, and the class probabilities of one drawn digit. Pure: no DOM and
// no React, so the worker, the page and the Node tests run the same code. The training loop itself
// is in training.ts.
import { DIGIT_CLASSES, DIGIT_PIXELS } from '@/lib/data/digits';
import type { FusedMlp, HiddenActivation } from '@/lib/engine/fast';
import type { Metrics } from './training';

export { DigitsTrainer, digitsArrays, DIVERGED_LOSS, type DigitsArrays, type EpochReport, type Metrics, type TrainSettings } from './training';

/** The book's default settings: they reach 353 of 360 test digits (98.1%) with seed 1. */
export const DEFAULT_SETTINGS = {
  hidden: 50,
  activation: 'tanh',
  lr: 0.2,
  l2: 0,
  batch: 32,
  epochs: 30,
  momentum: 0.9,
  schedule: 'cosine',
  averaging: true,
  seed: 1,
} as const;

/** 351 of the 360 test digits: the bar the defaults must clear (scikit-learn's score on this split). */
export const TARGET_CORRECT = 351;

/** A test digit the network gets wrong. */
export interface Mistake {
  /** Row in the test set. */
  index: number;
  truth: number;
  guess: number;
  /** The ten class probabilities. */
  probabilities: number[];
  /** The 64 pixels, 0..16. */
  pixels: number[];
}

export interface TestEvaluation extends Metrics {
  /** confusion[t][g]: test digits of class t that the network calls g. */
  confusion: number[][];
  mistakes: Mistake[];
}

/** Index of the largest entry of values[start .. start+n). */
export function argmax(values: ArrayLike<number>, start = 0, n = values.length - start): number {
  let best = 0;
  for (let j = 1; j < n; j++) if (values[start + j] > values[start + best]) best = j;
  return best;
}

/** Counts of (truth, guess) pairs: rows are the true classes, columns the guesses. */
export function confusionMatrix(truth: ArrayLike<number>, guess: ArrayLike<number>, classes = DIGIT_CLASSES): number[][] {
  if (truth.length !== guess.length) throw new RangeError(`confusionMatrix: ${truth.length} labels but ${guess.length} guesses`);
  const m = Array.from({ length: classes }, () => new Array<number>(classes).fill(0));
  for (let i = 0; i < truth.length; i++) m[truth[i]][guess[i]]++;
  return m;
}

/**
 * Loss, accuracy, confusion matrix and mistakes of `net` on the test set. x holds features in
 * 0..1 (pixel / 16), so the mistakes' pixels are x · 16.
 */
export function evaluateTest(net: FusedMlp, x: Float32Array, y: Uint8Array): TestEvaluation {
  const n = y.length;
  const probs = net.forward(x, n);
  const guesses = new Uint8Array(n);
  const mistakes: Mistake[] = [];
  let loss = 0;
  for (let i = 0; i < n; i++) {
    const row = i * DIGIT_CLASSES;
    loss -= Math.log(probs[row + y[i]]);
    guesses[i] = argmax(probs, row, DIGIT_CLASSES);
    if (guesses[i] !== y[i]) {
      mistakes.push({
        index: i,
        truth: y[i],
        guess: guesses[i],
        probabilities: Array.from(probs.subarray(row, row + DIGIT_CLASSES)),
        pixels: Array.from(x.subarray(i * DIGIT_PIXELS, (i + 1) * DIGIT_PIXELS), (v) => Math.round(v * 16)),
      });
    }
  }
  return { loss: loss / n, correct: n - mistakes.length, count: n, confusion: confusionMatrix(y, guesses), mistakes };
}

/** A trained 64-H-10 network as plain arrays, for the page to classify drawings with. */
export interface NetworkSnapshot {
  activation: HiddenActivation;
  /** [64, H, 10]. */
  sizes: number[];
  /** Per layer, [in, out] row-major. */
  weights: Float32Array[];
  biases: Float32Array[];
}

export function snapshotOf(net: FusedMlp): NetworkSnapshot {
  return {
    activation: net.activation,
    sizes: [...net.sizes],
    weights: net.weights.map((w) => Float32Array.from(w)),
    biases: net.biases.map((b) => Float32Array.from(b)),
  };
}

const ACTIVATE: Record<HiddenActivation, (z: number) => number> = {
  sigmoid: (z) => 1 / (1 + Math.exp(-z)),
  tanh: Math.tanh,
  relu: (z) => (z > 0 ? z : 0),
};

/**
 * The ten class probabilities for one image of 64 pixels in 0..16 (the data set's scale): the
 * forward pass a = f(x W¹ + b¹), p = softmax(a W² + b²) on x = pixels / 16, as in training.
 */
export function classify(net: NetworkSnapshot, pixels: ArrayLike<number>): number[] {
  if (pixels.length !== net.sizes[0]) throw new RangeError(`classify: the network takes ${net.sizes[0]} pixels, got ${pixels.length}`);
  let a: number[] = Array.from(pixels, (v) => v / 16);
  const last = net.weights.length - 1;
  net.weights.forEach((w, l) => {
    const nIn = net.sizes[l];
    const nOut = net.sizes[l + 1];
    const z = Array.from(net.biases[l]) as number[];
    for (let i = 0; i < nIn; i++) {
      if (a[i] === 0) continue;
      for (let j = 0; j < nOut; j++) z[j] += a[i] * w[i * nOut + j];
    }
    a = l < last ? z.map(ACTIVATE[net.activation]) : softmax(z);
  });
  return a;
}

/** softmax(z)ᵢ = e^(zᵢ − max z) / Σⱼ e^(zⱼ − max z): shifted by the maximum, so it never overflows. */
export function softmax(z: readonly number[]): number[] {
  const max = Math.max(...z);
  const e = z.map((v) => Math.exp(v - max));
  const sum = e.reduce((s, v) => s + v, 0);
  return e.map((v) => v / sum);
}

/** "353 of 360 (98.1%)". */
export function formatAccuracy(correct: number, count: number): string {
  return `${correct} of ${count} (${((100 * correct) / count).toFixed(1)}%)`;
}
