// Optimizers update parameters in place from their .grad; `noGrad` runs inference without a graph.
export { sgd, momentum, type SgdOptions, type MomentumOptions } from './sgd';
export { adam, type AdamOptions } from './adam';
export type { Optimizer } from './optimizer';
export { noGrad } from '../autograd';
