// The messages between the page and the training worker. Plain data only: typed arrays and numbers.
import type { Mistake, NetworkSnapshot, TrainSettings } from './model';
import type { Metrics } from './training';

export type TrainerRequest =
  | { type: 'start'; run: number; settings: TrainSettings; dataUrl: string }
  | { type: 'pause'; run: number }
  | { type: 'resume'; run: number };

export interface EpochUpdate {
  epoch: number;
  /** η used in this epoch (it falls under the cosine schedule). */
  lr: number;
  train: Metrics;
  test: Metrics;
  /** Seconds of computing (training and evaluation) since the start, pauses not counted. */
  seconds: number;
  confusion: number[][];
  mistakes: Mistake[];
  network: NetworkSnapshot;
}

export type TrainerReply =
  | { type: 'ready'; run: number }
  | { type: 'epoch'; run: number; update: EpochUpdate }
  | { type: 'paused'; run: number }
  | { type: 'done'; run: number }
  | { type: 'diverged'; run: number; epoch: number; step: number; loss: number }
  | { type: 'failed'; run: number; message: string };
