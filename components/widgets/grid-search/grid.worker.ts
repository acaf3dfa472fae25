// Trains the grid's networks off the main thread, so the page stays responsive for the seconds
// the whole grid takes.
import { gridFailed, runGridJob, type GridJob } from './jobs';
import { serveJobs } from './run-job';

serveJobs((job: GridJob) => runGridJob(job, () => performance.now()), gridFailed);
