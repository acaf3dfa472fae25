'use client';

import { useCallback, useEffect, useRef, useState } from 'react';
import type { JobReply } from './jobs';
import { sweepSizes } from './jobs';
import { MAX_UNITS, type Approximation, type TargetName } from './model';
import { startJob, type JobControl } from './trainer';

export interface FitProgress {
  status: 'running' | 'paused' | 'done' | 'failed';
  step: number;
  total: number;
  /** Mean squared error on the training grid after each report. */
  history: { step: number; mse: number }[];
  message?: string;
}

export interface SweepProgress {
  status: 'running' | 'stopped' | 'done' | 'failed';
  points: { n: number; max: number; rms: number }[];
  sizes: number[];
  message?: string;
}

export interface TrainingSettings {
  active: boolean;
  target: TargetName;
  drawn: readonly number[];
  n: number;
  seed: number;
  lr: number;
  steps: number;
}

/** How long settings must stay put before a new fit starts (a dragged N slider passes many values). */
const SETTLE_MS = 150;

/**
 * Train mode's two jobs: the fit of N units, restarted whenever a setting changes, with pause and
 * resume; and, on request, the sweep over N. Both stop when the widget leaves train mode or unmounts.
 */
export function useTraining({ active, target, drawn, n, seed, lr, steps }: TrainingSettings) {
  const [fit, setFit] = useState<FitProgress | null>(null);
  const [trained, setTrained] = useState<Approximation | null>(null);
  const [sweep, setSweep] = useState<SweepProgress | null>(null);
  const [run, setRun] = useState(0);
  const fitJob = useRef<JobControl | null>(null);
  const sweepJob = useRef<JobControl | null>(null);

  useEffect(() => {
    setTrained(null);
    setFit(null);
    if (!active) return;
    const timer = setTimeout(() => {
      setFit({ status: 'running', step: 0, total: steps, history: [] });
      fitJob.current = startJob(
        { type: 'fit', target, drawn, n, seed, lr, steps, reportEvery: Math.max(25, steps / 100) },
        (reply: JobReply) => {
          if (reply.type === 'progress') {
            setTrained(reply.approximation);
            setFit((f) => f && { ...f, status: reply.done ? 'done' : f.status, step: reply.step, history: [...f.history, { step: reply.step, mse: reply.mse }] });
          } else if (reply.type === 'failed') setFit((f) => f && { ...f, status: 'failed', message: reply.message });
        },
      );
    }, SETTLE_MS);
    return () => {
      clearTimeout(timer);
      fitJob.current?.stop();
      fitJob.current = null;
    };
  }, [active, target, drawn, n, seed, lr, steps, run]);

  useEffect(() => {
    // A sweep belongs to one target and one set of training settings.
    setSweep(null);
    return () => {
      sweepJob.current?.stop();
      sweepJob.current = null;
    };
  }, [active, target, drawn, seed, lr, steps]);

  const pause = useCallback(() => {
    fitJob.current?.pause();
    setFit((f) => f && f.status === 'running' ? { ...f, status: 'paused' } : f);
  }, []);

  const resume = useCallback(() => {
    fitJob.current?.resume();
    setFit((f) => f && f.status === 'paused' ? { ...f, status: 'running' } : f);
  }, []);

  const restart = useCallback(() => setRun((r) => r + 1), []);

  const runSweep = useCallback(() => {
    sweepJob.current?.stop();
    const sizes = sweepSizes(MAX_UNITS);
    setSweep({ status: 'running', points: [], sizes });
    sweepJob.current = startJob({ type: 'sweep', target, drawn, ns: sizes, seed, lr, steps }, (reply) => {
      if (reply.type === 'sweep-point') setSweep((s) => s && { ...s, points: [...s.points, { n: reply.n, max: reply.max, rms: reply.rms }] });
      else if (reply.type === 'sweep-done') setSweep((s) => s && { ...s, status: 'done' });
      else if (reply.type === 'failed') setSweep((s) => s && { ...s, status: 'failed', message: reply.message });
    });
  }, [target, drawn, seed, lr, steps]);

  const stopSweep = useCallback(() => {
    sweepJob.current?.stop();
    sweepJob.current = null;
    setSweep((s) => s && s.status === 'running' ? { ...s, status: 'stopped' } : s);
  }, []);

  return { fit, trained, sweep, pause, resume, restart, runSweep, stopSweep };
}
