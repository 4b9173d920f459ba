export { deleteBlobsHandler } from './delete-blobs.ts';
export { type EnqueueOptions, enqueue, type SqlClient } from './enqueue.ts';
export { registerHandlers, type WorkerDeps } from './handlers.ts';
export { type DeleteBlobsData, type JobData, type ParseResumeData, QUEUES, type QueueName } from './names.ts';
export { type JobRuntime, startJobRuntime } from './runtime.ts';
export { DEFAULT_QUEUE_SETTINGS, type QueueSettings, queueSettings } from './settings.ts';
export { type QueueConnection, type StartQueueOptions, startQueue } from './start-queue.ts';
export { type Handlers, type JobHandler, startWorkers, type WorkerOptions } from './workers.ts';
