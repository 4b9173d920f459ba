// delete-blobs: removes a deleted candidate's files (or the blobs of a failed transaction).
// Idempotent, so a retry after a partial run simply finishes the job.
import type { BlobStore } from '../storage/blob-store.ts';
import type { JobHandler } from './workers.ts';

export function deleteBlobsHandler(store: BlobStore): JobHandler<'delete-blobs'> {
  return async (job) => {
    for (const key of job.data.keys) await store.delete(key);
  };
}
