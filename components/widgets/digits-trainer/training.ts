// The digits trainer's training loop: a 64-H-10 network with softmax cross-entropy, minibatch SGD
// with momentum, an L2 penalty λ‖w‖² on the weights (gradient 2λw, biases not penalised) and an
// optional cosine learning-rate schedule. Pure and deterministic: the seed fixes the initial
// weights and every epoch's shuffle, so one set of settings always gives the same numbers. The
// worker runs exactly this code, and so do the Node tests.
import { createRng, type Rng } from '@/lib/engine';
import { FusedMlp, type HiddenActivation } from '@/lib/engine/fast';
import { DIGIT_CLASSES, DIGIT_PIXELS, type DigitsSplit } from '@/lib/data/digits';

export type Schedule = 'constant' | 'cosine';

export interface TrainSettings {
  /** Hidden units H. */
  hidden: number;
  activation: HiddenActivation;
  /** Learning rate η (the starting value under the cosine schedule). */
  lr: number;
  /** λ of the penalty λ‖w‖², equation (l2-cost) of the chapter. */
  l2: number;
  batch: number;
  epochs: number;
  /** Momentum μ: v ← μv + ∇C, w ← w − ηv. 0 is plain SGD. */
  momentum: number;
  schedule: Schedule;
  /** Evaluate a running average of the weights (decay 0.99) instead of the last weights. */
  averaging: boolean;
  seed: number;
}

/** The digits as float32 features in 0..1 (pixel / 16), with their labels. */
export interface DigitsArrays {
  trainX: Float32Array;
  trainY: Uint8Array;
  testX: Float32Array;
  testY: Uint8Array;
}

export function digitsArrays(split: DigitsSplit): DigitsArrays {
  const scale = (p: Uint8Array) => Float32Array.from(p, (v) => v / 16);
  return { trainX: scale(split.train.pixels), trainY: split.train.labels, testX: scale(split.test.pixels), testY: split.test.labels };
}

export interface Metrics {
  loss: number;
  correct: number;
  count: number;
}

export interface EpochReport {
  epoch: number;
  train: Metrics;
  test: Metrics;
  /** Seconds spent training so far (evaluation not counted). */
  seconds: number;
}

const EMA_DECAY = 0.99;
/** A mean cross-entropy above this (ten times that of guessing, ln 10 ≈ 2.3) counts as divergence. */
export const DIVERGED_LOSS = 25;

export class DigitsTrainer {
  readonly settings: TrainSettings;
  readonly net: FusedMlp;
  /** The network that is evaluated: `net` itself, or a copy holding the averaged weights. */
  private readonly evalNet: FusedMlp;
  private readonly averages: Float32Array[] | null;
  private readonly velocity: Float32Array[];
  private readonly rng: Rng;
  readonly data: DigitsArrays;
  private readonly nTrain: number;
  private order: Int32Array;
  private cursor = 0;
  private readonly xBatch: Float32Array;
  private readonly yBatch: Uint8Array;
  epoch = 0;
  steps = 0;
  diverged = false;
  lastBatchLoss = NaN;

  constructor(data: DigitsArrays, settings: TrainSettings) {
    this.settings = settings;
    this.data = data;
    this.nTrain = data.trainY.length;
    const sizes = [DIGIT_PIXELS, settings.hidden, DIGIT_CLASSES];
    const maxBatch = Math.max(settings.batch, this.nTrain, data.testY.length);
    this.rng = createRng(settings.seed);
    this.net = new FusedMlp({ sizes, activation: settings.activation, maxBatch, rng: this.rng });
    this.averages = settings.averaging ? [...this.net.weights, ...this.net.biases].map((w) => Float32Array.from(w)) : null;
    this.evalNet = settings.averaging ? new FusedMlp({ sizes, activation: settings.activation, maxBatch }) : this.net;
    this.velocity = [...this.net.weights, ...this.net.biases].map((w) => new Float32Array(w.length));
    this.order = this.rng.permutation(this.nTrain);
    this.xBatch = new Float32Array(settings.batch * DIGIT_PIXELS);
    this.yBatch = new Uint8Array(settings.batch);
  }

