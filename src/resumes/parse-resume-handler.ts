// The worker's side of parse-resume: a resume that cannot be read fails at once with the reason;
// any other error is retried with backoff, and the last attempt's failure is written on the resume.
import type PgBoss from 'pg-boss';
import type { Config } from '../config.ts';
import type { Database } from '../db/connection.ts';
import type { ParseResumeData } from '../queue/names.ts';
import type { BlobStore } from '../storage/blob-store.ts';
import { markResumeFailed, parseResumeJob, UnprocessableResume } from './parse-resume.ts';

export function parseResumeHandler(deps: { config: Config; database: Database; store: BlobStore }) {
  const { pool } = deps.database;
  return async (job: PgBoss.JobWithMetadata<ParseResumeData>): Promise<void> => {
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
