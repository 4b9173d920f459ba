// The one list of job handlers a worker process runs. Add a queue's handler here.
import type PgBoss from 'pg-boss';
import { passwordResetHandler } from '../accounts/password-reset-handler.ts';
import type { Config } from '../config.ts';
import type { Database } from '../db/connection.ts';
import { createMailer } from '../mail/mailer.ts';
import { sendEmailHandler } from '../mail/send-email-handler.ts';
import { parseResumeHandler } from '../resumes/parse-resume-handler.ts';
import type { BlobStore } from '../storage/blob-store.ts';
import { deleteBlobsHandler } from './delete-blobs.ts';
import { QUEUES } from './names.ts';
import { type Handlers, startWorkers } from './workers.ts';

export interface WorkerDeps {
  config: Config;
  database: Database;
  store: BlobStore;
}

function handlers(deps: WorkerDeps): Handlers {
  const mailer = createMailer(deps.config);
  return {
    [QUEUES.deleteBlobs]: deleteBlobsHandler(deps.store),
    [QUEUES.parseResume]: parseResumeHandler(deps),
    [QUEUES.sendEmail]: sendEmailHandler(deps.database.pool, mailer),
    [QUEUES.passwordReset]: passwordResetHandler(deps.config, deps.database, mailer),
  };
}

export function registerHandlers(boss: PgBoss, deps: WorkerDeps): Promise<string[]> {
  return startWorkers(boss, handlers(deps), { concurrency: deps.config.workerConcurrency });
}
