// A fused vanilla RNN with a linear readout, trained on a squared error at every step:
//   h_t = tanh(x_t W_ih + h_(t−1) W_hh + b),   y_t = h_t W_out + b_out,
//   L = mean over t, batch and outputs of (y_t − target_t)².
// Forward and backpropagation through time run over preallocated buffers. Layouts match RNNCell
// ([in, hidden], [hidden, hidden]) and Linear ([hidden, out]), and a test checks the gradients
// against the autograd graph of the same model.
import { allocate, type DType } from '../tensor';
import type { FloatArray } from './gemm';

export interface FusedRnnOptions {
  inputSize: number;
  hiddenSize: number;
  outputSize: number;
  maxSteps: number;
  maxBatch: number;
  dtype?: DType;
}

export class FusedRnn {
  readonly inputSize: number;
  readonly hiddenSize: number;
  readonly outputSize: number;
  readonly weightIh: FloatArray;
  readonly weightHh: FloatArray;
  readonly bias: FloatArray;
  readonly weightOut: FloatArray;
  readonly biasOut: FloatArray;
  readonly grads: { weightIh: FloatArray; weightHh: FloatArray; bias: FloatArray; weightOut: FloatArray; biasOut: FloatArray };
  /** hs[(t+1)·B·H …] holds h_t; the first block is h_0 = 0. */
  private readonly hs: FloatArray;
  private readonly dh: FloatArray;
  private readonly dhNext: FloatArray;
  private readonly dy: FloatArray;

  constructor(options: FusedRnnOptions) {
    const { inputSize: I, hiddenSize: H, outputSize: O, maxSteps, maxBatch, dtype = 'float32' } = options;
    for (const [name, v] of Object.entries({ inputSize: I, hiddenSize: H, outputSize: O, maxSteps, maxBatch })) {
      if (!Number.isInteger(v) || v < 1) throw new RangeError(`FusedRnn: ${name} must be an integer ≥ 1, got ${v}`);
    }
    this.inputSize = I;
    this.hiddenSize = H;
    this.outputSize = O;
    const make = (n: number) => allocate(dtype, n);
    this.weightIh = make(I * H);
    this.weightHh = make(H * H);
    this.bias = make(H);
    this.weightOut = make(H * O);
    this.biasOut = make(O);
    this.grads = { weightIh: make(I * H), weightHh: make(H * H), bias: make(H), weightOut: make(H * O), biasOut: make(O) };
    this.hs = make((maxSteps + 1) * maxBatch * H);
    this.dh = make(maxBatch * H);
    this.dhNext = make(maxBatch * H);
    this.dy = make(maxBatch * O);
  }

  /** x [steps, batch, in] and targets [steps, batch, out], flat. Fills `grads`; returns the loss. */
  lossAndGradients(x: ArrayLike<number>, targets: ArrayLike<number>, steps: number, batch: number): number {
    const I = this.inputSize;
    const H = this.hiddenSize;
    const O = this.outputSize;
    const { weightIh: wih, weightHh: whh, bias, weightOut: wout, biasOut: bout, hs, dh, dhNext, dy } = this;
    const g = this.grads;
    const BH = batch * H;
    hs.fill(0, 0, BH);
    // Forward: h_t = tanh(x_t W_ih + h_(t−1) W_hh + b), row by row.
    for (let t = 0; t < steps; t++) {
      const prev = t * BH;
      const cur = prev + BH;
      for (let b = 0; b < batch; b++) {
        const row = cur + b * H;
        for (let j = 0; j < H; j++) hs[row + j] = bias[j];
        for (let i = 0; i < I; i++) {
          const xi = x[(t * batch + b) * I + i];
          for (let j = 0; j < H; j++) hs[row + j] += xi * wih[i * H + j];
        }
        for (let k = 0; k < H; k++) {
          const hk = hs[prev + b * H + k];
          for (let j = 0; j < H; j++) hs[row + j] += hk * whh[k * H + j];
        }
        for (let j = 0; j < H; j++) hs[row + j] = Math.tanh(hs[row + j]);
      }
    }
    for (const grad of Object.values(g)) grad.fill(0);
    dhNext.fill(0, 0, BH);
    const scale = 2 / (steps * batch * O);
    let loss = 0;
    // Backward through time, last step first.
    for (let t = steps - 1; t >= 0; t--) {
      const cur = (t + 1) * BH;
      const prev = t * BH;
      for (let b = 0; b < batch; b++) {
        const hRow = cur + b * H;
        // Readout y = h W_out + b_out and its error: ∂L/∂y = 2(y − target)/n.
        for (let o = 0; o < O; o++) {
          let y = bout[o];
          for (let j = 0; j < H; j++) y += hs[hRow + j] * wout[j * O + o];
          const err = y - targets[(t * batch + b) * O + o];
          loss += err * err;
          dy[b * O + o] = scale * err;
          g.biasOut[o] += dy[b * O + o];
        }
        // ∂L/∂h_t = dy W_outᵀ + (gradient arriving from step t + 1); then through tanh: ∘ (1 − h²).
        for (let j = 0; j < H; j++) {
          let s = dhNext[b * H + j];
          for (let o = 0; o < O; o++) {
            s += dy[b * O + o] * wout[j * O + o];
            g.weightOut[j * O + o] += hs[hRow + j] * dy[b * O + o];
          }
          const h = hs[hRow + j];
          dh[b * H + j] = s * (1 - h * h);
        }
        for (let j = 0; j < H; j++) g.bias[j] += dh[b * H + j];
        for (let i = 0; i < I; i++) {
          const xi = x[(t * batch + b) * I + i];
          for (let j = 0; j < H; j++) g.weightIh[i * H + j] += xi * dh[b * H + j];
        }
        // W_hh gets h_(t−1)ᵀ dz; the gradient for h_(t−1) is dz W_hhᵀ.
        for (let k = 0; k < H; k++) {
          const hk = hs[prev + b * H + k];
          let s = 0;
          for (let j = 0; j < H; j++) {
            g.weightHh[k * H + j] += hk * dh[b * H + j];
            s += dh[b * H + j] * whh[k * H + j];
          }
          dhNext[b * H + k] = s;
        }
      }
    }
    return loss / (steps * batch * O);
  }
}
