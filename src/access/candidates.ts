// Who may see or change a candidate, as SQL conditions. Admin: every candidate of the
// organisation. Editor and Participant: candidates who applied to a job they may see; within a
// candidate, they see only those jobs' applications. Participants never change candidates.
// Anything outside the caller's reach is "not found".
import type { AuthUser } from '../http/auth.ts';
import { forbidden } from '../http/errors.ts';
import type { SqlParams } from '../http/sql.ts';
import { visibleJobs } from './jobs.ts';

/** Condition on candidates alias `c` for the candidates `user` may see. */
export function visibleCandidates(user: AuthUser, params: SqlParams, alias = 'c'): string {
  const org = `${alias}.org_id = ${params.add(user.org_id)}`;
  if (user.role === 'Admin') return org;
  return `${org} AND EXISTS (SELECT 1 FROM job_universal_status va JOIN jobs vj ON vj.id = va.job_id
    WHERE va.candidate_id = ${alias}.id AND ${visibleJobs(user, params, 'vj')})`;
}

export function assertCanEditCandidates(user: AuthUser): void {
  if (user.role === 'Participant') throw forbidden('Participants cannot change candidates.');
}
