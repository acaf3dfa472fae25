'use client';

// Runs training in a Web Worker and gathers its epoch updates for the page. Every Train starts a
// fresh worker; Stop and Resume are messages to it; leaving the page terminates it.
import { useCallback, useEffect, useRef, useState } from 'react';
import { TARGET_CORRECT, type TrainSettings } from './model';
import type { EpochUpdate, TrainerReply } from './protocol';

export type Phase = 'idle' | 'loading' | 'running' | 'paused' | 'done' | 'diverged' | 'failed';

export interface Divergence {
  epoch: number;
  step: number;
  loss: number;
}

export interface TrainerView {
  phase: Phase;
  /** One update per finished epoch, the untrained network first (epoch 0). */
  history: EpochUpdate[];
  divergence: Divergence | null;
  error: string | null;
  /** The first update with at least 351 of 360 test digits right, if any. */
  firstAtTarget: EpochUpdate | null;
}

const IDLE: TrainerView = { phase: 'idle', history: [], divergence: null, error: null, firstAtTarget: null };

function dataUrl(): string {
  return new URL(`${process.env.NEXT_PUBLIC_BASE_PATH ?? ''}/data/`, window.location.href).href;
}

export function useTrainer() {
  const [view, setView] = useState<TrainerView>(IDLE);
  const worker = useRef<Worker | null>(null);
  const run = useRef(0);

  const stopWorker = useCallback(() => {
    worker.current?.terminate();
    worker.current = null;
    run.current++;
  }, []);

  useEffect(() => stopWorker, [stopWorker]);

  const onReply = useCallback((reply: TrainerReply) => {
    if (reply.run !== run.current) return;
    setView((v) => {
      switch (reply.type) {
        case 'ready':
          return { ...v, phase: 'running' };
        case 'epoch': {
          const u = reply.update;
          const reached = !v.firstAtTarget && u.test.correct >= TARGET_CORRECT;
          return { ...v, history: [...v.history, u], firstAtTarget: reached ? u : v.firstAtTarget };
        }
        case 'paused':
          return { ...v, phase: 'paused' };
        case 'done':
          return { ...v, phase: 'done' };
        case 'diverged':
          return { ...v, phase: 'diverged', divergence: { epoch: reply.epoch, step: reply.step, loss: reply.loss } };
        case 'failed':
          return { ...v, phase: 'failed', error: reply.message };
      }
    });
  }, []);

  const start = useCallback(
    (settings: TrainSettings) => {
      stopWorker();
      if (typeof Worker === 'undefined') {
        setView({ ...IDLE, phase: 'failed', error: 'This browser cannot run Web Workers, which the trainer needs to train without freezing the page.' });
        return;
      }
      const w = new Worker(new URL('./train.worker.ts', import.meta.url), { type: 'module' });
      worker.current = w;
      const id = run.current;
      w.addEventListener('message', (event: MessageEvent<TrainerReply>) => onReply(event.data));
      w.addEventListener('error', (event) => {
        event.preventDefault();
        onReply({ type: 'failed', run: id, message: `The training worker stopped: ${event.message || 'it could not start'}.` });
      });
      setView({ ...IDLE, phase: 'loading' });
      w.postMessage({ type: 'start', run: id, settings, dataUrl: dataUrl() });
    },
    [onReply, stopWorker],
  );

  const pause = useCallback(() => worker.current?.postMessage({ type: 'pause', run: run.current }), []);

  const resume = useCallback(() => {
    worker.current?.postMessage({ type: 'resume', run: run.current });
    setView((v) => (v.phase === 'paused' ? { ...v, phase: 'running' } : v));
  }, []);

  const clear = useCallback(() => {
    stopWorker();
    setView(IDLE);
  }, [stopWorker]);

  return { view, start, pause, resume, clear };
}
