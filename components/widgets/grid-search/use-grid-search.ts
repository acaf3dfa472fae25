'use client';

import { useCallback, useEffect, useRef, useState } from 'react';
import { loadDigits } from './digits-data';
import { gridFailed, runGridJob, type GridJob, type GridReply } from './jobs';
import type { CellResult, GridSettings } from './model';
import { startJob, type JobRunner, type StopJob } from './run-job';

export type GridStatus = 'idle' | 'loading' | 'running' | 'done' | 'failed';

export interface GridRun {
  /** results[row][col], null until that cell has been trained. */
  results: (CellResult | null)[][];
  status: GridStatus;
  finished: number;
  seconds: number;
  error: string | null;
  start: () => void;
  stop: () => void;
}

const runner: JobRunner<GridJob, GridReply> = {
  makeWorker: () => new Worker(new URL('./grid.worker.ts', import.meta.url), { type: 'module' }),
  run: (job) => runGridJob(job),
  failed: gridFailed,
};

const empty = (rows: number, cols: number) => Array.from({ length: rows }, () => Array<CellResult | null>(cols).fill(null));

/**
 * The grid for these settings, trained cell by cell in a Web Worker when `start` is called.
 * Changing the settings clears the grid; leaving the page terminates the worker.
 */
export function useGridSearch(etas: readonly number[], lambdas: readonly number[], settings: GridSettings): GridRun {
  const key = `${etas.join(',')}|${lambdas.join(',')}|${settings.hidden}|${settings.activation}|${settings.epochs}|${settings.batch}|${settings.seed}`;
  const [run, setRun] = useState<Omit<GridRun, 'start' | 'stop'>>(() => ({ results: empty(etas.length, lambdas.length), status: 'idle', finished: 0, seconds: 0, error: null }));
  const stopJob = useRef<StopJob | null>(null);
  const generation = useRef(0);
  const latest = useRef({ etas, lambdas, settings });
  latest.current = { etas, lambdas, settings };

  const stop = useCallback(() => {
    generation.current++;
    stopJob.current?.();
    stopJob.current = null;
    setRun((r) => (r.status === 'running' || r.status === 'loading' ? { ...r, status: 'idle' } : r));
  }, []);

  useEffect(() => {
    stop();
    setRun({ results: empty(etas.length, lambdas.length), status: 'idle', finished: 0, seconds: 0, error: null });
    // The key captures every setting; the arrays themselves change identity on each render.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key, stop]);

  useEffect(() => () => stopJob.current?.(), []);

  const start = useCallback(() => {
    stop();
    const mine = ++generation.current;
    const { etas: e, lambdas: l, settings: s } = latest.current;
    setRun({ results: empty(e.length, l.length), status: 'loading', finished: 0, seconds: 0, error: null });
    loadDigits().then(
      (data) => {
        if (generation.current !== mine) return;
        setRun((r) => ({ ...r, status: 'running' }));
        stopJob.current = startJob(runner, { data, etas: e, lambdas: l, settings: s }, (reply) => {
          if (generation.current !== mine) return;
          if (reply.type !== 'cell') {
            // The grid is complete (or failed): the worker is no longer needed.
            stopJob.current?.();
            stopJob.current = null;
          }
          setRun((r) => {
            if (reply.type === 'cell') {
              const results = r.results.map((row) => row.slice());
              results[reply.row][reply.col] = reply.result;
              return { ...r, results, finished: r.finished + 1, seconds: reply.seconds };
            }
            if (reply.type === 'done') return { ...r, status: 'done', seconds: reply.seconds };
            return { ...r, status: 'failed', error: reply.message };
          });
        });
      },
      (error: unknown) => {
        if (generation.current !== mine) return;
        setRun((r) => ({ ...r, status: 'failed', error: error instanceof Error ? error.message : String(error) }));
      },
    );
  }, [stop]);

  return { ...run, start, stop };
}
