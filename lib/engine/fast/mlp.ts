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

export type HiddenActivation = 'sigmoid' | 'tanh' | 'relu';

export interface FusedMlpOptions {
  /** Layer widths, input first: [64, 50, 10]. */
  sizes: readonly number[];
  activation?: HiddenActivation;
  /** Largest batch that forward/train will be called with (buffers are sized for it). */
  maxBatch: number;
  dtype?: DType;
  /** Glorot-uniform initial weights from this generator (biases 0); omit to start from zeros. */
  rng?: Rng;
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
  private readonly maxBatch: number;
  /** Wᵀ per layer, [out, in], for the forward product; refreshed after each update. */
  private readonly weightsT: FloatArray[];
  private stale = true;
  private readonly scratchA: FloatArray;
  private readonly scratchD: FloatArray;

  constructor(options: FusedMlpOptions) {
    const { sizes, maxBatch, dtype = 'float32', rng } = options;
    if (sizes.length < 2 || sizes.some((s) => !Number.isInteger(s) || s < 1)) {
      throw new RangeError(`FusedMlp: sizes [${sizes.join(',')}] must be at least two positive integers`);
    }
    if (!Number.isInteger(maxBatch) || maxBatch < 1) throw new RangeError(`FusedMlp: maxBatch must be an integer ≥ 1, got ${maxBatch}`);
    this.sizes = [...sizes];
    this.activation = options.activation ?? 'sigmoid';
    this.maxBatch = maxBatch;
    const layers = sizes.slice(1).map((out, l) => [sizes[l], out]);
    this.weights = layers.map(([i, o]) => {
      const w = allocate(dtype, i * o);
      const a = Math.sqrt(6 / (i + o));
      if (rng) for (let k = 0; k < w.length; k++) w[k] = (2 * rng.next() - 1) * a;
      return w;
    });
    this.biases = layers.map(([, o]) => allocate(dtype, o));
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
        if (l < last - 1) this.activate(z, row, nOut);
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

  private activate(z: FloatArray, start: number, n: number): void {
    if (this.activation === 'sigmoid') for (let j = start; j < start + n; j++) z[j] = 1 / (1 + Math.exp(-z[j]));
    else if (this.activation === 'tanh') for (let j = start; j < start + n; j++) z[j] = Math.tanh(z[j]);
    else for (let j = start; j < start + n; j++) z[j] = z[j] > 0 ? z[j] : 0;
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
      const n = batch * nIn;
      // f'(z) from the stored activation a = f(z): σ' = a(1 − a), tanh' = 1 − a², relu' = [a > 0].
      if (this.activation === 'sigmoid') for (let k = 0; k < n; k++) below[k] *= a[k] * (1 - a[k]);
      else if (this.activation === 'tanh') for (let k = 0; k < n; k++) below[k] *= 1 - a[k] * a[k];
      else for (let k = 0; k < n; k++) below[k] *= a[k] > 0 ? 1 : 0;
    }
    return loss / batch;
  }

  /** v ← μv + g + λw, w ← w − ηv (plain SGD when μ = 0), as optim.momentum does. */
  step(lr: number, momentum = 0, weightDecay = 0): void {
    const update = (w: FloatArray, g: FloatArray, v: FloatArray, decay: number): void => {
      for (let k = 0; k < w.length; k++) {
        v[k] = momentum * v[k] + g[k] + decay * w[k];
        w[k] -= lr * v[k];
      }
    };
    this.stale = true;
    for (let l = 0; l < this.weights.length; l++) {
      update(this.weights[l], this.gradWeights[l], this.velocityW[l], weightDecay);
      update(this.biases[l], this.gradBiases[l], this.velocityB[l], weightDecay);
    }
  }

  /** One training step on a batch: forward, backward and update in place. Returns the loss. */
  trainStep(x: ArrayLike<number>, labels: ArrayLike<number>, batch: number, lr: number, momentum = 0, weightDecay = 0): number {
    const loss = this.lossAndGradients(x, labels, batch);
    this.step(lr, momentum, weightDecay);
    return loss;
  }
}

/** In-place softmax of one row, shifted by its max for stability. */
function softmaxRow(z: FloatArray, start: number, n: number): void {
  let max = -Infinity;
  for (let j = start; j < start + n; j++) if (z[j] > max) max = z[j];
  let sum = 0;
  for (let j = start; j < start + n; j++) {
    z[j] = Math.exp(z[j] - max);
    sum += z[j];
  }
  for (let j = start; j < start + n; j++) z[j] /= sum;
}
