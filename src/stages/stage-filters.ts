import type pg from 'pg';
import { visibleJobs } from '../access/jobs.ts';
import { STAGE_TABS } from '../candidates/stages-json.ts';
import type { AuthUser } from '../http/auth.ts';
import { notFound } from '../http/errors.ts';
import { SqlParams } from '../http/sql.ts';

/** The colours the client gives each tab. */
const COLOURS: Record<string, { backgroundColor: string; color: string }> = {
  Applied: { backgroundColor: '#EEF2FF', color: '#4338CA' },
  'Resume Screening': { backgroundColor: '#ECFEFF', color: '#0E7490' },
  Assessments: { backgroundColor: '#FEF9C3', color: '#A16207' },
  'Automated Video Interview': { backgroundColor: '#F3E8FF', color: '#7E22CE' },
  Hired: { backgroundColor: '#DCFCE7', color: '#15803D' },
  Rejected: { backgroundColor: '#FEE2E2', color: '#B91C1C' },
  'On Hold': { backgroundColor: '#F3F4F6', color: '#374151' },
};

/**
 * GET /jobs/{job_id}/stage-filters/: [{label, count, …}] for every tab, counted in one query that
 * also checks the job: one the user may see, or for an anonymous caller a published job; 404 otherwise.
 */
export async function stageFilterCounts(pool: pg.Pool, user: AuthUser | null, jobId: number) {
  const params = new SqlParams();
  const scope = user ? visibleJobs(user, params) : 'j.published AND NOT j.is_deleted';
  const counts = STAGE_TABS.map((tab, i) => `count(a.candidate_id)${tab.condition ? ` FILTER (WHERE ${tab.condition})` : ''}::int AS t${i}`);
  const { rows } = await pool.query(
    `SELECT ${counts.join(', ')} FROM jobs j LEFT JOIN job_universal_status a ON a.job_id = j.id
     WHERE j.id = ${params.add(jobId)} AND ${scope} GROUP BY j.id`,
    params.values,
  );
  if (!rows[0]) throw notFound();
  return STAGE_TABS.map((tab, i) => ({ label: tab.label, count: rows[0][`t${i}`] as number, ...COLOURS[tab.label] }));
}
