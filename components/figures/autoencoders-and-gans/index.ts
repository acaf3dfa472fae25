// Figures for the autoencoders-and-gans chapter, exported by the name used in MDX.
export { AutoencoderDiagram } from './AutoencoderDiagram';
export { Seq2Seq } from './Seq2Seq';
export { GanLoop } from './GanLoop';
export { PointMassDistances } from './PointMassDistances';
