// Steps through a job's generator one reply at a time, yielding to the event loop in between, so
// that a "pause" message (in the worker) or click (in the page) is seen between two slices. The
// worker and the in-page fallback share it, so pausing and resuming behave the same in both.
import type { JobReply } from './jobs';

export class JobRunner {
  private timer: ReturnType<typeof setTimeout> | null = null;
  private paused = false;
  private finished = false;

  constructor(
    private readonly replies: Iterator<JobReply>,
    private readonly post: (reply: JobReply) => void,
  ) {}

  /** Starts, or continues after `pause()`. */
  resume(): void {
    if (this.finished) return;
    this.paused = false;
    this.schedule();
  }

  /** Stops after the current slice; `resume()` continues exactly where it stopped. */
  pause(): void {
    this.paused = true;
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
  }

  /** Ends the job for good. */
  stop(): void {
    this.pause();
    this.finished = true;
    this.replies.return?.(undefined);
  }

  private schedule(): void {
    if (this.timer === null && !this.paused && !this.finished) this.timer = setTimeout(this.tick, 0);
  }

  private readonly tick = (): void => {
    this.timer = null;
    if (this.paused || this.finished) return;
    let item: IteratorResult<JobReply>;
    try {
      item = this.replies.next();
    } catch (error) {
      this.finished = true;
      this.post({ type: 'failed', message: error instanceof Error ? error.message : String(error) });
      return;
    }
    if (item.done) {
      this.finished = true;
      return;
    }
    this.post(item.value);
    this.schedule();
  };
}
