// URL table of ResNet as forward Euler: ?re.F=rotation&re.n=20&re.h=0.3 opens the rotation with
// 20 blocks of step 0.3.
import type { Schema } from '@/lib/url-state/schema';
import { FIELD_NAMES } from './model';

export const URL_PREFIX = 're';

export const MAX_DEPTH = 200;
export const MAX_STEP = 3;

export const schema = {
  F: { kind: 'enum', default: 'decay', options: FIELD_NAMES },
  /** Number of residual blocks (Euler steps). */
  n: { kind: 'int', default: 10, min: 1, max: MAX_DEPTH },
  /** Step size h; the end time is n·h. */
  h: { kind: 'number', default: 0.1, min: 0.001, max: MAX_STEP },
} as const satisfies Schema;
