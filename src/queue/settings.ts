// How jobs are retried and timed out, from the configuration, and each queue's policy.
import type PgBoss from 'pg-boss';
import type { Config } from '../config.ts';
import { QUEUES } from './names.ts';

export interface QueueSettings {
  /** Retries after the first attempt. */
  retryLimit: number;
  retryDelaySeconds: number;
  /** Exponential backoff: the delay doubles with every retry, with jitter. */
  retryBackoff: boolean;
  /** A job still active after this long is taken to have died with its worker, and is retried. */
  expireInSeconds: number;
  /** How often idle workers look for new jobs. */
  pollingIntervalSeconds: number;
  /** How often expired jobs are failed (then retried) and old ones archived. */
  maintenanceIntervalSeconds: number;
  poolSize: number;
  /**
   * How long a query waits for one of the pool's connections. pg-boss ends its pool on stop while
   * a worker's fetch may still wait for a connection, and an ended pool never answers such a
   * waiter: the worker never stops, and pg-boss polls for it every second, keeping the process
   * alive for good. With a limit the fetch fails and the worker stops. The limit is long: a
   * complete() or fail() that gives up leaves its job to expire and run again (start-queue.ts).
   */
  connectTimeoutMs: number;
}

export const DEFAULT_QUEUE_SETTINGS: QueueSettings = {
  retryLimit: 2,
  retryDelaySeconds: 5,
  retryBackoff: true,
  expireInSeconds: 5 * 60,
  pollingIntervalSeconds: 2,
  maintenanceIntervalSeconds: 30,
  poolSize: 4,
  connectTimeoutMs: 30_000,
};

export function queueSettings(config: Config): QueueSettings {
  return {
    ...DEFAULT_QUEUE_SETTINGS,
    retryLimit: config.jobRetryLimit,
    retryDelaySeconds: config.jobRetryDelaySeconds,
    expireInSeconds: config.jobTimeoutSeconds,
  };
}

// Deleting blobs must eventually succeed (an outage of the store is no reason to leak files):
// with backoff, 20 retries span about two weeks, so such jobs are kept for 30 days.
const DELETE_BLOBS_RETRY_LIMIT = 20;
const DELETE_BLOBS_RETENTION_MINUTES = 30 * 24 * 60;
// A mail server may be down for a while: 12 retries, from 5 s doubling each time (with jitter),
// span about 6 to 11 hours.
const SEND_EMAIL_RETRY_LIMIT = 12;
/** How long a send-email job may wait for a worker; past it pg-boss drops the job, and the message is deleted. */
export const SEND_EMAIL_RETENTION_MINUTES = 3 * 24 * 60;

export function queuePolicies(settings: QueueSettings): PgBoss.Queue[] {
  const base = {
    retryLimit: settings.retryLimit,
    retryDelay: settings.retryDelaySeconds,
    retryBackoff: settings.retryBackoff,
    expireInSeconds: settings.expireInSeconds,
  };
  return [
    { name: QUEUES.parseResume, ...base },
    {
      name: QUEUES.deleteBlobs,
      ...base,
      retryLimit: Math.max(settings.retryLimit, DELETE_BLOBS_RETRY_LIMIT),
      retentionMinutes: DELETE_BLOBS_RETENTION_MINUTES,
    },
    { name: QUEUES.sendEmail, ...base, retryLimit: Math.max(settings.retryLimit, SEND_EMAIL_RETRY_LIMIT), retentionMinutes: SEND_EMAIL_RETENTION_MINUTES },
    { name: QUEUES.passwordReset, ...base, retryLimit: Math.max(settings.retryLimit, SEND_EMAIL_RETRY_LIMIT) },
  ];
}
