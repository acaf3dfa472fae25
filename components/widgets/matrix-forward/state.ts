// The matrix forward pass's URL table: ?mf.act=relu&mf.sel=2-1&mf.x=1,0,-1 opens it with ReLU,
// the input (1, 0, −1) and the sum behind z²₁ on show. Seed 0 means the chapter's worked example;
// "Randomise" draws readable parameters from seeds 1, 2, …
import type { Schema } from '@/lib/url-state/schema';
import { ACTIVATION_NAMES, DEFAULT_PARAMS } from './model';

export const URL_PREFIX = 'mf';

export const VALUE_LIMIT = 10;
export const SEED_MAX = 99999;

/** The output entries one can select: layer-row. */
export const SELECTIONS = ['1-1', '1-2', '1-3', '2-1', '2-2'] as const;
export type Selection = (typeof SELECTIONS)[number];

const list = (values: readonly number[]) =>
  ({ kind: 'numbers', default: values, minLength: values.length, maxLength: values.length, min: -VALUE_LIMIT, max: VALUE_LIMIT }) as const;

export const schema = {
  act: { kind: 'enum', default: 'sigmoid', options: ACTIVATION_NAMES },
  x: list(DEFAULT_PARAMS.x),
  w1: list(DEFAULT_PARAMS.w1),
  b1: list(DEFAULT_PARAMS.b1),
  w2: list(DEFAULT_PARAMS.w2),
  b2: list(DEFAULT_PARAMS.b2),
  seed: { kind: 'int', default: 0, min: 0, max: SEED_MAX },
  sel: { kind: 'enum', default: '1-2', options: SELECTIONS },
} as const satisfies Schema;
