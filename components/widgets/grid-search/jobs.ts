// The grid search as a job: train every cell in turn and reply after each one, so the heatmap
// fills in as the cells finish.
import type { DigitsArrays } from './digits-data';
import { gridCells, trainCell, type CellResult, type GridSettings } from './model';

export interface GridJob {
  data: DigitsArrays;
  etas: readonly number[];
  lambdas: readonly number[];
  settings: GridSettings;
}

export type GridReply =
  | { type: 'cell'; row: number; col: number; result: CellResult; seconds: number }
  | { type: 'done'; seconds: number }
  | { type: 'failed'; message: string };

export function* runGridJob(job: GridJob, clock: () => number = () => Date.now()): Generator<GridReply> {
  const started = clock();
  for (const { row, col, eta, lambda } of gridCells(job.etas, job.lambdas)) {
    const result = trainCell(job.data, eta, lambda, job.settings);
    yield { type: 'cell', row, col, result, seconds: (clock() - started) / 1000 };
  }
  yield { type: 'done', seconds: (clock() - started) / 1000 };
}

export const gridFailed = (message: string): GridReply => ({ type: 'failed', message });
