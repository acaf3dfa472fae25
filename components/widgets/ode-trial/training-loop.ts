// The training loop behind the ODE widget, shared by the Web Worker and the in-page fallback:
// it trains in short slices so that Stop is heard between them, and reports progress as plain
// arrays after every slice.
import type { NetworkParams } from './network';
import { createTrainer, DIVERGED_COST, type OdeSettings, type Trainer } from './trainer';

export type LoopRequest =
  | { type: 'start'; runId: number; settings: OdeSettings; maxIterations: number }
  | { type: 'pause'; runId: number }
  | { type: 'resume'; runId: number; maxIterations: number };

export type LoopMessage =
  | { type: 'progress'; runId: number; iteration: number; newCosts: number[]; params: NetworkParams }
  | { type: 'done'; runId: number; iteration: number }
  | { type: 'diverged'; runId: number; iteration: number; cost: number }
  | { type: 'error'; runId: number; message: string };

/** Training per slice, whichever limit comes first: short enough that Stop answers at once. */
const SLICE_MS = 30;
const SLICE_MAX_ITERATIONS = 500;

export function createTrainingLoop(post: (message: LoopMessage) => void, schedule: (fn: () => void) => void = (fn) => setTimeout(fn, 0)) {
  let trainer: Trainer | null = null;
  let runId = -1;
  let running = false;
  let maxIterations = 0;
  let reported = 0;

  function slice(id: number) {
    if (!running || id !== runId || !trainer) return;
    try {
      const start = Date.now();
      const end = Math.min(maxIterations, trainer.iteration + SLICE_MAX_ITERATIONS);
      let cost = 0;
      do {
        cost = trainer.steps(Math.min(25, end - trainer.iteration));
      } while (Date.now() - start < SLICE_MS && trainer.iteration < end && Number.isFinite(cost) && cost <= DIVERGED_COST);
      const newCosts = trainer.costs.slice(reported);
      reported = trainer.costs.length;
      const diverged = !Number.isFinite(cost) || cost > DIVERGED_COST;
      post({ type: 'progress', runId: id, iteration: trainer.iteration, newCosts, params: trainer.params() });
      if (diverged) {
        running = false;
        post({ type: 'diverged', runId: id, iteration: trainer.iteration, cost });
      } else if (trainer.iteration >= maxIterations) {
        running = false;
        post({ type: 'done', runId: id, iteration: trainer.iteration });
      } else schedule(() => slice(id));
    } catch (error) {
      running = false;
      post({ type: 'error', runId: id, message: error instanceof Error ? error.message : String(error) });
    }
  }

  return {
    handle(request: LoopRequest) {
      if (request.type === 'start') {
        runId = request.runId;
        trainer = createTrainer(request.settings);
        maxIterations = request.maxIterations;
        reported = 0;
        running = true;
        schedule(() => slice(runId));
      } else if (request.runId === runId) {
        if (request.type === 'pause') running = false;
        else if (!running) {
          maxIterations = request.maxIterations;
          running = true;
          schedule(() => slice(runId));
        }
      }
    },
    stop() {
      running = false;
    },
  };
}
