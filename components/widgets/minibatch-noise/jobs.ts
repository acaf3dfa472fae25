// The three runs as one job. They take turns, one loss checkpoint each, so the three curves grow
// together on screen; each run's clock counts only its own updates.
import type { DigitsArrays } from '@/components/widgets/grid-search/digits-data';
import { BATCH_CHOICES, isDiverged, trainRun, type LossPoint, type NoiseSettings } from './model';

export interface NoiseJob {
  data: DigitsArrays;
  settings: NoiseSettings;
}

export type NoiseReply =
  | { type: 'point'; run: number; point: LossPoint }
  | { type: 'run-done'; run: number; diverged: boolean }
  | { type: 'done' }
  | { type: 'failed'; message: string };

export function* runNoiseJob(job: NoiseJob, clock: () => number = () => 0): Generator<NoiseReply> {
  const runs = BATCH_CHOICES.map((choice) => trainRun(job.data, choice, job.settings, clock));
  const active = runs.map(() => true);
  const diverged = runs.map(() => false);
  while (active.some(Boolean)) {
    for (let run = 0; run < runs.length; run++) {
      if (!active[run]) continue;
      const item = runs[run].next();
      if (item.done) {
        active[run] = false;
        yield { type: 'run-done', run, diverged: diverged[run] };
        continue;
      }
      if (isDiverged(item.value.loss)) diverged[run] = true;
      yield { type: 'point', run, point: item.value };
    }
  }
  yield { type: 'done' };
}

export const noiseFailed = (message: string): NoiseReply => ({ type: 'failed', message });
