// Figures for the neurons chapter, exported by the name used in MDX.
export { NeuronAnatomy } from './NeuronAnatomy';
export { ActivationGallery } from './ActivationGallery';
export { PerceptronAnd } from './PerceptronAnd';
export { XorPlane } from './XorPlane';
