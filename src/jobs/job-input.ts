// Checks a job's create or update body against the database and turns it into column values.
import { randomBytes } from 'node:crypto';
import type { Static } from '@sinclair/typebox';
import type pg from 'pg';
import type { AuthUser } from '../http/auth.ts';
import { invalid } from '../http/errors.ts';
import { isoDateTime } from '../http/iso-date.ts';
import { jsonObject } from './json-object.ts';
import type { JobBody as JobBodySchema } from './schemas.ts';
import { parseWeights } from './score-weight.ts';

/** A job's create or update body, as the route's schema lets it through. */
export type JobBody = Static<typeof JobBodySchema>;

export const newPublicKey = () => randomBytes(15).toString('base64url');

const TEXT_COLUMNS = ['title', 'description', 'jd_html', 'employment_type', 'location'] as const;

/**
 * Skills as the job form's select holds them, `{label, value}`, from labels or such objects. The
 * route's schema makes must_have_skills a list (a lone string becomes a list of one).
 */
export function mustHaveSkills(skills: NonNullable<JobBody['must_have_skills']>) {
  return skills.map((item) => {
    const skill = typeof item === 'string' ? { label: item } : item;
    const label = skill.label?.trim() ?? '';
    const value = skill.value?.trim() ?? label;
    if (!label && !value) throw invalid({ must_have_skills: 'Each skill needs a label or value.' });
    return { label: label || value, value: value || label };
  });
}

/** jd_json, the editor's document: an object or a JSON string of one, stored as JSON; null clears it. */
function jdJson(raw: unknown): string | null {
  if (raw === null) return null;
  const document = jsonObject(raw);
  if (!document) throw invalid({ jd_json: 'Must be an object or a JSON string of an object.' });
  return JSON.stringify(document);
}

/** close_date: an ISO-8601 date or date-time; empty or null clears it. */
function closeDate(raw: string | null): string | null {
  if (!raw) return null;
  const date = isoDateTime(raw);
  if (!date) throw invalid({ close_date: 'Enter a valid date/time in ISO 8601, such as 2030-01-17 or 2030-01-17T09:00:00Z.' });
  return date;
}

async function assertOrgUsers(pool: pg.Pool, orgId: number, ids: number[], field: string): Promise<void> {
  if (!ids.length) return;
  const { rows } = await pool.query<{ n: number }>('SELECT count(*)::int AS n FROM users WHERE org_id = $1 AND id = ANY($2::int[])', [orgId, ids]);
  if (rows[0].n !== new Set(ids).size) throw invalid({ [field]: 'Every user must belong to your organisation.' });
}

/** interview_module and workflow both name one of the organisation's interview modules. */
async function assertOrgWorkflow(pool: pg.Pool, orgId: number, moduleId: number, field: string): Promise<void> {
  const { rowCount } = await pool.query('SELECT 1 FROM interview_modules WHERE id = $1 AND org_id = $2', [moduleId, orgId]);
  if (!rowCount) throw invalid({ [field]: 'No such workflow in your organisation.' });
}

export interface JobColumns {
  values: Record<string, unknown>;
  weights?: ReturnType<typeof parseWeights>;
  shares?: number[];
}

/** Validated column values for the fields present in `body` (for create, `current` is undefined). */
export async function jobColumns(pool: pg.Pool, user: AuthUser, body: JobBody, current?: { min_experience: number; max_experience: number }): Promise<JobColumns> {
  const values: Record<string, unknown> = {};
  for (const key of TEXT_COLUMNS) if (body[key] !== undefined) values[key] = body[key] ?? '';
  if (body.title !== undefined && !String(body.title).trim()) throw invalid({ title: 'This field may not be blank.' });
  if (body.jd_json !== undefined) values.jd_json = jdJson(body.jd_json);
  if (body.must_have_skills !== undefined) values.must_have_skills = JSON.stringify(mustHaveSkills(body.must_have_skills));
  for (const key of ['new_applicant_notify', 'published', 'is_deleted'] as const) if (body[key] !== undefined) values[key] = body[key];
  if (body.close_date !== undefined) values.close_date = closeDate(body.close_date);
  if (body.min_experience !== undefined || body.max_experience !== undefined || body.experience !== undefined) {
    const min = body.min_experience ?? current?.min_experience ?? 0;
    const max = body.max_experience ?? current?.max_experience ?? Math.max(min, body.experience ?? 0);
    if (min > max) throw invalid({ max_experience: 'Must be greater than or equal to min_experience.' });
    Object.assign(values, { min_experience: min, max_experience: max, experience: max - min });
  }
  if (body.owner !== undefined && body.owner !== null) {
    const owner = typeof body.owner === 'object' ? body.owner.id : body.owner;
    await assertOrgUsers(pool, user.org_id, [owner], 'owner');
    values.owner_id = owner;
  }
  for (const key of ['interview_module', 'workflow'] as const) {
    const moduleId = body[key];
    if (moduleId) await assertOrgWorkflow(pool, user.org_id, moduleId, key);
    if (moduleId !== undefined) values[key] = moduleId;
  }
  const shares = body.users_shared_with;
  if (shares) await assertOrgUsers(pool, user.org_id, shares, 'users_shared_with');
  const weights = body.score_weight === undefined || body.score_weight === null || body.score_weight === '' ? undefined : parseWeights(body.score_weight);
  return { values, weights, shares };
}
