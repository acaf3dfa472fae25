// URL table of the grid search: ?gs.seed=7&gs.epochs=10&gs.tab=train&gs.cell=13 opens the grid
// for seed 7 and 10 epochs, on the training-accuracy tab, with cell 13 (row 2, column 1) selected.
import type { Schema } from '@/lib/url-state/schema';
import { ETA_RANGES, ETAS_BY_RANGE, LAMBDAS } from './grid';
import { DEFAULT_GRID } from './model';

export const URL_PREFIX = 'gs';

export const TABS = ['test', 'train'] as const;
export type Tab = (typeof TABS)[number];

export const MAX_SEED = 999_999;
export const MAX_EPOCHS = 20;
const MAX_CELLS = Math.max(...Object.values(ETAS_BY_RANGE).map((e) => e.length)) * LAMBDAS.length;

export const schema = {
  /** Seed of the initial weights and of every epoch's shuffle (the same for every cell). */
  seed: { kind: 'int', default: 1, min: 1, max: MAX_SEED },
  epochs: { kind: 'int', default: DEFAULT_GRID.epochs, min: 1, max: MAX_EPOCHS },
  /** Which accuracy the heatmap shows. */
  tab: { kind: 'enum', default: 'test', options: TABS },
  /** Learning rates 10⁻⁴…10⁰ or one decade further, 10⁻³…10¹. */
  etas: { kind: 'enum', default: '1e-4..1', options: ETA_RANGES },
  /** Selected cell, row × columns + column; −1 for none. */
  cell: { kind: 'int', default: -1, min: -1, max: MAX_CELLS - 1 },
  /** Start training as soon as the widget loads (for a link shown in a lecture). */
  run: { kind: 'boolean', default: false },
} as const satisfies Schema;
