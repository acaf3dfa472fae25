// URL table of the padding / stride arithmetic widget. The contract the chapter's links rely on:
// arith.i, arith.k, arith.p, arith.s, arith.d set the rows (and the columns too, unless the axes
// are separate); arith.i2 … arith.d2 set the columns. So
//   ?arith.i=7&arith.k=3&arith.p=1&arith.s=2
// opens a 7 × 7 input, 3 × 3 kernel, padding 1, stride 2 (output 4 × 4).
// Sizes accept any whole number in the URL, so a link with stride 0 or padding −1 opens the
// widget on that exact configuration and the widget explains why it has no output.
import type { Schema } from '@/lib/url-state/schema';
import { EXAMPLE_IDS } from './examples';

export const URL_PREFIX = 'arith';

const size = (def: number) => ({ kind: 'int', default: def, min: -10_000, max: 10_000 }) as const;

export const schema = {
  i: size(5),
  k: size(3),
  p: size(0),
  s: size(1),
  d: size(1),
  /** Separate rows and columns: i2 … d2 are the columns. Any of them in a link turns it on. */
  sep: { kind: 'boolean', default: false },
  i2: size(5),
  k2: size(3),
  p2: size(0),
  s2: size(1),
  d2: size(1),
  mode: { kind: 'enum', default: 'conv', options: ['conv', 'pool'] },
  pool: { kind: 'enum', default: 'max', options: ['max', 'avg'] },
  ceil: { kind: 'boolean', default: false },
  /** Input channels D₁ and kernels N. */
  c: { kind: 'int', default: 3, min: -10_000, max: 10_000 },
  n: { kind: 'int', default: 2, min: -10_000, max: 10_000 },
  /** The worked example whose numbers fill the grid. */
  ex: { kind: 'enum', default: 'none', options: EXAMPLE_IDS },
  /** Window position shown (1-based; 0 = the whole output filled in). */
  t: { kind: 'int', default: 0, min: 0, max: 1_000_000 },
  /** Exercise mode and the seed of its question. */
  quiz: { kind: 'boolean', default: false },
  q: { kind: 'int', default: 1, min: 1, max: 999_999 },
} as const satisfies Schema;

export const COLUMN_KEYS = ['i2', 'k2', 'p2', 's2', 'd2'] as const;
