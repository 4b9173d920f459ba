import type { FastifyRequest } from 'fastify';
import type pg from 'pg';
import type PgBoss from 'pg-boss';
import { queueBlobDeletion } from '../candidates/file-jobs.ts';
import { withTransaction } from '../db/transaction.ts';
import type { AuthUser } from '../http/auth.ts';
import { badRequest, forbidden, invalid, notFound } from '../http/errors.ts';
import type { BlobStore } from '../storage/blob-store.ts';
import { readFormWithFiles } from '../uploads/form-with-files.ts';

const LOGO_FIELD = 'logo';

/** The logo of a multipart form's `logo` file, stored; any other part is refused (and the stored logo removed again). */
export async function readLogoForm(request: FastifyRequest, blobs: BlobStore): Promise<string> {
  if (!request.isMultipart()) throw badRequest(`Send the logo as a multipart form with a ${LOGO_FIELD} file.`);
  return readFormWithFiles(request, blobs, { kinds: { [LOGO_FIELD]: 'logo' }, hint: `send the logo as ${LOGO_FIELD}.` }, ({ fields, keys, errors }) => {
    const key = keys[LOGO_FIELD];
    for (const name of Object.keys(fields)) errors[name] = 'Unknown field.';
    if (!key) errors[LOGO_FIELD] = 'No file was submitted.';
    if (Object.keys(errors).length || !key) throw invalid(errors);
    return key;
  });
}

/** Checked before an upload is read too, so that no one else's file is stored even for a moment. */
export function assertLogoAdmin(actor: AuthUser, orgId: number): void {
  if (orgId !== actor.org_id) throw notFound();
  if (actor.role !== 'Admin') throw forbidden("Only an Admin may change the organisation's logo.");
}

/**
 * PUT (a new logo) and DELETE (none) /accounts/organization-logo/{org_id}/: an Admin of that
 * organisation; the replaced logo's file is deleted once the change commits.
 */
export async function setOrganizationLogo(pool: pg.Pool, queue: PgBoss, actor: AuthUser, orgId: number, key: string | null): Promise<void> {
  assertLogoAdmin(actor, orgId);
  await withTransaction(pool, async (client) => {
    const { rows } = await client.query<{ old: string | null }>(
      `UPDATE organisations o SET logo = $2, updated_at = now() FROM (SELECT logo AS old FROM organisations WHERE id = $1 FOR UPDATE) prior
       WHERE o.id = $1 RETURNING prior.old`,
      [orgId, key],
    );
    if (rows[0]?.old !== key) await queueBlobDeletion(client, queue, [rows[0]?.old]);
  });
}
