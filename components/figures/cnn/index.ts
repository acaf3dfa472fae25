// Figures for the cnn chapter, exported by the name used in MDX.
export { CnnVolumeStack } from './VolumeStack';
export { ConvReluPoolPipeline } from './ConvReluPool';
export { ReceptiveFieldGrowth } from './ReceptiveField';
export { ResidualBlock } from './ResidualBlock';
export { UnravelledResnet } from './UnravelledResnet';
export { YoloGrid } from './YoloGrid';
