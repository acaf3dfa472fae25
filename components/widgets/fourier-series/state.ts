// The Fourier widget's URL table: ?fs.n=25 shows the partial sum with 25 harmonics;
// ?fs.size=4 shows the circular wrap of a too-short FFT. Nothing is random, so there is no seed.
import type { Schema } from '@/lib/url-state/schema';

export const URL_PREFIX = 'fs';

export const MAX_HARMONICS = 200;
export const MAX_LIST = 8;
export const VALUE_LIMIT = 1000;
export const FFT_SIZES = ['4', '8', '16', '32'] as const;

export const schema = {
  n: { kind: 'int', default: 5, min: 1, max: MAX_HARMONICS },
  a: { kind: 'numbers', default: [1, 2, 3], minLength: 1, maxLength: MAX_LIST, min: -VALUE_LIMIT, max: VALUE_LIMIT },
  b: { kind: 'numbers', default: [4, 5, 6, 7], minLength: 1, maxLength: MAX_LIST, min: -VALUE_LIMIT, max: VALUE_LIMIT },
  size: { kind: 'enum', default: '8', options: FFT_SIZES },
} as const satisfies Schema;
