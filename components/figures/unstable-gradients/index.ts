// Figures for the unstable-gradients chapter, exported by the name used in MDX.
export { GradientChain } from './GradientChain';
export { SigmoidVsTanh } from './SigmoidVsTanh';
export { VarianceThroughDepth } from './VarianceThroughDepth';
export { ReluFamily } from './ReluFamily';
