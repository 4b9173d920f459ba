import type pg from 'pg';
import { STAGE_TABS } from '../candidates/stages-json.ts';

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

/** GET /jobs/{job_id}/stage-filters/: [{label, count, …}] for every tab, counted in one query. */
export async function stageFilterCounts(pool: pg.Pool, jobId: number) {
  const counts = STAGE_TABS.map((tab, i) => `count(*)${tab.condition ? ` FILTER (WHERE ${tab.condition})` : ''}::int AS t${i}`);
  const { rows } = await pool.query(`SELECT ${counts.join(', ')} FROM job_universal_status a WHERE a.job_id = $1`, [jobId]);
  return STAGE_TABS.map((tab, i) => ({ label: tab.label, count: rows[0][`t${i}`] as number, ...COLOURS[tab.label] }));
}