  get finished(): boolean {
    return this.diverged || this.epoch >= this.settings.epochs;
  }

  /** η for the current epoch. */
  learningRate(): number {
    const { lr, schedule, epochs } = this.settings;
    return schedule === 'cosine' ? lr * 0.5 * (1 + Math.cos((Math.PI * this.epoch) / epochs)) : lr;
  }

  /**
   * Trains up to `maxBatches` minibatches, stopping early at the end of an epoch. Returns true
   * when an epoch was completed.
   */
  advance(maxBatches: number): boolean {
    const { batch, momentum, l2 } = this.settings;
    const lr = this.learningRate();
    const net = this.net;
    const params = [...net.weights, ...net.biases];
    const grads = [...net.gradWeights, ...net.gradBiases];
    const nWeights = net.weights.length;
    for (let k = 0; k < maxBatches && !this.finished; k++) {
      const rows = Math.min(batch, this.nTrain - this.cursor);
      for (let r = 0; r < rows; r++) {
        const i = this.order[this.cursor + r];
        this.xBatch.set(this.data.trainX.subarray(i * DIGIT_PIXELS, (i + 1) * DIGIT_PIXELS), r * DIGIT_PIXELS);
        this.yBatch[r] = this.data.trainY[i];
      }
      const loss = net.lossAndGradients(this.xBatch, this.yBatch, rows);
      this.lastBatchLoss = loss;
      if (!Number.isFinite(loss) || loss > DIVERGED_LOSS) {
        this.diverged = true;
        return false;
      }
      // v ← μv + ∇C (+ 2λw for weights, equation l2-grad), w ← w − ηv.
      for (let p = 0; p < params.length; p++) {
        const w = params[p];
        const g = grads[p];
        const v = this.velocity[p];
        const decay = p < nWeights ? 2 * l2 : 0;
        for (let j = 0; j < w.length; j++) {
          v[j] = momentum * v[j] + g[j] + decay * w[j];
          w[j] -= lr * v[j];
        }
      }
      net.weightsChanged();
      if (this.averages) {
        for (let p = 0; p < params.length; p++) {
          const a = this.averages[p];
          const w = params[p];
          for (let j = 0; j < w.length; j++) a[j] = EMA_DECAY * a[j] + (1 - EMA_DECAY) * w[j];
        }
      }
      this.steps++;
      this.cursor += rows;
      if (this.cursor >= this.nTrain) {
        this.cursor = 0;
        this.epoch++;
        this.order = this.rng.permutation(this.nTrain);
        return true;
      }
    }
    return false;
  }

  /** The network used for evaluation and prediction, with the averaged weights copied in when averaging. */
  evaluationNet(): FusedMlp {
    if (this.averages) {
      const targets = [...this.evalNet.weights, ...this.evalNet.biases];
      targets.forEach((t, p) => t.set(this.averages![p]));
      this.evalNet.weightsChanged();
    }
    return this.evalNet;
  }

  evaluate(): { train: Metrics; test: Metrics } {
    const net = this.evaluationNet();
    return { train: metrics(net, this.data.trainX, this.data.trainY), test: metrics(net, this.data.testX, this.data.testY) };
  }
}

/** Mean cross-entropy and number correct of `net` on every row of x. */
export function metrics(net: FusedMlp, x: Float32Array, y: Uint8Array): Metrics {
  const n = y.length;
  const probs = net.forward(x, n);
  let loss = 0;
  let correct = 0;
  for (let i = 0; i < n; i++) {
    const row = i * DIGIT_CLASSES;
    loss -= Math.log(probs[row + y[i]]);
    let best = 0;
    for (let j = 1; j < DIGIT_CLASSES; j++) if (probs[row + j] > probs[row + best]) best = j;
    if (best === y[i]) correct++;
  }
  return { loss: loss / n, correct, count: n };
}
