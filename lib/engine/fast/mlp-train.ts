// Epoch-level training for FusedMlp: shuffled minibatches, evaluation over a whole data set, and
// scikit-learn's stopping rule, written once for the digits widgets. x holds `count` rows of sizes[0] features, row-major.
import type { Rng } from '../random';
import type { FusedMlp } from './mlp';
import type { SgdStep } from './mlp-parts';

export interface EpochOptions extends SgdStep {
  /** Rows per minibatch; the last batch of an epoch takes what is left. */
  batch: number;
  /** Draws each epoch's order (a fresh permutation of the rows). */
  rng: Rng;
  /**
   * scikit-learn's L2 penalty α: each batch's loss gets + α/2·‖W‖²/rows (weights only, not
   * biases), so its gradient adds (α/rows)·W. When set it replaces weightDecay and decayBiases.
   */
  alpha?: number;
}

/**
 * Trains one epoch over rows in a random order and returns the mean training loss, the batch
 * losses weighted by their rows (plus the α penalty, when α is set): scikit-learn's `loss_`.
 */
export function trainEpoch(net: FusedMlp, x: ArrayLike<number>, labels: ArrayLike<number>, count: number, options: EpochOptions): number {
  const { batch, rng, alpha } = options;
  const features = net.sizes[0];
  if (!Number.isInteger(batch) || batch < 1 || batch > net.maxBatch) {
    throw new RangeError(`trainEpoch: batch ${batch} must be an integer in 1..${net.maxBatch} (the network's maxBatch)`);
  }
  if (x.length < count * features || labels.length < count) {
    throw new RangeError(`trainEpoch: ${count} rows need ${count * features} features and ${count} labels, got ${x.length} and ${labels.length}`);
  }
  if (alpha !== undefined && !(Number.isFinite(alpha) && alpha >= 0)) throw new RangeError(`trainEpoch: alpha must be a finite number ≥ 0, got ${alpha}`);
  const order = rng.permutation(count);
  const xb = new Float64Array(batch * features);
  const yb = new Int32Array(batch);
  let total = 0;
  for (let start = 0; start < count; start += batch) {
    const rows = Math.min(batch, count - start);
    for (let r = 0; r < rows; r++) {
      const i = order[start + r];
      for (let f = 0; f < features; f++) xb[r * features + f] = x[i * features + f];
      yb[r] = labels[i];
    }
    let loss = net.lossAndGradients(xb, yb, rows);
    if (alpha === undefined) {
      net.step(options);
    } else {
      loss += (0.5 * alpha * squaredWeights(net)) / rows;
      net.step({ ...options, weightDecay: alpha / rows, decayBiases: false });
    }
    total += loss * rows;
  }
  return total / count;
}

/** ‖W‖², summed over every layer's weights (not the biases). */
export function squaredWeights(net: FusedMlp): number {
  let s = 0;
  for (const w of net.weights) for (let k = 0; k < w.length; k++) s += w[k] * w[k];
  return s;
}

/** Mean cross-entropy and the number of rows whose most probable class is the label. */
export function evaluate(net: FusedMlp, x: ArrayLike<number>, labels: ArrayLike<number>, count: number): { loss: number; correct: number } {
  const features = net.sizes[0];
  const classes = net.sizes[net.sizes.length - 1];
  const chunk = new Float64Array(net.maxBatch * features);
  let loss = 0;
  let correct = 0;
  for (let start = 0; start < count; start += net.maxBatch) {
    const rows = Math.min(net.maxBatch, count - start);
    for (let k = 0; k < rows * features; k++) chunk[k] = x[start * features + k];
    const probs = net.forward(chunk, rows);
    for (let r = 0; r < rows; r++) {
      const label = labels[start + r];
      let best = 0;
      for (let j = 1; j < classes; j++) if (probs[r * classes + j] > probs[r * classes + best]) best = j;
      if (best === label) correct++;
      loss -= Math.log(probs[r * classes + label]);
    }
  }
  return { loss: loss / count, correct };
}

/**
 * scikit-learn's rule for stopping SGD (MLPClassifier with tol and n_iter_no_change): an epoch
 * whose loss is not below the best so far by `tol` counts as no improvement, and training stops
 * once there have been more than `patience` such epochs in a row.
 */
export class LossPlateau {
  private best = Infinity;
  private stale = 0;

  constructor(readonly tol = 1e-4, readonly patience = 10) {}

  /** Records an epoch's loss; returns true when training should stop. */
  update(loss: number): boolean {
    this.stale = loss > this.best - this.tol ? this.stale + 1 : 0;
    if (loss < this.best) this.best = loss;
    return this.stale > this.patience;
  }
}
