// URL table of the backprop step-through: ?bp.step=12&bp.eta=0.1 opens it at step 12 with η = 0.1.
import type { Schema } from '@/lib/url-state/schema';
import { PRESET_NAMES } from './presets';

export const URL_PREFIX = 'bp';

export const schema = {
  preset: { kind: 'enum', default: '2-2-2', options: PRESET_NAMES },
  act: { kind: 'enum', default: 'sigmoid', options: ['sigmoid', 'tanh', 'relu'] },
  /** Index of the step shown, 0 = nothing computed yet. */
  step: { kind: 'int', default: 0, min: 0, max: 500 },
  eta: { kind: 'number', default: 0.5, min: 0, max: 100 },
  /** Update the biases too (the classic example keeps them fixed). */
  bias: { kind: 'boolean', default: false },
  /** Edited numbers: weights, biases, inputs, targets (see presets.ts); empty = the preset's own. */
  nums: { kind: 'numbers', default: [], maxLength: 64, min: -1000, max: 1000 },
} as const satisfies Schema;
