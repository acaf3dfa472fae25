// The ODE widget's URL table: ?ode.gamma=3&ode.hidden=5&ode.seed=4 opens that exact run.
import type { Schema } from '@/lib/url-state/schema';

export const URL_PREFIX = 'ode';

export const schema = {
  gamma: { kind: 'number', default: 2, min: 0.1, max: 10 },
  g0: { kind: 'number', default: 10, min: -50, max: 50 },
  /** Collocation points on [0, 1]; the notes use ten. */
  points: { kind: 'int', default: 10, min: 2, max: 50 },
  hidden: { kind: 'int', default: 10, min: 1, max: 40 },
  layers: { kind: 'enum', default: '1', options: ['1', '2'] },
  /** Learning rate η. */
  lr: { kind: 'number', default: 0.01, min: 1e-5, max: 10 },
  opt: { kind: 'enum', default: 'adam', options: ['adam', 'gd'] },
  iters: { kind: 'int', default: 10000, min: 100, max: 100000 },
  seed: { kind: 'int', default: 1, min: 0, max: 999999 },
} as const satisfies Schema;
