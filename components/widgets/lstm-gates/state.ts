// The LSTM stepper's URL table: ?lg.xs=1,-1,0.5&lg.t=3&lg.seed=7 opens step 3 of that sequence
// with the weights drawn from seed 7 (seed 0 is the chapter's worked example).
import type { Schema } from '@/lib/url-state/schema';

export const URL_PREFIX = 'lg';

export const MAX_STEPS = 10;

export const schema = {
  /** The input sequence x₁ … x_T. */
  xs: { kind: 'numbers', default: [1, 1, -1, 0, 0.5], minLength: 1, maxLength: MAX_STEPS, min: -5, max: 5 },
  h0: { kind: 'number', default: 0.2, min: -1, max: 1 },
  c0: { kind: 'number', default: 0.5, min: -10, max: 10 },
  /** The step shown, 1 … T. */
  t: { kind: 'int', default: 1, min: 1, max: MAX_STEPS },
  seed: { kind: 'int', default: 0, min: 0, max: 999999 },
} as const satisfies Schema;
