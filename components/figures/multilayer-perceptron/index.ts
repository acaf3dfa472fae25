// Figures for the multilayer-perceptron chapter, exported by the name used in MDX.
export { Mlp332Diagram } from './Mlp332Diagram';
export { LayerPipeline } from './LayerPipeline';
export { ScaledSigmoid } from './ScaledSigmoid';
export { BumpStaircase } from './BumpStaircase';
export { XorHiddenSpace } from './XorHiddenSpace';
export { RbfInterpolation } from './RbfInterpolation';
