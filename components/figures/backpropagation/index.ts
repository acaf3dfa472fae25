// Figures for the backpropagation chapter, exported by the name used in MDX.
export { BackpropExampleNetwork } from './BackpropExampleNetwork';
export { BackpropChainRule } from './BackpropChainRule';
export { BackpropErrorFlow } from './BackpropErrorFlow';
export { BackpropSaturation } from './BackpropSaturation';
