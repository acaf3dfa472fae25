'use client';

import { useCallback, useEffect, useRef, useState } from 'react';
import { loadDigits } from '@/components/widgets/grid-search/digits-data';
import { startJob, type JobRunner, type StopJob } from '@/components/widgets/grid-search/run-job';
import { noiseFailed, runNoiseJob, type NoiseJob, type NoiseReply } from './jobs';
import { BATCH_CHOICES, type LossPoint, type NoiseSettings } from './model';

export type NoiseStatus = 'idle' | 'loading' | 'running' | 'done' | 'failed';

export interface NoiseRuns {
  /** points[run] for the batch choices in BATCH_CHOICES order. */
  points: LossPoint[][];
  diverged: boolean[];
  status: NoiseStatus;
  error: string | null;
  start: () => void;
  stop: () => void;
}

const runner: JobRunner<NoiseJob, NoiseReply> = {
  makeWorker: () => new Worker(new URL('./noise.worker.ts', import.meta.url), { type: 'module' }),
  run: (job) => runNoiseJob(job),
  failed: noiseFailed,
};

type RunsState = Omit<NoiseRuns, 'start' | 'stop'>;
const fresh = (status: NoiseStatus = 'idle'): RunsState => ({ points: BATCH_CHOICES.map(() => []), diverged: BATCH_CHOICES.map(() => false), status, error: null });

/** The three runs for these settings, trained in a Web Worker on `start`; cleared when the settings change. */
export function useNoiseRuns(settings: NoiseSettings): NoiseRuns {
  const { hidden, eta, epochs, seed } = settings;
  const [state, setState] = useState<RunsState>(() => fresh());
  const stopJob = useRef<StopJob | null>(null);
  const generation = useRef(0);
  const latest = useRef(settings);
  latest.current = settings;

  const stop = useCallback(() => {
    generation.current++;
    stopJob.current?.();
    stopJob.current = null;
    setState((s) => (s.status === 'running' || s.status === 'loading' ? { ...s, status: 'idle' } : s));
  }, []);

  useEffect(() => {
    stop();
    setState(fresh());
  }, [hidden, eta, epochs, seed, stop]);

  useEffect(() => () => stopJob.current?.(), []);

  const start = useCallback(() => {
    stop();
    const mine = ++generation.current;
    const job = latest.current;
    setState(fresh('loading'));
    loadDigits().then(
      (data) => {
        if (generation.current !== mine) return;
        setState((s) => ({ ...s, status: 'running' }));
        stopJob.current = startJob(runner, { data, settings: job }, (reply) => {
          if (generation.current !== mine) return;
          if (reply.type === 'done' || reply.type === 'failed') {
            stopJob.current?.();
            stopJob.current = null;
          }
          setState((s) => {
            switch (reply.type) {
              case 'point':
                return { ...s, points: s.points.map((p, i) => (i === reply.run ? [...p, reply.point] : p)) };
              case 'run-done':
                return { ...s, diverged: s.diverged.map((d, i) => (i === reply.run ? reply.diverged : d)) };
              case 'done':
                return { ...s, status: 'done' };
              default:
                return { ...s, status: 'failed', error: reply.message };
            }
          });
        });
      },
      (error: unknown) => {
        if (generation.current !== mine) return;
        setState((s) => ({ ...s, status: 'failed', error: error instanceof Error ? error.message : String(error) }));
      },
    );
  }, [stop]);

  return { ...state, start, stop };
}
