// The two training jobs of train mode, as generators of plain messages: "fit" trains N units and
// reports the fit as it improves; "sweep" trains N = 1, 2, 3, 5, … in turn and reports the error
// reached for each, so the reader sees the error fall as N grows. The worker posts every message
// it yields; without workers (the tests) the page steps through the same generator.
import { fitError, targetFunction, type Approximation, type TargetName } from './model';
import { Fitter } from './train';

export interface JobTarget {
  target: TargetName;
  /** The drawn values, for target 'drawn'. */
  drawn: readonly number[];
}

export interface FitJob extends JobTarget {
  type: 'fit';
  n: number;
  seed: number;
  lr: number;
  steps: number;
  /** Report the fit every this many steps. */
  reportEvery: number;
}

export interface SweepJob extends JobTarget {
  type: 'sweep';
  ns: number[];
  seed: number;
  lr: number;
  steps: number;
}

export type Job = FitJob | SweepJob;

/** What the page tells the worker. */
export type WorkerMessage = { type: 'start'; job: Job } | { type: 'pause' } | { type: 'resume' };

export type JobReply =
  | { type: 'progress'; step: number; mse: number; approximation: Approximation; done: boolean }
  | { type: 'sweep-point'; n: number; max: number; rms: number }
  | { type: 'sweep-done' }
  | { type: 'failed'; message: string };

/** The numbers of hidden units a sweep tries, up to `max`. */
export function sweepSizes(max: number): number[] {
  return [1, 2, 3, 5, 8, 13, 20, 30, 50].filter((n) => n <= max);
}

/** A mean squared error this large means the fit has blown up (the targets stay within ±1.5). */
export const EXPLODED_MSE = 1e6;

/** Why a fit has diverged, in words, or null while its error is a sensible number. */
export function divergence(step: number, mse: number): string | null {
  if (Number.isNaN(mse) || !Number.isFinite(mse))
    return `Training diverged at step ${step}: the error is no longer a finite number. Choose a smaller learning rate or another seed, or reset the training settings.`;
  if (mse > EXPLODED_MSE)
    return `Training diverged at step ${step}: the mean squared error has exploded to ${mse.toExponential(2)}. Choose a smaller learning rate or another seed, or reset the training settings.`;
  return null;
}

export function* runJob(job: Job): Generator<JobReply> {
  const h = targetFunction(job.target, job.drawn);
  if (job.type === 'fit') {
    const fitter = new Fitter(h, { n: job.n, seed: job.seed, lr: job.lr });
    while (fitter.steps < job.steps) {
      const mse = fitter.step(Math.min(job.reportEvery, job.steps - fitter.steps));
      const problem = divergence(fitter.steps, mse);
      if (problem) {
        yield { type: 'failed', message: problem };
        return;
      }
      yield { type: 'progress', step: fitter.steps, mse, approximation: fitter.snapshot(), done: fitter.steps >= job.steps };
    }
    return;
  }
  for (const n of job.ns) {
    const fitter = new Fitter(h, { n, seed: job.seed, lr: job.lr });
    const mse = fitter.step(job.steps);
    const problem = divergence(fitter.steps, mse);
    if (problem) {
      yield { type: 'failed', message: problem };
      return;
    }
    const error = fitError(fitter.snapshot(), h);
    yield { type: 'sweep-point', n, max: error.max, rms: error.rms };
  }
  yield { type: 'sweep-done' };
}
