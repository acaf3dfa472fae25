// Figures for the recurrent-networks chapter, exported by the name used in MDX.
export { SequencePatterns } from './SequencePatterns';
export { UnrolledRnn, UnrolledRnnBackward } from './UnrolledRnn';
export { IteratedMap } from './IteratedMap';
export { SineSetup } from './SineSetup';
export { LstmCell } from './LstmCell';
