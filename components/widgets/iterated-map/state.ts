// The iterated map's URL table: ?im.n=8&im.x=0.45 opens f⁸ with the probe at x₀ = 0.45.
import type { Schema } from '@/lib/url-state/schema';

export const URL_PREFIX = 'im';

export const schema = {
  /** Number of compositions, 1 … 10. */
  n: { kind: 'int', default: 4, min: 1, max: 10 },
  /** The probe's starting point x₀ in [0, 1]. */
  x: { kind: 'number', default: 0.01, min: 0, max: 1 },
} as const satisfies Schema;
