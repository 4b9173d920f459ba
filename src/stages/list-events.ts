import type pg from 'pg';
import { visibleJobs } from '../access/jobs.ts';
import type { AuthUser } from '../http/auth.ts';
import { notFound } from '../http/errors.ts';
import { SqlParams } from '../http/sql.ts';

/** GET /candidates/{id}/events/?job_id=: the candidate's timeline on the jobs the user may see, oldest first. */
export async function listEvents(pool: pg.Pool, user: AuthUser, candidateId: number, jobId?: number) {
  const params = new SqlParams();
  const where = [`e.candidate_id = ${params.add(candidateId)}`, visibleJobs(user, params)];
  if (jobId) where.push(`e.job_id = ${params.add(jobId)}`);
  const { rows } = await pool.query(
    `SELECT json_build_object('id', e.id, 'candidate', e.candidate_id, 'job', e.job_id, 'job_title', j.title,
       'stage', e.stage, 'action', e.action, 'status_text', e.status_text,
       'actor', CASE WHEN u.id IS NULL THEN NULL ELSE json_build_object('id', u.id, 'name', u.name) END,
       'details', e.details, 'created_at', api_ts(e.created_at)) AS event
     FROM candidate_stage_events e JOIN jobs j ON j.id = e.job_id LEFT JOIN users u ON u.id = e.actor_id
     WHERE ${where.join(' AND ')} ORDER BY e.created_at, e.id`,
    params.values,
  );
  if (!rows.length) {
    const seen = new SqlParams();
    const { rowCount } = await pool.query(
      `SELECT 1 FROM job_universal_status a JOIN jobs j ON j.id = a.job_id WHERE a.candidate_id = ${seen.add(candidateId)} AND ${visibleJobs(user, seen)}`,
      seen.values,
    );
    if (!rowCount) throw notFound();
  }
  return rows.map((r) => r.event);
}
