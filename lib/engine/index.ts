// The book's tensor and autodiff engine: every widget computes its numbers with it.
//
// Everything is a plain named export from here:
//   import { tensor, matmul, conv2d, Linear, Sequential, adam, createRng } from '@/lib/engine';
// nn layers and optimizers are also exported as the namespaces `nn` and `optim`
// (`nn.Linear`, `optim.adam`), and from '@/lib/engine/nn' and '@/lib/engine/optim'.
// Fast float32 kernels for training live in '@/lib/engine/fast' and are re-exported as `fast`.
//
// No DOM, no React: it runs the same in a page, a Web Worker, and Node.

export { Tensor, type DType, type NestedArray, type TypedArray } from './tensor';
export { noGrad, isGradEnabled, type GradFn } from './autograd';
export { createRng, type Rng } from './random';
export { tensor, fromArray, zeros, ones, full, randn, rand, type CreationOptions } from './creation';

export { add, sub, mul, div, neg, pow, exp, log, sqrt, type Operand } from './ops/elementwise';
export { broadcastShapes, broadcastTo, sumToShape } from './ops/broadcast';
export { sum, mean, max, argmax, type Axis } from './ops/reduce';
export { reshape, transpose, concat, slice, flip } from './ops/shape';
export { matmul } from './ops/matmul';

export { sigmoid, tanh, relu, leakyRelu, elu, heaviside, softmax, logSoftmax } from './activations';
export { mseLoss, crossEntropy, binaryCrossEntropy, oneHot, type MseReduction } from './losses';

export { conv2d, convolve2d, resolvePadding, type Conv2dOptions, type ConvPadding } from './ops/conv';
export { maxPool2d, avgPool2d, type PoolOptions, type AvgPoolOptions } from './ops/pool';
export { convolve1d, toeplitz, convMatrix, convMatrixIndices, type ConvMatrixOptions } from './ops/conv-matrix';
export { convOutputSize, poolOutputSize, type ConvSizeParams, type PoolSizeParams, type Pair } from './ops/conv-size';

export * as nn from './nn/index';
export * as optim from './optim/index';
export {
  Module, Sequential, Linear, Conv2d, MaxPool2d, Flatten, Dropout, RNNCell, LSTMCell,
  normal, glorotUniform, heNormal, type Layer, type LayerLike, type LayerOptions, type LstmState, type Initializer,
} from './nn/index';
export { sgd, momentum, adam, type Optimizer, type SgdOptions, type MomentumOptions, type AdamOptions } from './optim/index';
export * as fast from './fast/index';
