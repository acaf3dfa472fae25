// The worker's side of the conversation: loads the digits, trains a slice at a time, posts one
// update per epoch, and listens for Stop and Resume between slices. It takes its I/O as arguments
// (post, load, later), so the tests can run it without a real worker.
import { parseDigitsCsv, splitDigits } from '@/lib/data/digits';
import { digitsArrays, evaluateTest, snapshotOf, type DigitsArrays } from './model';
import type { TrainerReply, TrainerRequest } from './protocol';
import { DigitsTrainer, metrics } from './training';

/** Longest stretch of training between two looks at the message queue. */
const SLICE_MS = 40;

export interface HostIo {
  post: (reply: TrainerReply) => void;
  /** Fetches a text file from the site's data folder (dataUrl + name). */
  fetchText: (url: string) => Promise<string>;
  /** Calls fn soon, after pending messages are handled. */
  later: (fn: () => void) => void;
  now: () => number;
}

export async function loadDigitsArrays(dataUrl: string, fetchText: HostIo['fetchText']): Promise<DigitsArrays> {
  const [csv, split] = await Promise.all([fetchText(`${dataUrl}digits.csv`), fetchText(`${dataUrl}digits-split.json`)]);
  return digitsArrays(splitDigits(parseDigitsCsv(csv), JSON.parse(split) as { test_indices: number[] }));
}

export function createHost(io: HostIo): (request: TrainerRequest) => void {
  let data: Promise<DigitsArrays> | null = null;
  let trainer: DigitsTrainer | null = null;
  let run = -1;
  let running = false;
  let seconds = 0;
  let scheduled = false;
  /** Stop pressed while the data was still loading. */
  let pauseWhenReady = false;

  // One pending slice at most, even when Stop and Resume arrive between two slices.
  function schedule(): void {
    if (scheduled) return;
    scheduled = true;
    io.later(() => {
      scheduled = false;
      slice();
    });
  }

  function report(t: DigitsTrainer, lr: number): void {
    const net = t.evaluationNet();
    const train = metrics(net, t.data.trainX, t.data.trainY);
    const test = evaluateTest(net, t.data.testX, t.data.testY);
    const { confusion, mistakes, ...testMetrics } = test;
    io.post({ type: 'epoch', run, update: { epoch: t.epoch, lr, train, test: testMetrics, seconds, confusion, mistakes, network: snapshotOf(net) } });
  }

  function slice(): void {
    const t = trainer;
    if (!t || !running) return;
    let start = io.now();
    let completed = false;
    const lr = t.learningRate();
    while (!completed && !t.finished && io.now() - start < SLICE_MS) completed = t.advance(1);
    seconds += (io.now() - start) / 1000;
    if (t.diverged) {
      running = false;
      io.post({ type: 'diverged', run, epoch: t.epoch + 1, step: t.steps + 1, loss: t.lastBatchLoss });
      return;
    }
    if (completed) {
      // The update carries the time up to the end of this epoch; its own evaluation counts towards the next.
      start = io.now();
      report(t, lr);
      seconds += (io.now() - start) / 1000;
    }
    if (t.finished) {
      running = false;
      io.post({ type: 'done', run });
      return;
    }
    schedule();
  }

  return (request) => {
    if (request.type === 'start') {
      run = request.run;
      running = false;
      pauseWhenReady = false;
      trainer = null;
      seconds = 0;
      const startedRun = run;
      const t0 = io.now();
      data ??= loadDigitsArrays(request.dataUrl, io.fetchText);
      data.then(
        (arrays) => {
          if (startedRun !== run) return;
          trainer = new DigitsTrainer(arrays, request.settings);
          // Loading the data counts towards the time to accuracy.
          seconds = (io.now() - t0) / 1000;
          report(trainer, trainer.learningRate());
          io.post({ type: 'ready', run });
          if (pauseWhenReady) {
            io.post({ type: 'paused', run });
            return;
          }
          running = true;
          schedule();
        },
        (error: unknown) => {
          data = null;
          if (startedRun === run) io.post({ type: 'failed', run, message: error instanceof Error ? error.message : String(error) });
        },
      );
    } else if (request.run === run && !trainer) {
      pauseWhenReady = request.type === 'pause';
    } else if (request.run === run && trainer) {
      if (request.type === 'pause' && running) {
        running = false;
        io.post({ type: 'paused', run });
      } else if (request.type === 'resume' && !running && !trainer.finished) {
        running = true;
        schedule();
      }
    }
  };
}
