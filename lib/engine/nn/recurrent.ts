// Recurrent cells: one time step. Unroll them in a loop over the sequence; backward through the
// unrolled graph is backpropagation through time.
import { sigmoid, tanh } from '../activations';
import { add, mul } from '../ops/elementwise';
import { matmul } from '../ops/matmul';
import { slice } from '../ops/shape';
import { Tensor, allocate, formatShape, type DType } from '../tensor';
import { checkInteger, checkTensor } from '../validate';
import { glorotUniform } from './init';
import type { LayerOptions } from './layers';
import { Module } from './module';

function checkInput(op: string, x: Tensor, inputSize: number): void {
  checkTensor(x, op, 'x');
  if (x.rank !== 2 || x.shape[1] !== inputSize) {
    throw new RangeError(`${op}: input must be [batch, ${inputSize}], got shape ${formatShape(x.shape)}`);
  }
}

function checkState(op: string, name: string, s: Tensor, batch: number, hidden: number): void {
  checkTensor(s, op, name);
  if (s.rank !== 2 || s.shape[0] !== batch || s.shape[1] !== hidden) {
    throw new RangeError(`${op}: ${name} must be [${batch}, ${hidden}], got shape ${formatShape(s.shape)}`);
  }
}

function zeroState(batch: number, hidden: number, dtype: DType): Tensor {
  return new Tensor(allocate(dtype, batch * hidden), [batch, hidden]);
}

/** Vanilla RNN: h_t = tanh(x_t W_xh + h_(t−1) W_hh + b). Weights [input, hidden] and [hidden, hidden]. */
export class RNNCell extends Module {
  readonly weightIh: Tensor;
  readonly weightHh: Tensor;
  readonly bias: Tensor;

  constructor(readonly inputSize: number, readonly hiddenSize: number, options: LayerOptions) {
    super();
    checkInteger(inputSize, 'RNNCell', 'inputSize', 1);
    checkInteger(hiddenSize, 'RNNCell', 'hiddenSize', 1);
    const init = options.init ?? glorotUniform;
    const dtype = options.dtype ?? 'float64';
    this.weightIh = init([inputSize, hiddenSize], options.rng, { dtype });
    this.weightHh = init([hiddenSize, hiddenSize], options.rng, { dtype });
    this.bias = new Tensor(allocate(dtype, hiddenSize), [hiddenSize], { requiresGrad: options.bias !== false });
  }

  /** One step; h defaults to zeros. */
  forward(x: Tensor, h?: Tensor): Tensor {
    checkInput('RNNCell', x, this.inputSize);
    const prev = h ?? zeroState(x.shape[0], this.hiddenSize, x.dtype);
    checkState('RNNCell', 'h', prev, x.shape[0], this.hiddenSize);
    return tanh(add(add(matmul(x, this.weightIh), matmul(prev, this.weightHh)), this.bias));
  }

  parameters(): Tensor[] {
    return this.bias.requiresGrad ? [this.weightIh, this.weightHh, this.bias] : [this.weightIh, this.weightHh];
  }
}

export interface LstmState {
  h: Tensor;
  c: Tensor;
}

/**
 * LSTM cell with the chapter's gates, computed together as z = x W_x + h W_h + b, [batch, 4·hidden],
 * whose four column blocks are, in order (PyTorch's order too):
 *   i = σ(z_i)     input gate: how much of the candidate to write
 *   f = σ(z_f)     forget gate: how much of the old cell state to keep
 *   g = tanh(z_g)  candidate cell state (the notes' C̃)
 *   o = σ(z_o)     output gate
 *   c_t = f ∘ c_(t−1) + i ∘ g,   h_t = o ∘ tanh(c_t)
 */
export class LSTMCell extends Module {
  readonly weightIh: Tensor;
  readonly weightHh: Tensor;
  readonly bias: Tensor;

  constructor(readonly inputSize: number, readonly hiddenSize: number, options: LayerOptions) {
    super();
    checkInteger(inputSize, 'LSTMCell', 'inputSize', 1);
    checkInteger(hiddenSize, 'LSTMCell', 'hiddenSize', 1);
    const init = options.init ?? glorotUniform;
    const dtype = options.dtype ?? 'float64';
    this.weightIh = init([inputSize, 4 * hiddenSize], options.rng, { dtype, fanOut: hiddenSize });
    this.weightHh = init([hiddenSize, 4 * hiddenSize], options.rng, { dtype, fanOut: hiddenSize });
    this.bias = new Tensor(allocate(dtype, 4 * hiddenSize), [4 * hiddenSize], { requiresGrad: options.bias !== false });
  }

  forward(x: Tensor, state?: LstmState): LstmState {
    checkInput('LSTMCell', x, this.inputSize);
    const batch = x.shape[0];
    const H = this.hiddenSize;
    const h = state?.h ?? zeroState(batch, H, x.dtype);
    const c = state?.c ?? zeroState(batch, H, x.dtype);
    checkState('LSTMCell', 'h', h, batch, H);
    checkState('LSTMCell', 'c', c, batch, H);
    const z = add(add(matmul(x, this.weightIh), matmul(h, this.weightHh)), this.bias);
    const gate = (k: number): Tensor => slice(z, [0, k * H], [batch, H]);
    const i = sigmoid(gate(0));
    const f = sigmoid(gate(1));
    const g = tanh(gate(2));
    const o = sigmoid(gate(3));
    const cNext = add(mul(f, c), mul(i, g));
    return { h: mul(o, tanh(cNext)), c: cNext };
  }

  parameters(): Tensor[] {
    return this.bias.requiresGrad ? [this.weightIh, this.weightHh, this.bias] : [this.weightIh, this.weightHh];
  }
}
