// The worker's side of parse-resume: a resume that cannot be read fails at once with the reason;
// any other error is retried with backoff, and the last attempt's failure is written on the resume.
import type { WorkerDeps } from '../queue/handlers.ts';
import type { JobHandler } from '../queue/workers.ts';
import { markResumeFailed, parseResumeJob, UnprocessableResume } from './parse-resume.ts';

export function parseResumeHandler(deps: WorkerDeps): JobHandler<'parse-resume'> {
  const { pool } = deps.database;
  return async (job) => {
    try {
      await parseResumeJob(pool, deps.store, deps.config, job.data);
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      if (error instanceof UnprocessableResume) return markResumeFailed(pool, job.data, reason);
      if (job.retryCount >= job.retryLimit) await markResumeFailed(pool, job.data, `${reason} (after ${job.retryCount + 1} attempts)`);
      throw error;
    }
  };
}
