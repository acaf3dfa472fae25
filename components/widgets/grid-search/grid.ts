// The two η ranges the reader can choose (rows of the grid); the λ values are the columns.
import { ETAS, LAMBDAS, logSpace } from './model';

export const ETA_RANGES = ['1e-4..1', '1e-3..10'] as const;
export type EtaRange = (typeof ETA_RANGES)[number];

export const ETAS_BY_RANGE: Record<EtaRange, number[]> = {
  '1e-4..1': ETAS,
  '1e-3..10': logSpace(-3, 1, 5),
};

export { LAMBDAS };
