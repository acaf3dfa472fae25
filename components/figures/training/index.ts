// Figures for the training chapter, exported by the name used in MDX.
export { DigitFlattening } from './DigitFlattening';
export { DigitsNetwork } from './DigitsNetwork';
export { LossCurveGallery } from './LossCurveGallery';
export { DataSplits } from './DataSplits';
export { DropoutNetwork } from './DropoutNetwork';
