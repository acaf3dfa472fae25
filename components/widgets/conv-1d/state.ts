// The 1D convolution widget's URL table: ?c1.sig=1,4,2,8&c1.ker=1,-1&c1.mode=cross&c1.t=2 opens
// the chapter's difference example at position 2. Nothing is random, so there is no seed.
import type { Schema } from '@/lib/url-state/schema';

export const URL_PREFIX = 'c1';

export const MAX_SIGNAL = 24;
export const MAX_KERNEL = 9;
export const VALUE_LIMIT = 100;

export const schema = {
  sig: { kind: 'numbers', default: [1, 4, 2, 8], minLength: 1, maxLength: MAX_SIGNAL, min: -VALUE_LIMIT, max: VALUE_LIMIT },
  ker: { kind: 'numbers', default: [0.5, 0.5], minLength: 1, maxLength: MAX_KERNEL, min: -VALUE_LIMIT, max: VALUE_LIMIT },
  mode: { kind: 'enum', default: 'conv', options: ['conv', 'cross'] },
  /** The kernel's position, 0 … n + k − 2. */
  t: { kind: 'int', default: 1, min: 0, max: MAX_SIGNAL + MAX_KERNEL - 2 },
} as const satisfies Schema;
