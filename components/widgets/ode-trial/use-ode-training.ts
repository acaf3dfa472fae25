'use client';

import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { NetworkParams } from './network';
import { createTrainer, type OdeSettings } from './trainer';
import { createTrainingLoop, type LoopMessage, type LoopRequest } from './training-loop';

export type TrainingStatus = 'ready' | 'running' | 'paused' | 'done' | 'diverged' | 'error';

export interface TrainingView {
  status: TrainingStatus;
  iteration: number;
  params: NetworkParams;
  /** Every cost so far (costs[k] at the start of update k + 1). */
  costs: readonly number[];
  /** The cost that ended a diverged run, or the error's message. */
  detail: string | null;
  train: () => void;
  stop: () => void;
  /** Back to the untrained network of these settings (same seed, same weights). */
  restart: () => void;
}

const keyOf = (s: OdeSettings) => JSON.stringify(s);

/**
 * Trains in a Web Worker (terminated on unmount), or, where there is none (jsdom), in short slices
 * on the main thread. Any change of settings goes back to the untrained network.
 */
export function useOdeTraining(settings: OdeSettings, maxIterations: number): TrainingView {
  const key = keyOf(settings);
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const initial = useMemo(() => createTrainer(settings).params(), [key]);
  const [status, setStatus] = useState<TrainingStatus>('ready');
  const [iteration, setIteration] = useState(0);
  const [params, setParams] = useState<NetworkParams>(initial);
  const [detail, setDetail] = useState<string | null>(null);
  const [, setVersion] = useState(0);
  const costs = useRef<number[]>([]);
  const runId = useRef(0);
  const send = useRef<((r: LoopRequest) => void) | null>(null);

  const onMessage = useCallback((m: LoopMessage) => {
    if (m.runId !== runId.current) return;
    if (m.type === 'progress') {
      costs.current.push(...m.newCosts);
      setIteration(m.iteration);
      setParams(m.params);
      setVersion((v) => v + 1);
    } else if (m.type === 'done') setStatus('done');
    else if (m.type === 'diverged') {
      setStatus('diverged');
      setDetail(String(m.cost));
    } else {
      setStatus('error');
      setDetail(m.message);
    }
  }, []);

  useEffect(() => {
    let worker: Worker | null = null;
    if (typeof Worker !== 'undefined') {
      try {
        worker = new Worker(new URL('./train.worker.ts', import.meta.url), { type: 'module' });
        worker.onmessage = (e: MessageEvent<LoopMessage>) => onMessage(e.data);
      } catch {
        worker = null;
      }
    }
    const inPage = worker ? null : createTrainingLoop(onMessage);
    send.current = worker ? (r) => worker!.postMessage(r) : (r) => inPage!.handle(r);
    return () => {
      worker?.terminate();
      inPage?.stop();
      send.current = null;
    };
  }, [onMessage]);

  const restart = useCallback(() => {
    // Stop the worker's current run, then ignore anything it still sends for it.
    send.current?.({ type: 'pause', runId: runId.current });
    runId.current++;
    costs.current = [];
    setIteration(0);
    setParams(initial);
    setDetail(null);
    setStatus('ready');
  }, [initial]);

  // New settings: back to the untrained network (a run still going is abandoned by its runId).
  useEffect(() => {
    restart();
  }, [restart]);

  const train = useCallback(() => {
    if (status === 'paused' || (status === 'done' && iteration < maxIterations)) {
      send.current?.({ type: 'resume', runId: runId.current, maxIterations });
    } else {
      runId.current++;
      costs.current = [];
      setIteration(0);
      setDetail(null);
      send.current?.({ type: 'start', runId: runId.current, settings: JSON.parse(key) as OdeSettings, maxIterations });
    }
    setStatus('running');
  }, [status, iteration, maxIterations, key]);

  const stop = useCallback(() => {
    send.current?.({ type: 'pause', runId: runId.current });
    setStatus('paused');
  }, []);

  return { status, iteration, params, costs: costs.current, detail, train, stop, restart };
}
