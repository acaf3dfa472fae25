// The digits trainer's URL table: ?dt.hidden=100&dt.lr=0.05&dt.seed=7 opens it with those settings.
// The seed fixes the initial weights and every epoch's shuffle, so a link reproduces a run number
// for number.
import type { Schema, StateOf } from '@/lib/url-state/schema';
import { DEFAULT_SETTINGS, type TrainSettings } from './model';

export const URL_PREFIX = 'dt';

export const ACTIVATIONS = ['tanh', 'sigmoid', 'relu'] as const;
export const SCHEDULES = ['cosine', 'constant'] as const;

export const schema = {
  hidden: { kind: 'int', default: DEFAULT_SETTINGS.hidden, min: 1, max: 500 },
  act: { kind: 'enum', default: DEFAULT_SETTINGS.activation, options: ACTIVATIONS },
  lr: { kind: 'number', default: DEFAULT_SETTINGS.lr, min: 0.0001, max: 100 },
  l2: { kind: 'number', default: DEFAULT_SETTINGS.l2, min: 0, max: 1 },
  batch: { kind: 'int', default: DEFAULT_SETTINGS.batch, min: 1, max: 1437 },
  epochs: { kind: 'int', default: DEFAULT_SETTINGS.epochs, min: 1, max: 200 },
  momentum: { kind: 'number', default: DEFAULT_SETTINGS.momentum, min: 0, max: 0.99 },
  schedule: { kind: 'enum', default: DEFAULT_SETTINGS.schedule, options: SCHEDULES },
  avg: { kind: 'boolean', default: DEFAULT_SETTINGS.averaging },
  seed: { kind: 'int', default: DEFAULT_SETTINGS.seed, min: 0, max: 999_999 },
} as const satisfies Schema;

export type TrainerState = StateOf<typeof schema>;

export function settingsOf(state: TrainerState): TrainSettings {
  return {
    hidden: state.hidden,
    activation: state.act,
    lr: state.lr,
    l2: state.l2,
    batch: state.batch,
    epochs: state.epochs,
    momentum: state.momentum,
    schedule: state.schedule,
    averaging: state.avg,
    seed: state.seed,
  };
}
