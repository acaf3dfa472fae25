// A fused multilayer perceptron for fast training: hidden layers with one activation, a softmax
// cross-entropy output, and every buffer allocated once. It computes what Sequential(Linear,
// act, …, Linear) + crossEntropy + momentum computes through the autograd graph (a test checks
// this), but each layer's products go through the register-blocked GEMM on buffers allocated
// once, without creating tensors or closures per step. Weights use Linear's layout, [in, out];
// a transposed copy feeds the forward product. Anyone who writes into `weights` directly must
// call `weightsChanged()` before the next forward.
import type { Rng } from '../random';
import { allocate, type DType } from '../tensor';
import { gemmTransB, transposeInto, type FloatArray } from './gemm';
import {
  activate, initialise, multiplyByDerivative, resolveStep, sgdUpdate, softmaxRow, type HiddenActivation, type MlpInit, type SgdStep,
} from './mlp-parts';

export type { HiddenActivation, MlpInit, SgdStep } from './mlp-parts';

export interface FusedMlpOptions {
  /** Layer widths, input first: [64, 50, 10]. */
  sizes: readonly number[];
  activation?: HiddenActivation;
  /** Largest batch that forward/train will be called with (buffers are sized for it). */
  maxBatch: number;
  dtype?: DType;
  /** Random initial weights from this generator (see `init`); omit to start from zeros. */
  rng?: Rng;
  /** 'glorot' (default): U(±√(6/(in+out))), biases 0. 'sklearn': scikit-learn's MLP initialisation. */
  init?: MlpInit;
}

export class FusedMlp {
  readonly sizes: readonly number[];
  readonly activation: HiddenActivation;
  readonly weights: FloatArray[];
  readonly biases: FloatArray[];
  readonly gradWeights: FloatArray[];
  readonly gradBiases: FloatArray[];
  private readonly velocityW: FloatArray[];
  private readonly velocityB: FloatArray[];
  /** acts[0] is the input copy; acts[l] the output of layer l (logits, then softmax, for the last). */
  private readonly acts: FloatArray[];
  private readonly deltas: FloatArray[];
  /** Largest batch the buffers hold. */
  readonly maxBatch: number;
  /** Wᵀ per layer, [out, in], for the forward product; refreshed after each update. */
  private readonly weightsT: FloatArray[];
  private stale = true;
  private readonly scratchA: FloatArray;
  private readonly scratchD: FloatArray;

  constructor(options: FusedMlpOptions) {
    const { sizes, maxBatch, dtype = 'float32', rng, init = 'glorot' } = options;
    if (sizes.length < 2 || sizes.some((s) => !Number.isInteger(s) || s < 1)) {
      throw new RangeError(`FusedMlp: sizes [${sizes.join(',')}] must be at least two positive integers`);
    }
    if (!Number.isInteger(maxBatch) || maxBatch < 1) throw new RangeError(`FusedMlp: maxBatch must be an integer ≥ 1, got ${maxBatch}`);
    this.sizes = [...sizes];
    this.activation = options.activation ?? 'sigmoid';
    this.maxBatch = maxBatch;
    const layers = sizes.slice(1).map((out, l) => [sizes[l], out]);
    if (init !== 'glorot' && init !== 'sklearn') throw new RangeError(`FusedMlp: init must be 'glorot' or 'sklearn', got ${init}`);
    this.weights = layers.map(([i, o]) => allocate(dtype, i * o));
    this.biases = layers.map(([, o]) => allocate(dtype, o));
    if (rng) initialise(this.weights, this.biases, sizes, rng, init, this.activation);
    this.gradWeights = layers.map(([i, o]) => allocate(dtype, i * o));
    this.gradBiases = layers.map(([, o]) => allocate(dtype, o));
    this.velocityW = layers.map(([i, o]) => allocate(dtype, i * o));
    this.velocityB = layers.map(([, o]) => allocate(dtype, o));
    this.acts = sizes.map((s) => allocate(dtype, maxBatch * s));
    this.deltas = sizes.map((s) => allocate(dtype, maxBatch * s));
    this.weightsT = layers.map(([i, o]) => allocate(dtype, i * o));
    const widest = Math.max(...sizes);
    this.scratchA = allocate(dtype, maxBatch * widest);
    this.scratchD = allocate(dtype, maxBatch * widest);
  }

