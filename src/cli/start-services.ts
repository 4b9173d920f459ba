// What the long-running commands (serve, worker, import) run on. Kept apart from start.ts so
// that `migrate` and `seed` never load the queue or the S3 client.
import { runMigrations } from '../db/migrate.ts';
import { startJobRuntime } from '../queue/runtime.ts';
import { createBlobStore } from '../storage/create.ts';
import { startOrExit } from './start.ts';

/** The configuration, the migrated database, the blob store and the job queue (with this process's workers or not). */
export async function startServices({ workers }: { workers: boolean }) {
  const { config, database } = await startOrExit();
  await runMigrations(database.pool);
  const blobs = createBlobStore(config);
  const jobs = await startJobRuntime({ config, database, store: blobs }, { workers });
  return { config, database, blobs, jobs };
}
