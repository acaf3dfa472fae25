// Runs a generator of replies in a Web Worker, or, where there are no workers (jsdom in the
// tests), in the page one reply per task. Either way the caller gets the same replies and a
// function that stops the job: a stopped worker is terminated, so nothing keeps running after the
// reader leaves or starts again.
export type StopJob = () => void;

export interface JobRunner<Job, Reply> {
  /** Creates the worker; it must post every reply of run(job) for a posted job. */
  makeWorker: () => Worker;
  run: (job: Job) => Generator<Reply>;
  failed: (message: string) => Reply;
}

export function startJob<Job, Reply>(runner: JobRunner<Job, Reply>, job: Job, onReply: (reply: Reply) => void): StopJob {
  if (typeof Worker !== 'undefined') {
    let worker: Worker;
    try {
      worker = runner.makeWorker();
    } catch (error) {
      onReply(runner.failed(`The training worker could not start: ${error instanceof Error ? error.message : String(error)}.`));
      return () => undefined;
    }
    worker.addEventListener('message', (event: MessageEvent<Reply>) => onReply(event.data));
    worker.addEventListener('error', (event) => {
      event.preventDefault();
      onReply(runner.failed(`The training worker stopped: ${event.message || 'it could not start'}.`));
    });
    worker.postMessage(job);
    return () => worker.terminate();
  }
  const replies = runner.run(job);
  let timer: ReturnType<typeof setTimeout> | null = null;
  const next = () => {
    try {
      const item = replies.next();
      if (item.done) return;
      onReply(item.value);
    } catch (error) {
      onReply(runner.failed(error instanceof Error ? error.message : String(error)));
      return;
    }
    timer = setTimeout(next, 0);
  };
  timer = setTimeout(next, 0);
  return () => {
    if (timer) clearTimeout(timer);
    replies.return(undefined);
  };
}

/** The body of a worker: runs each posted job and posts its replies. */
export function serveJobs<Job, Reply>(run: (job: Job) => Generator<Reply>, failed: (message: string) => Reply): void {
  const scope = self as unknown as { postMessage: (r: Reply) => void; addEventListener: (type: 'message', f: (e: MessageEvent<Job>) => void) => void };
  scope.addEventListener('message', (event) => {
    try {
      for (const reply of run(event.data)) scope.postMessage(reply);
    } catch (error) {
      scope.postMessage(failed(error instanceof Error ? error.message : String(error)));
    }
  });
}
