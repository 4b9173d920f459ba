// POST /test/share/: assigns assessments to candidates of a job, each with its own link open
// from valid_from to valid_to. All or nothing: a refused candidate refuses the whole share.
import type pg from 'pg';
import { assertCanEditJobs } from '../access/jobs.ts';
import { withTransaction } from '../db/transaction.ts';
import type { AuthUser } from '../http/auth.ts';
import { invalid } from '../http/errors.ts';
import { isoDate } from '../http/iso-date.ts';
import { assertApplicationsVisible } from '../stages/job-access.ts';
import { recordProgressOfMany } from '../stages/record-progress.ts';

export interface ShareBody {
  job: number;
  candidate_id: number[];
  assessments: number[];
  valid_from?: string | null;
  valid_to: string;
  preferences?: Record<string, unknown>;
  override?: boolean;
}

function date(raw: string | null | undefined, field: string, fallback?: Date): Date {
  if (!raw) {
    if (fallback) return fallback;
    throw invalid({ [field]: 'This field is required.' });
  }
  return isoDate(raw, field);
}

export async function shareAssessment(pool: pg.Pool, user: AuthUser, body: ShareBody): Promise<number[]> {
  assertCanEditJobs(user);
  const { candidate_id: candidates, assessments: assessmentIds } = body;
  if (!candidates.length) throw invalid({ candidate_id: 'Choose at least one candidate.' });
  if (!assessmentIds.length) throw invalid({ assessments: 'Choose at least one assessment.' });
  const validFrom = date(body.valid_from, 'valid_from', new Date());
  const validTo = date(body.valid_to, 'valid_to');
  if (validTo <= validFrom) throw invalid({ valid_to: 'Must be after valid_from.' });
  if (body.override && user.role !== 'Admin') throw invalid({ override: 'Only an Admin may override the order of stages.' });
  return withTransaction(pool, async (client) => {
    const { rows: found } = await client.query<{ id: number }>('SELECT id FROM assessments WHERE id = ANY($1::int[]) AND org_id = $2', [assessmentIds, user.org_id]);
    if (found.length !== new Set(assessmentIds).size) throw invalid({ assessments: 'Every assessment must belong to your organisation.' });
    await assertApplicationsVisible(client, user, candidates, body.job, true);
    await recordProgressOfMany(client, { candidateIds: candidates, jobId: body.job, stage: 'assessment', action: 'start', actorId: user.id, override: body.override, statusText: 'Assigned' });
    // The rows are inserted candidate by candidate, assessment by assessment, and take their ids
    // from one sequence in that order: ascending ids are the order asked.
    const { rows } = await client.query<{ ids: number[] }>(
      `WITH logs AS (
         INSERT INTO test_logs (job_id, candidate_id, assessment_id, assigned_by, valid_from, valid_to, preferences)
         SELECT $1::int, c.id, t.id, $4::int, $5::timestamptz, $6::timestamptz, $7::jsonb
         FROM unnest($2::int[]) WITH ORDINALITY AS c(id, n), unnest($3::int[]) WITH ORDINALITY AS t(id, n)
         ORDER BY c.n, t.n
         RETURNING id)
       SELECT array_agg(id ORDER BY id) AS ids FROM logs`,
      [body.job, candidates, assessmentIds, user.id, validFrom, validTo, JSON.stringify(body.preferences ?? {})],
    );
    return rows[0].ids;
  });
}
