import type pg from 'pg';
import { insertClause, SqlParams } from '../http/sql.ts';
import type { Weights } from './score-weight.ts';

export async function insertWeights(db: pg.PoolClient, weights: Weights, userId: number): Promise<number> {
  const params = new SqlParams();
  const { rows } = await db.query<{ id: number }>(`INSERT INTO score_weights ${insertClause({ ...weights, user_id: userId }, params)} RETURNING id`, params.values);
  return rows[0].id;
}

export async function replaceShares(db: pg.PoolClient, jobId: number, userIds: number[]): Promise<void> {
  await db.query('DELETE FROM job_shares WHERE job_id = $1', [jobId]);
  await db.query('INSERT INTO job_shares (job_id, user_id) SELECT $1, unnest($2::int[]) ON CONFLICT DO NOTHING', [jobId, userIds]);
}
