// Starts a training job in a Web Worker, or, where there are no workers (jsdom in the tests), in
// the page a slice at a time. Either way the caller gets the same replies and controls to pause,
// resume and stop the job: a stopped worker is terminated, so nothing keeps running after the
// reader leaves.
import { runJob, type Job, type JobReply, type WorkerMessage } from './jobs';
import { JobRunner } from './runner';

export interface JobControl {
  pause: () => void;
  resume: () => void;
  stop: () => void;
}

export function startJob(job: Job, onReply: (reply: JobReply) => void): JobControl {
  if (typeof Worker !== 'undefined') {
    let worker: Worker | null = null;
    try {
      worker = new Worker(new URL('./train.worker.ts', import.meta.url), { type: 'module' });
    } catch {
      worker = null;
    }
    if (worker) {
      const w = worker;
      const send = (message: WorkerMessage) => w.postMessage(message);
      w.addEventListener('message', (event: MessageEvent<JobReply>) => onReply(event.data));
      w.addEventListener('error', (event) => {
        event.preventDefault();
        onReply({ type: 'failed', message: `The training worker stopped: ${event.message || 'it could not start'}.` });
      });
      send({ type: 'start', job });
      return { pause: () => send({ type: 'pause' }), resume: () => send({ type: 'resume' }), stop: () => w.terminate() };
    }
  }
  const runner = new JobRunner(runJob(job), onReply);
  runner.resume();
  return { pause: () => runner.pause(), resume: () => runner.resume(), stop: () => runner.stop() };
}
