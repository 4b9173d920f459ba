import type pg from 'pg';
import { applicationScope, visibleCandidates } from '../access/candidates.ts';
import type { AuthUser } from '../http/auth.ts';
import { notFound } from '../http/errors.ts';
import { SqlParams } from '../http/sql.ts';
import { BASIC_CANDIDATE_JSON, CANDIDATE_JSON } from './candidate-json.ts';

export type CandidateView = 'full' | 'basic';

const json = (view: CandidateView, scope: string) => (view === 'full' ? CANDIDATE_JSON(scope) : BASIC_CANDIDATE_JSON(scope));

/** A candidate the user may see, with the applications to jobs the user may see; 404 otherwise. */
export async function getCandidate(pool: pg.Pool, user: AuthUser, id: number, view: CandidateView = 'full') {
  const params = new SqlParams();
  const scope = applicationScope(user, params);
  const { rows } = await pool.query(
    `SELECT ${json(view, scope)} AS candidate FROM candidates c WHERE c.id = ${params.add(id)} AND ${visibleCandidates(user, params)}`,
    params.values,
  );
  if (!rows[0]) throw notFound();
  return rows[0].candidate;
}

/** The candidate as the public apply flow may see them: only their application to `jobId`. */
export async function getApplicant(pool: pg.Pool, id: number, jobId: number) {
  const params = new SqlParams();
  const scope = applicationScope(null, params, 'j', jobId);
  const { rows } = await pool.query(`SELECT ${BASIC_CANDIDATE_JSON(scope)} AS candidate FROM candidates c WHERE c.id = ${params.add(id)}`, params.values);
  if (!rows[0]) throw notFound();
  return rows[0].candidate;
}

/** GET /candidates/candidate-details/{id}/ (public): the name the video interview pages show. */
export async function getCandidateName(pool: pg.Pool, id: number) {
  const { rows } = await pool.query<{ id: number; name: string }>('SELECT id, name FROM candidates WHERE id = $1', [id]);
  if (!rows[0]) throw notFound();
  return rows[0];
}
