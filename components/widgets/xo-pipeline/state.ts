// URL table of the X/O pipeline: ?xo.img=o&xo.f=1&xo.stage=pool&xo.r=1&xo.c=2 opens the O image,
// the small-X filter, and pool cell (1, 2) selected.
import type { Schema } from '@/lib/url-state/schema';

export const URL_PREFIX = 'xo';

export const schema = {
  img: { kind: 'enum', default: 'x', options: ['x', 'o'] },
  /** Filter index: 0 falling diagonal, 1 small X, 2 rising diagonal. */
  f: { kind: 'int', default: 0, min: 0, max: 2 },
  stage: { kind: 'enum', default: 'conv', options: ['conv', 'relu', 'pool'] },
  /** The selected cell of that stage's map (row, column from 0). */
  r: { kind: 'int', default: 0, min: 0, max: 6 },
  c: { kind: 'int', default: 0, min: 0, max: 6 },
  /** Numbers as the notes print them (two decimals, cut) or in ninths. */
  fmt: { kind: 'enum', default: 'notes', options: ['notes', 'ninths'] },
  /** Keep the partial 2×2 windows at the edge of the 7×7 map (4×4 pool) or drop them (3×3). */
  partial: { kind: 'boolean', default: true },
} as const satisfies Schema;
