// The worker's loop, run in-process with a fake message queue: epoch updates, Stop and Resume,
// divergence and a failed download, as the page receives them.
import { describe, expect, test } from 'vitest';
import { createHost } from '@/components/widgets/digits-trainer/host';
import { DEFAULT_SETTINGS, type TrainSettings } from '@/components/widgets/digits-trainer/model';
import type { TrainerReply } from '@/components/widgets/digits-trainer/protocol';
import { readData } from './data';

function harness(files: (name: string) => string = readData) {
  const replies: TrainerReply[] = [];
  const queue: (() => void)[] = [];
  let clock = 0;
  const host = createHost({
    post: (r) => replies.push(r),
    fetchText: async (url) => files(url.replace('/data/', '')),
    later: (fn) => queue.push(fn),
    // Each look at the clock advances it 1 ms, so a slice ends after 40 looks.
    now: () => clock++,
  });
  const drain = async (max = Infinity) => {
    await new Promise((r) => setTimeout(r, 0));
    for (let i = 0; i < max && queue.length; i++) queue.shift()!();
  };
  return { host, replies, drain, queue };
}

const settings = (over: Partial<TrainSettings>): TrainSettings => ({ ...DEFAULT_SETTINGS, ...over });

describe('createHost', () => {
  test('posts ready, the untrained network (epoch 0), one update per epoch, then done', async () => {
    const { host, replies, drain } = harness();
    host({ type: 'start', run: 7, settings: settings({ epochs: 3, seed: 2 }), dataUrl: '/data/' });
    await drain();
    const epochs = replies.filter((r) => r.type === 'epoch');
    expect(epochs.map((r) => r.update.epoch)).toEqual([0, 1, 2, 3]);
    expect(epochs.map((r) => r.update.test.correct)).toEqual([expect.any(Number), 301, 341, 343]);
    expect(replies.every((r) => r.run === 7)).toBe(true);
    expect(replies.at(-1)?.type).toBe('done');
    const last = epochs.at(-1)!.update;
    expect(last.confusion.flat().reduce((s, v) => s + v, 0)).toBe(360);
    expect(last.mistakes).toHaveLength(17);
    expect(last.network.sizes).toEqual([64, 50, 10]);
    // η falls with the cosine schedule: η·½(1 + cos(π·2/3)) = 0.2 · 0.25 in epoch 3.
    expect(last.lr).toBeCloseTo(0.05, 12);
    expect(epochs.map((r) => r.update.seconds)).toEqual([...epochs.map((r) => r.update.seconds)].sort((a, b) => a - b));
  });

  test('pause stops between slices; resume carries on to the same result', async () => {
    const { host, replies, drain } = harness();
    host({ type: 'start', run: 1, settings: settings({ epochs: 3, seed: 2 }), dataUrl: '/data/' });
    await drain(3);
    host({ type: 'pause', run: 1 });
    expect(replies.at(-1)?.type).toBe('paused');
    const before = replies.length;
    await drain();
    expect(replies.length).toBe(before);
    host({ type: 'resume', run: 1 });
    host({ type: 'pause', run: 1 });
    host({ type: 'resume', run: 1 });
    await drain();
    const epochs = replies.filter((r) => r.type === 'epoch');
    expect(epochs.map((r) => r.update.test.correct).slice(1)).toEqual([301, 341, 343]);
    expect(replies.filter((r) => r.type === 'done')).toHaveLength(1);
  });

  test('Stop pressed while the data loads takes effect once it has loaded: epoch 0 is shown, then paused', async () => {
    const { host, replies, drain } = harness();
    host({ type: 'start', run: 4, settings: settings({ epochs: 2 }), dataUrl: '/data/' });
    host({ type: 'pause', run: 4 });
    await drain();
    expect(replies.map((r) => r.type)).toEqual(['epoch', 'ready', 'paused']);
    host({ type: 'resume', run: 4 });
    await drain();
    expect(replies.map((r) => r.type)).toEqual(['epoch', 'ready', 'paused', 'epoch', 'epoch', 'done']);
  });

  test('a huge η is reported as divergence with the epoch, step and loss', async () => {
    const { host, replies, drain } = harness();
    host({ type: 'start', run: 2, settings: settings({ lr: 50 }), dataUrl: '/data/' });
    await drain();
    expect(replies.at(-1)).toEqual({ type: 'diverged', run: 2, epoch: 1, step: 3, loss: Infinity });
  });

  test('a failed download is reported in words', async () => {
    const { host, replies, drain } = harness(() => {
      throw new Error('The digits data could not be loaded (digits.csv: HTTP 404).');
    });
    host({ type: 'start', run: 3, settings: settings({}), dataUrl: '/data/' });
    await drain();
    expect(replies).toEqual([{ type: 'failed', run: 3, message: 'The digits data could not be loaded (digits.csv: HTTP 404).' }]);
  });
});
