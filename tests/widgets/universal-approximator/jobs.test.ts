import { afterEach, describe, expect, test, vi } from 'vitest';
import { divergence, EXPLODED_MSE, runJob, sweepSizes, type JobReply } from '@/components/widgets/universal-approximator/jobs';
import { JobRunner } from '@/components/widgets/universal-approximator/runner';

afterEach(() => {
  vi.useRealTimers();
});

describe('divergence', () => {
  test('NaN, ±Infinity and an exploded error are reported in words, a normal error is not', () => {
    expect(divergence(120, Number.NaN)).toMatch(/^Training diverged at step 120: the error is no longer a finite number\./);
    expect(divergence(7, Number.POSITIVE_INFINITY)).toMatch(/no longer a finite number/);
    expect(divergence(40, 2.5e7)).toMatch(/exploded to 2\.50e\+7\. Choose a smaller learning rate/);
    expect(divergence(40, EXPLODED_MSE)).toBeNull();
    expect(divergence(3000, 0.0123)).toBeNull();
  });
});

describe('runJob', () => {
  test('a fit reports every reportEvery steps, with falling error, and marks the last report done', () => {
    const replies = [...runJob({ type: 'fit', target: 'abs', drawn: [], n: 3, seed: 1, lr: 0.05, steps: 300, reportEvery: 100 })];
    expect(replies.map((r) => r.type)).toEqual(['progress', 'progress', 'progress']);
    const progress = replies as Extract<JobReply, { type: 'progress' }>[];
    expect(progress.map((r) => r.step)).toEqual([100, 200, 300]);
    expect(progress.map((r) => r.done)).toEqual([false, false, true]);
    expect(progress[2].mse).toBeLessThan(progress[0].mse);
    expect(progress[2].approximation.units).toHaveLength(3);
  });

  test('a sweep trains each N in turn, then says it is done', () => {
    const replies = [...runJob({ type: 'sweep', target: 'sin', drawn: [], ns: [1, 3], seed: 1, lr: 0.05, steps: 400 })];
    expect(replies.map((r) => r.type)).toEqual(['sweep-point', 'sweep-point', 'sweep-done']);
    const [one, three] = replies as Extract<JobReply, { type: 'sweep-point' }>[];
    expect([one.n, three.n]).toEqual([1, 3]);
    expect(three.rms).toBeLessThan(one.rms);
    expect(three.max).toBeLessThan(one.max);
  });

  test('sweepSizes runs from 1 to 50, roughly doubling', () => {
    expect(sweepSizes(50)).toEqual([1, 2, 3, 5, 8, 13, 20, 30, 50]);
    expect(sweepSizes(10)).toEqual([1, 2, 3, 5, 8]);
  });

  test('a fit that cannot start (N = 0) throws a message the runner passes on', () => {
    vi.useFakeTimers();
    const replies: JobReply[] = [];
    new JobRunner(runJob({ type: 'fit', target: 'sin', drawn: [], n: 0, seed: 1, lr: 0.05, steps: 10, reportEvery: 5 }), (r) => replies.push(r)).resume();
    vi.runAllTimers();
    expect(replies).toEqual([{ type: 'failed', message: 'Fitter: n must be a whole number ≥ 1, got 0' }]);
  });
});

describe('JobRunner', () => {
  const job = { type: 'fit', target: 'poly', drawn: [], n: 4, seed: 3, lr: 0.05, steps: 200, reportEvery: 25 } as const;

  test('pause stops between slices and resume continues to the same numbers as an uninterrupted run', () => {
    vi.useFakeTimers();
    const straight = [...runJob(job)];
    const replies: JobReply[] = [];
    const runner = new JobRunner(runJob(job), (r) => replies.push(r));
    runner.resume();
    vi.advanceTimersToNextTimer();
    vi.advanceTimersToNextTimer();
    expect(replies).toHaveLength(2);
    runner.pause();
    vi.runAllTimers();
    expect(replies).toHaveLength(2);
    runner.resume();
    vi.runAllTimers();
    expect(replies).toEqual(straight);
    expect(replies).toHaveLength(8);
  });

  test('stop ends the job for good', () => {
    vi.useFakeTimers();
    const replies: JobReply[] = [];
    const runner = new JobRunner(runJob(job), (r) => replies.push(r));
    runner.resume();
    vi.advanceTimersToNextTimer();
    runner.stop();
    runner.resume();
    vi.runAllTimers();
    expect(replies).toHaveLength(1);
  });
});
