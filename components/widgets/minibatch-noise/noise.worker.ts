// Trains the three batch sizes off the main thread; the page only draws the points it receives.
import { serveJobs } from '@/components/widgets/grid-search/run-job';
import { noiseFailed, runNoiseJob, type NoiseJob } from './jobs';

serveJobs((job: NoiseJob) => runNoiseJob(job, () => performance.now()), noiseFailed);
