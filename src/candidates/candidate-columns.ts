import type pg from 'pg';
import type PgBoss from 'pg-boss';
import { uniqueOr } from '../http/errors.ts';
import { excludedClause, insertClause, SqlParams, setClause } from '../http/sql.ts';
import type { CandidateFields } from './application-form.ts';
import { queueBlobDeletion } from './file-jobs.ts';

/** Column values for the fields sent (location is stored as JSON). */
function columns(fields: CandidateFields): Record<string, unknown> {
  const values: Record<string, unknown> = { ...fields };
  if (fields.location !== undefined) values.location = fields.location && JSON.stringify(fields.location);
  return values;
}

/** The photo and intro video the row had before this save, to delete those the save replaces. */
interface OldFiles {
  old_pic: string | null;
  old_video: string | null;
}

/** Queues, in the caller's transaction, the deletion of the photo and intro video `fields` replace. */
function deleteReplaced(db: pg.PoolClient, queue: PgBoss, old: OldFiles | undefined, fields: CandidateFields): Promise<void> {
  const replaced = (next: string | null | undefined, previous: string | null | undefined) => (next && previous !== next ? previous : null);
  return queueBlobDeletion(db, queue, [replaced(fields.profile_pic, old?.old_pic), replaced(fields.intro_video, old?.old_video)]);
}

/** Creates the organisation's candidate for this e-mail, or updates the one that exists; returns its id. */
export async function saveCandidateFields(
  db: pg.PoolClient,
  queue: PgBoss,
  owner: { orgId: number; createdBy: number | null },
  fields: CandidateFields,
): Promise<number> {
  const values = columns(fields);
  const params = new SqlParams();
  const insert = insertClause({ ...values, org_id: owner.orgId, created_by: owner.createdBy }, params);
  const set = [excludedClause(Object.keys(values).filter((column) => column !== 'email')), 'updated_at = now()'].filter(Boolean).join(', ');
  // The row as it was (none for a new candidate).
  const { rows } = await db.query<OldFiles & { id: number }>(
    `WITH old AS (SELECT profile_pic, intro_video FROM candidates WHERE org_id = ${params.add(owner.orgId)} AND lower(email) = lower(${params.add(fields.email)}))
     INSERT INTO candidates ${insert} ON CONFLICT (org_id, lower(email)) DO UPDATE SET ${set}
     RETURNING id, (SELECT profile_pic FROM old) AS old_pic, (SELECT intro_video FROM old) AS old_video`,
    params.values,
  );
  await deleteReplaced(db, queue, rows[0], fields);
  return rows[0].id;
}

/** Updates the fields sent of candidate `id`; a replaced photo or intro video is deleted after commit. */
export async function updateCandidateFields(db: pg.PoolClient, queue: PgBoss, id: number, fields: CandidateFields): Promise<void> {
  const params = new SqlParams();
  const set = setClause({ ...columns(fields), updated_at: new Date() }, params);
  const candidate = params.add(id);
  // `old` is the row as it was before this UPDATE.
  const { rows } = await uniqueOr('candidates_org_email_key', { email: 'Another candidate of this organisation has this e-mail.' }, () =>
    db.query<OldFiles>(
      `UPDATE candidates SET ${set} FROM (SELECT profile_pic AS old_pic, intro_video AS old_video FROM candidates WHERE id = ${candidate}) old
       WHERE candidates.id = ${candidate} RETURNING old.old_pic, old.old_video`,
      params.values,
    ),
  );
  await deleteReplaced(db, queue, rows[0], fields);
}
