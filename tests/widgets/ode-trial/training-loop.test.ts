// The slice-by-slice training loop shared by the worker and the page: progress, stop, resume, done.
import { describe, expect, test } from 'vitest';
import { createTrainingLoop, type LoopMessage } from '@/components/widgets/ode-trial/training-loop';
import type { OdeSettings } from '@/components/widgets/ode-trial/trainer';

const SETTINGS: OdeSettings = { gamma: 2, g0: 10, points: 10, hiddenUnits: 10, layers: 1, lr: 0.01, optimizer: 'adam', seed: 1 };

function harness() {
  const messages: LoopMessage[] = [];
  const queue: (() => void)[] = [];
  const loop = createTrainingLoop((m) => messages.push(m), (fn) => queue.push(fn));
  const drain = (limit = 1000) => {
    for (let i = 0; i < limit && queue.length; i++) queue.shift()!();
  };
  return { messages, queue, loop, drain };
}

describe('createTrainingLoop', () => {
  test('runs to maxIterations, reporting every cost once, then says done', () => {
    const h = harness();
    h.loop.handle({ type: 'start', runId: 1, settings: SETTINGS, maxIterations: 300 });
    h.drain();
    const progress = h.messages.filter((m) => m.type === 'progress');
    expect(progress.flatMap((m) => (m.type === 'progress' ? m.newCosts : []))).toHaveLength(300);
    expect(h.messages.at(-1)).toEqual({ type: 'done', runId: 1, iteration: 300 });
  });

  test('pause stops between slices; resume continues from the same iteration', () => {
    const h = harness();
    h.loop.handle({ type: 'start', runId: 2, settings: SETTINGS, maxIterations: 100000 });
    h.drain(1);
    h.loop.handle({ type: 'pause', runId: 2 });
    h.drain();
    const at = h.messages.filter((m) => m.type === 'progress').at(-1);
    expect(at && at.type === 'progress' && at.iteration).toBeGreaterThan(0);
    expect(h.queue).toHaveLength(0);
    h.loop.handle({ type: 'resume', runId: 2, maxIterations: (at as { iteration: number }).iteration + 50 });
    h.drain();
    expect(h.messages.at(-1)).toMatchObject({ type: 'done', runId: 2 });
  });

  test('a diverging run is reported with its iteration and cost', () => {
    const h = harness();
    h.loop.handle({ type: 'start', runId: 3, settings: { ...SETTINGS, optimizer: 'gd', lr: 1 }, maxIterations: 5000 });
    h.drain();
    const last = h.messages.at(-1)!;
    expect(last.type).toBe('diverged');
    expect(last.type === 'diverged' && last.iteration).toBeLessThan(5000);
  });
});
