import type pg from 'pg';
import { QUEUES } from '../queue/index.ts';

/**
 * Deletes the e-mails about a candidate's applications to `jobs` (SQL of job ids, its values in
 * `values`, the candidate at placeholder `candidate`) that wait to be sent or that pg-boss keeps
 * after sending (its job and archive tables, pg-boss 10's schema "pgboss"): what a recruiter wrote
 * a candidate is their personal data, and goes with the application.
 */
export async function forgetEmails(client: pg.PoolClient, candidate: string, jobs: string, values: unknown[]): Promise<void> {
  for (const table of ['pgboss.job', 'pgboss.archive']) {
    await client.query(
      `DELETE FROM ${table} WHERE name = '${QUEUES.sendEmail}' AND (data->>'candidateId')::int = ${candidate} AND (data->>'jobId')::int IN (${jobs})`,
      values,
    );
  }
}
