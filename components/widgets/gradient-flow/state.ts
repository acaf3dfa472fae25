// URL table of the gradient-flow widget: ?gf.act=tanh&gf.init=glorot&gf.seed=7 opens tanh with
// Glorot weights drawn from seed 7, the same network number for number on every machine.
import type { Schema } from '@/lib/url-state/schema';
import { ACTIVATION_NAMES, INIT_NAMES } from './model';

export const URL_PREFIX = 'gf';

export const GRADIENT_VIEWS = ['errors', 'weights'] as const;
export type GradientView = (typeof GRADIENT_VIEWS)[number];

export const MAX_SEED = 999_999;

export const schema = {
  act: { kind: 'enum', default: 'sigmoid', options: ACTIVATION_NAMES },
  init: { kind: 'enum', default: 'normal', options: INIT_NAMES },
  /** Seed of the inputs, the weights and the error fed in at the top. */
  seed: { kind: 'int', default: 1, min: 1, max: MAX_SEED },
  /** Bars of RMS δ^l (errors) or of ‖∂C/∂W^l‖ (weights). */
  grad: { kind: 'enum', default: 'errors', options: GRADIENT_VIEWS },
  /** Logarithmic scale for the gradient bars. */
  log: { kind: 'boolean', default: false },
} as const satisfies Schema;
