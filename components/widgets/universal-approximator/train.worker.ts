// Trains off the main thread, so sliders and scrolling stay smooth while thousands of Adam steps
// run. One job at a time; "pause" and "resume" arrive between the job's slices.
import { runJob } from './jobs';
import { JobRunner } from './runner';
import type { JobReply, WorkerMessage } from './jobs';

const scope = self as unknown as {
  onmessage: ((event: MessageEvent<WorkerMessage>) => void) | null;
  postMessage: (reply: JobReply) => void;
};

let runner: JobRunner | null = null;

scope.onmessage = (event) => {
  const message = event.data;
  if (message.type === 'start') {
    runner?.stop();
    runner = new JobRunner(runJob(message.job), (reply) => scope.postMessage(reply));
    runner.resume();
  } else if (message.type === 'pause') runner?.pause();
  else runner?.resume();
};
