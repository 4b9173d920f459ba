import type pg from 'pg';
import { assertCanEditJobs } from '../access/jobs.ts';
import type { AuthUser } from '../http/auth.ts';
import { notFound } from '../http/errors.ts';
import { insertClause, SqlParams, setClause } from '../http/sql.ts';
import { validateSteps } from './steps.ts';

export interface ModuleBody {
  name?: string;
  description?: string | null;
  steps_json?: unknown;
}

function columns(body: ModuleBody): Record<string, unknown> {
  const values: Record<string, unknown> = {};
  if (body.name !== undefined) values.name = body.name;
  if (body.description !== undefined) values.description = body.description ?? '';
  if (body.steps_json !== undefined) {
    const steps = validateSteps(body.steps_json);
    values.steps_json = JSON.stringify(steps);
    values.rounds = steps.length;
  }
  return values;
}

/** POST /interview/interview-modules/: a workflow of the caller's organisation. */
export async function createInterviewModule(pool: pg.Pool, user: AuthUser, body: ModuleBody & { name: string }): Promise<number> {
  assertCanEditJobs(user);
  const values = { org_id: user.org_id, created_by: user.id, description: '', ...columns({ steps_json: [], ...body }) };
  const params = new SqlParams();
  const { rows } = await pool.query<{ id: number }>(`INSERT INTO interview_modules ${insertClause(values, params)} RETURNING id`, params.values);
  return rows[0].id;
}

/** PATCH /interview/interview-modules/{id}/. */
export async function updateInterviewModule(pool: pg.Pool, user: AuthUser, id: number, body: ModuleBody): Promise<void> {
  assertCanEditJobs(user);
  const params = new SqlParams();
  const values = { ...columns(body), updated_at: new Date() };
  const { rowCount } = await pool.query(
    `UPDATE interview_modules SET ${setClause(values, params)} WHERE id = ${params.add(id)} AND org_id = ${params.add(user.org_id)}`,
    params.values,
  );
  if (!rowCount) throw notFound();
}

/** DELETE /interview/interview-modules/{id}/: jobs that used it keep their candidates and lose the workflow. */
export async function deleteInterviewModule(pool: pg.Pool, user: AuthUser, id: number): Promise<void> {
  assertCanEditJobs(user);
  const { rowCount } = await pool.query('DELETE FROM interview_modules WHERE id = $1 AND org_id = $2', [id, user.org_id]);
  if (!rowCount) throw notFound();
}
