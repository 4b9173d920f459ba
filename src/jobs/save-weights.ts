import type pg from 'pg';
import type { Weights } from './score-weight.ts';

export async function insertWeights(db: pg.PoolClient, weights: Weights, userId: number): Promise<number> {
  const { rows } = await db.query<{ id: number }>(
    `INSERT INTO score_weights (skills, work_experience, projects, education, certifications, user_id)
     VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
    [weights.skills, weights.work_experience, weights.projects, weights.education, weights.certifications, userId],
  );
  return rows[0].id;
}

export async function replaceShares(db: pg.PoolClient, jobId: number, userIds: number[]): Promise<void> {
  await db.query('DELETE FROM job_shares WHERE job_id = $1', [jobId]);
  await db.query('INSERT INTO job_shares (job_id, user_id) SELECT $1, unnest($2::int[]) ON CONFLICT DO NOTHING', [jobId, userIds]);
}
