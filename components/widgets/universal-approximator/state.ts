// URL table of the universal approximator: ?ua.target=abs&ua.n=4&ua.mode=train opens it training four
// units on |x|. Everything that decides the numbers is here, the training seed included.
import type { Schema } from '@/lib/url-state/schema';
import { DRAW_POINTS, MAX_UNITS, TARGET_NAMES, Y_LIMIT } from './model';

export const URL_PREFIX = 'ua';

export const LEARNING_RATES = ['0.01', '0.05', '0.1', '1'] as const;
export const STEP_COUNTS = ['1000', '3000', '10000'] as const;

export const schema = {
  mode: { kind: 'enum', default: 'hand', options: ['hand', 'train'] },
  target: { kind: 'enum', default: 'sin', options: TARGET_NAMES },
  n: { kind: 'int', default: 9, min: 1, max: MAX_UNITS },
  /** Hand-set parameters: c₄, then c₁, c₂, c₃ of each unit; empty = the chapter's staircase. */
  p: { kind: 'numbers', default: [], maxLength: 1 + 3 * MAX_UNITS, min: -10000, max: 10000 },
  /** The unit whose sliders are shown (1-based). */
  sel: { kind: 'int', default: 1, min: 1, max: MAX_UNITS },
  /** The drawn target: its values at x = 0, 0.05, …, 1. */
  draw: { kind: 'numbers', default: [], minLength: 0, maxLength: DRAW_POINTS, min: -Y_LIMIT, max: Y_LIMIT },
  seed: { kind: 'int', default: 1, min: 0, max: 1_000_000_000 },
  lr: { kind: 'enum', default: '0.05', options: LEARNING_RATES },
  steps: { kind: 'enum', default: '3000', options: STEP_COUNTS },
} as const satisfies Schema;