  /** Forward pass for `batch` rows of x [batch, sizes[0]]; returns the softmax probabilities buffer. */
  forward(x: ArrayLike<number>, batch: number): FloatArray {
    if (batch > this.maxBatch || batch < 1) throw new RangeError(`FusedMlp: batch ${batch} is outside 1..${this.maxBatch}`);
    const sizes = this.sizes;
    const last = sizes.length - 1;
    const input = this.acts[0];
    for (let k = 0; k < batch * sizes[0]; k++) input[k] = x[k];
    if (this.stale) this.refreshTransposed();
    for (let l = 0; l < last; l++) {
      const nOut = sizes[l + 1];
      const z = this.acts[l + 1];
      const bias = this.biases[l];
      // z = a W + b, as the blocked product of a [batch, in] with Wᵀ [out, in].
      gemmTransB(this.acts[l], this.weightsT[l], z, batch, nOut, sizes[l]);
      for (let b = 0; b < batch; b++) {
        const row = b * nOut;
        for (let j = 0; j < nOut; j++) z[row + j] += bias[j];
        if (l < last - 1) activate(this.activation, z, row, nOut);
        else softmaxRow(z, row, nOut);
      }
    }
    return this.acts[last];
  }

  /** Marks `weights` as edited from outside, so the transposed copies are rebuilt. */
  weightsChanged(): void {
    this.stale = true;
  }

  private refreshTransposed(): void {
    for (let l = 0; l < this.weights.length; l++) transposeInto(this.weights[l], this.sizes[l], this.sizes[l + 1], this.weightsT[l]);
    this.stale = false;
  }

  /**
   * Mean cross-entropy of the batch, and its gradients in gradWeights/gradBiases (overwritten).
   * Backprop: δ^L = (softmax − onehot)/B; ∂C/∂W^l = (a^(l−1))ᵀ δ^l; δ^(l−1) = δ^l (W^l)ᵀ ∘ f'(z^(l−1)).
   */
  lossAndGradients(x: ArrayLike<number>, labels: ArrayLike<number>, batch: number): number {
    const probs = this.forward(x, batch);
    const sizes = this.sizes;
    const last = sizes.length - 1;
    const classes = sizes[last];
    const top = this.deltas[last];
    let loss = 0;
    for (let b = 0; b < batch; b++) {
      const label = labels[b];
      loss -= Math.log(probs[b * classes + label]);
      for (let j = 0; j < classes; j++) top[b * classes + j] = (probs[b * classes + j] - (j === label ? 1 : 0)) / batch;
    }
    for (let l = last - 1; l >= 0; l--) {
      const nIn = sizes[l];
      const nOut = sizes[l + 1];
      const a = this.acts[l];
      const delta = this.deltas[l + 1];
      const gb = this.gradBiases[l];
      // ∂C/∂W = aᵀ δ [in, out]: the blocked product of aᵀ [in, batch] with δᵀ [out, batch].
      transposeInto(a, batch, nIn, this.scratchA);
      transposeInto(delta, batch, nOut, this.scratchD);
      gemmTransB(this.scratchA, this.scratchD, this.gradWeights[l], nIn, nOut, batch);
      gb.fill(0);
      for (let b = 0; b < batch; b++) for (let j = 0; j < nOut; j++) gb[j] += delta[b * nOut + j];
      if (l === 0) break;
      // δ^(l−1) = δ Wᵀ ∘ f'(z): the blocked product of δ [batch, out] with W [in, out] as Bᵀ.
      const below = this.deltas[l];
      gemmTransB(delta, this.weights[l], below, batch, nIn, nOut);
      multiplyByDerivative(this.activation, below, a, batch * nIn);
    }
    return loss / batch;
  }

  /**
   * One update from the gradients of the last lossAndGradients, as optim.momentum does it:
   * v ← μv + g + λw, w ← w − ηv (plain SGD when μ = 0), or w ← w − η(g + λw + μv) with
   * `nesterov`. Takes the settings as an object, or as (lr, momentum, weightDecay).
   */
  step(settings: SgdStep | number, momentum = 0, weightDecay = 0): void {
    const s = resolveStep(typeof settings === 'number' ? { lr: settings, momentum, weightDecay } : settings);
    this.stale = true;
    for (let l = 0; l < this.weights.length; l++) {
      sgdUpdate(this.weights[l], this.gradWeights[l], this.velocityW[l], s.lr, s.momentum, s.nesterov, s.weightDecay);
      sgdUpdate(this.biases[l], this.gradBiases[l], this.velocityB[l], s.lr, s.momentum, s.nesterov, s.decayBiases ? s.weightDecay : 0);
    }
  }

  /** Zeroes the momentum velocities (for a fresh start with the current weights). */
  resetVelocity(): void {
    for (const v of [...this.velocityW, ...this.velocityB]) v.fill(0);
  }

  /** One training step on a batch: forward, backward and update in place. Returns the loss. */
  trainStep(x: ArrayLike<number>, labels: ArrayLike<number>, batch: number, settings: SgdStep | number, momentum = 0, weightDecay = 0): number {
    const loss = this.lossAndGradients(x, labels, batch);
    this.step(settings, momentum, weightDecay);
    return loss;
  }
}
