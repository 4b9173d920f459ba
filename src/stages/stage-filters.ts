import type pg from 'pg';
import { visibleJobs } from '../access/jobs.ts';
import { STAGE_TABS } from '../candidates/stages-json.ts';
import type { AuthUser } from '../http/auth.ts';
import { notFound } from '../http/errors.ts';
import { SqlParams } from '../http/sql.ts';

/** Each tab's colours, as the Tailwind classes the client puts on the tab and its badge. */
const COLOURS: Record<string, { backgroundColor: string; color: string }> = {
  Applied: { backgroundColor: 'bg-blue-50', color: 'text-blue-500' },
  'Resume Screening': { backgroundColor: 'bg-cyan-50', color: 'text-cyan-700' },
  Assessments: { backgroundColor: 'bg-yellow-50', color: 'text-yellow-700' },
  'Automated Video Interview': { backgroundColor: 'bg-purple-50', color: 'text-purple-700' },
  Hired: { backgroundColor: 'bg-green-50', color: 'text-green-700' },
  Rejected: { backgroundColor: 'bg-red-50', color: 'text-red-700' },
  'On Hold': { backgroundColor: 'bg-gray-100', color: 'text-gray-700' },
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
