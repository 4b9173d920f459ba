// PATCH /accounts/users/{id}/ as the web client sends it: JSON fields, or a multipart form with a
// `profile_pic` file (the profile page's photo upload) and any of the same fields as text.
import type { FastifyRequest } from 'fastify';
import { type AjvIssue, badRequest, invalid, validationBody } from '../http/errors.ts';
import { lastValues } from '../http/multipart.ts';
import type { BlobStore } from '../storage/blob-store.ts';
import { readFormWithFiles } from '../uploads/form-with-files.ts';
import { UpdateUserBody } from './schemas.ts';
import type { UserChanges } from './update-user.ts';

const PHOTO_FIELD = 'profile_pic';

/** The changes a request asks for; a stored photo is removed again when the form is refused. */
export async function readUserChanges(request: FastifyRequest, blobs: BlobStore): Promise<UserChanges> {
  if (!request.isMultipart()) {
    // JSON bodies were validated by the route; no body, or text, is no set of changes.
    const body = request.body;
    if (!body || typeof body !== 'object' || Array.isArray(body)) throw badRequest('Send the changes as a JSON object or a multipart form.');
    return body as UserChanges;
  }
  return readFormWithFiles(request, blobs, { kinds: { [PHOTO_FIELD]: 'profile_pic' }, hint: `send the photo as ${PHOTO_FIELD}.` }, ({ fields, keys, errors }) => {
    // The JSON body's validator coerces "true" and role ids.
    const body: Record<string, unknown> = lastValues(fields);
    const validate = request.compileValidationSchema(UpdateUserBody);
    if (!validate(body)) Object.assign(errors, validationBody(validate.errors as AjvIssue[]));
    if (Object.keys(errors).length) throw invalid(errors);
    return { ...(body as UserChanges), ...(keys[PHOTO_FIELD] ? { profile_pic: keys[PHOTO_FIELD] } : {}) };
  });
}
