// The activation explorer's URL table: ?act.fn=tanh&act.x=-1.5 opens it on tanh at x = −1.5.
import type { Schema } from '@/lib/url-state/schema';
import { ACTIVATION_NAMES } from './model';

export const URL_PREFIX = 'act';

export const RANGES = ['3', '6', '10'] as const;

export const schema = {
  fn: { kind: 'enum', default: 'sigmoid', options: ACTIVATION_NAMES },
  x: { kind: 'number', default: 1, min: -10, max: 10 },
  /** Half-width of the plotted x-range. */
  range: { kind: 'enum', default: '6', options: RANGES },
  /** Slope for x < 0 of the leaky ReLU (the chapter uses 0.01 and 0.1). */
  leak: { kind: 'number', default: 0.01, min: 0, max: 1 },
  /** α of the ELU. */
  eluAlpha: { kind: 'number', default: 1, min: 0, max: 5 },
  deriv: { kind: 'boolean', default: true },
  tangent: { kind: 'boolean', default: true },
} as const satisfies Schema;
