// URL table of the minibatch-noise widget: ?mb.eta=0.3&mb.epochs=20&mb.seed=4&mb.x=seconds trains
// the three batch sizes at η = 0.3 for 20 epochs from seed 4 and plots the loss against seconds.
import type { Schema } from '@/lib/url-state/schema';

export const URL_PREFIX = 'mb';

export const ETA_OPTIONS = ['0.1', '0.3', '1', '3'] as const;
export const X_AXES = ['epoch', 'seconds'] as const;
export type XAxis = (typeof X_AXES)[number];

export const MAX_SEED = 999_999;
export const MAX_EPOCHS = 30;

export const schema = {
  /** The learning rate η, the same for all three batch sizes. */
  eta: { kind: 'enum', default: '1', options: ETA_OPTIONS },
  epochs: { kind: 'int', default: 10, min: 1, max: MAX_EPOCHS },
  /** Seed of the initial weights (shared by the three runs) and of the shuffles. */
  seed: { kind: 'int', default: 1, min: 1, max: MAX_SEED },
  /** Loss against epochs or against seconds of training. */
  x: { kind: 'enum', default: 'epoch', options: X_AXES },
  /** Start training as soon as the widget loads (for a link shown in a lecture). */
  run: { kind: 'boolean', default: false },
} as const satisfies Schema;
