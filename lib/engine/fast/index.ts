// Fast paths for training and benchmarks: same numbers as the reference ops (tests check it),
// flat buffers allocated once, loops that walk memory in order. No autograd graph.
export { gemmTransB, transposeInto, type FloatArray } from './gemm';
export { matmulFast } from './matmul';
export { conv2dFast, createConv2dPlan, type Conv2dPlan } from './conv2d';
export { FusedMlp, type FusedMlpOptions, type HiddenActivation, type MlpInit, type SgdStep } from './mlp';
export { trainEpoch, evaluate, squaredWeights, LossPlateau, type EpochOptions } from './mlp-train';
export { FusedRnn, type FusedRnnOptions } from './rnn';
