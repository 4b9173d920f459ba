// Who may see or change a job, as SQL conditions so that every check is one query.
// Admin: the whole organisation. Editor and Participant: jobs they own or that are shared
// with them. Only an Admin or the owner may share, delete or change the owner; a Participant
// never edits. Anything outside the caller's reach is "not found", never "forbidden".
import type pg from 'pg';
import type { AuthUser } from '../http/auth.ts';
import { forbidden } from '../http/errors.ts';
import { SqlParams } from '../http/sql.ts';

/** Condition on jobs alias `j` for the jobs `user` may see (deleted jobs excluded). */
export function visibleJobs(user: AuthUser, params: SqlParams, alias = 'j', includeDeleted = false): string {
  const org = `${alias}.org_id = ${params.add(user.org_id)}${includeDeleted ? '' : ` AND NOT ${alias}.is_deleted`}`;
  if (user.role === 'Admin') return org;
  const me = params.add(user.id);
  return `${org} AND (${alias}.owner_id = ${me} OR EXISTS (SELECT 1 FROM job_shares js WHERE js.job_id = ${alias}.id AND js.user_id = ${me}))`;
}

export function assertCanEditJobs(user: AuthUser): void {
  if (user.role === 'Participant') throw forbidden('Participants cannot change jobs.');
}

/** Sharing, deleting and changing the owner belong to the owner and Admins. */
export function assertCanManageJob(user: AuthUser, ownerId: number): void {
  if (user.role !== 'Admin' && user.id !== ownerId) throw forbidden('Only the owner or an Admin may do this.');
}

/**
 * Condition that job `jobParam` (a placeholder) is one the user may see: a list of one job's
 * candidates carries it in its own query, and looks again (for a 404) only when the page is empty.
 */
export function jobIsVisible(user: AuthUser, params: SqlParams, jobParam: string): string {
  return `EXISTS (SELECT 1 FROM jobs vj WHERE vj.id = ${jobParam} AND ${visibleJobs(user, params, 'vj')})`;
}

/** Those of `jobIds` the user may see: jobs a request body names, refused by field when not (one query for any number). */
export async function visibleJobIds(db: pg.Pool | pg.PoolClient, user: AuthUser, jobIds: number[]): Promise<Set<number>> {
  const params = new SqlParams();
  const { rows } = await db.query<{ id: number }>(`SELECT j.id FROM jobs j WHERE j.id = ANY(${params.add(jobIds)}::int[]) AND ${visibleJobs(user, params)}`, params.values);
  return new Set(rows.map((r) => r.id));
}

/** Condition on jobs alias `alias`: the job takes applications now (published, not deleted, not past its close date). */
export const takesApplications = (alias = 'j') =>
  `${alias}.published AND NOT ${alias}.is_deleted AND (${alias}.close_date IS NULL OR ${alias}.close_date > now())`;
