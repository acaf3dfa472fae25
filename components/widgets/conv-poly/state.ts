// The polynomial widget's URL table: ?cp.a=1,1&cp.b=1,-1,1 multiplies (1 + t)(1 − t + t²).
// Nothing is random, so there is no seed.
import type { Schema } from '@/lib/url-state/schema';

export const URL_PREFIX = 'cp';

export const MAX_COEFFICIENTS = 8;
export const VALUE_LIMIT = 1000;

export const schema = {
  a: { kind: 'numbers', default: [1, 2, 3], minLength: 1, maxLength: MAX_COEFFICIENTS, min: -VALUE_LIMIT, max: VALUE_LIMIT },
  b: { kind: 'numbers', default: [4, 5, 6, 7], minLength: 1, maxLength: MAX_COEFFICIENTS, min: -VALUE_LIMIT, max: VALUE_LIMIT },
  /** Which sequence the Toeplitz matrix holds. */
  matrix: { kind: 'enum', default: 'alpha', options: ['alpha', 'beta'] },
  /** The coefficient δ_j whose sum is spelled out. */
  j: { kind: 'int', default: 3, min: 0, max: 2 * MAX_COEFFICIENTS - 2 },
} as const satisfies Schema;
