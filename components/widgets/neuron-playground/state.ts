// The neuron playground's URL table: ?np.data=xor&np.w1=-0.1&np.next=2 opens XOR with w₁ = −0.1
// and the rule about to present the third point. The default start is the chapter's worked
// example: w = (0.3, 0.4), b = 0.1, η = 0.1.
import type { Schema } from '@/lib/url-state/schema';
import { DATASET_NAMES, OUTPUT_NAMES } from './model';

export const URL_PREFIX = 'np';

export const WEIGHT_LIMIT = 100;
export const ETA_RANGE = { min: 0.001, max: 10 } as const;
export const SEED_RANGE = { min: 1, max: 99999 } as const;

export const schema = {
  data: { kind: 'enum', default: 'and', options: DATASET_NAMES },
  f: { kind: 'enum', default: 'heaviside', options: OUTPUT_NAMES },
  w1: { kind: 'number', default: 0.3, min: -WEIGHT_LIMIT, max: WEIGHT_LIMIT },
  w2: { kind: 'number', default: 0.4, min: -WEIGHT_LIMIT, max: WEIGHT_LIMIT },
  b: { kind: 'number', default: 0.1, min: -WEIGHT_LIMIT, max: WEIGHT_LIMIT },
  eta: { kind: 'number', default: 0.1, min: ETA_RANGE.min, max: ETA_RANGE.max },
  /** Seed of the two blobs. */
  seed: { kind: 'int', default: 1, min: SEED_RANGE.min, max: SEED_RANGE.max },
  /** Index of the point the learning rule presents next. */
  next: { kind: 'int', default: 0, min: 0, max: 19 },
} as const satisfies Schema;
