import type pg from 'pg';
import { invalid } from '../http/errors.ts';
import { insertClause, SqlParams, setClause } from '../http/sql.ts';
import type { CandidateFields } from './application-form.ts';

/** Column values for the fields sent (location is stored as JSON). */
function columns(fields: CandidateFields): Record<string, unknown> {
  const values: Record<string, unknown> = { ...fields };
  if (fields.location !== undefined) values.location = fields.location && JSON.stringify(fields.location);
  return values;
}

/** Another candidate of the organisation already has this e-mail -> 400 naming `email`. */
async function uniqueEmail<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if ((error as { constraint?: string }).constraint === 'candidates_org_email_key') {
      throw invalid({ email: 'Another candidate of this organisation has this e-mail.' });
    }
    throw error;
  }
}

/** Creates the organisation's candidate for this e-mail, or updates the one that exists; returns its id. */
export async function saveCandidateFields(
  db: pg.PoolClient,
  owner: { orgId: number; createdBy: number | null },
  fields: CandidateFields,
): Promise<number> {
  const values = columns(fields);
  const params = new SqlParams();
  const insert = insertClause({ ...values, org_id: owner.orgId, created_by: owner.createdBy }, params);
  const updates = Object.keys(values).filter((column) => column !== 'email');
  const set = [...updates.map((column) => `"${column}" = EXCLUDED."${column}"`), 'updated_at = now()'].join(', ');
  const { rows } = await db.query<{ id: number }>(
    `INSERT INTO candidates ${insert} ON CONFLICT (org_id, lower(email)) DO UPDATE SET ${set} RETURNING id`,
    params.values,
  );
  return rows[0].id;
}

/** Updates the fields sent of candidate `id`. */
export async function updateCandidateFields(db: pg.PoolClient, id: number, fields: CandidateFields): Promise<void> {
  const params = new SqlParams();
  const set = setClause({ ...columns(fields), updated_at: new Date() }, params);
  await uniqueEmail(() => db.query(`UPDATE candidates SET ${set} WHERE id = ${params.add(id)}`, params.values));
}
