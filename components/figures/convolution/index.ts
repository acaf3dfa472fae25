// Figures for the convolution chapter, exported by the name used in MDX.
export { ConvPolynomialSlide } from './ConvPolynomialSlide';
export { ConvSquareWave } from './ConvSquareWave';
export { ConvSlidingWindow } from './ConvSlidingWindow';
export { ConvDenseVsLocal } from './ConvDenseVsLocal';
export { ConvStencils } from './ConvStencils';
export { ConvXFeatureMap } from './ConvXFeatureMap';
