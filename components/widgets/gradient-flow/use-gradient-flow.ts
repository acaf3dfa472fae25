'use client';

import { useEffect, useRef, useState } from 'react';
import { gradientFlow, type FlowResult, type FlowSettings } from './model';
import type { FlowRequest, FlowResponse } from './flow.worker';

export interface FlowState {
  /** The latest finished run (possibly for earlier settings while a new one computes). */
  result: FlowResult | null;
  /** True while the run for the current settings is still computing. */
  pending: boolean;
  error: string | null;
}

const keyOf = (s: FlowSettings) => `${s.activation}|${s.init}|${s.seed}`;

/**
 * The gradient-flow run for `settings`, computed in a Web Worker (or, where there is none, as in
 * the jsdom tests, right after rendering). Finished runs are cached, so switching back is instant.
 * The worker is terminated when the widget unmounts.
 */
export function useGradientFlow(settings: FlowSettings): FlowState {
  const [state, setState] = useState<FlowState>({ result: null, pending: true, error: null });
  const worker = useRef<Worker | null>(null);
  const cache = useRef(new Map<string, FlowResult>());
  const requestId = useRef(0);
  const { activation, init, seed } = settings;

  useEffect(() => {
    if (typeof Worker === 'undefined') return;
    try {
      worker.current = new Worker(new URL('./flow.worker.ts', import.meta.url), { type: 'module' });
    } catch {
      worker.current = null;
    }
    return () => {
      worker.current?.terminate();
      worker.current = null;
    };
  }, []);

  useEffect(() => {
    const current: FlowSettings = { activation, init, seed };
    const key = keyOf(current);
    const cached = cache.current.get(key);
    if (cached) {
      setState({ result: cached, pending: false, error: null });
      return;
    }
    const id = ++requestId.current;
    setState((s) => ({ ...s, pending: true, error: null }));
    const finish = (response: FlowResponse) => {
      if (response.id !== requestId.current) return;
      if (response.ok) {
        cache.current.set(key, response.result);
        setState({ result: response.result, pending: false, error: null });
      } else setState((s) => ({ ...s, pending: false, error: response.message }));
    };
    const computeHere = () => {
      try {
        finish({ id, ok: true, result: gradientFlow(current) });
      } catch (error) {
        finish({ id, ok: false, message: error instanceof Error ? error.message : String(error) });
      }
    };
    const w = worker.current;
    if (!w) {
      computeHere();
      return;
    }
    const onMessage = (event: MessageEvent<FlowResponse>) => finish(event.data);
    // A worker that fails to load (e.g. blocked by a strict host) falls back to the main thread.
    const onError = () => {
      worker.current = null;
      computeHere();
    };
    w.addEventListener('message', onMessage);
    w.addEventListener('error', onError);
    w.postMessage({ id, settings: current } satisfies FlowRequest);
    return () => {
      w.removeEventListener('message', onMessage);
      w.removeEventListener('error', onError);
    };
  }, [activation, init, seed]);

  return state;
}
