// pg-boss in the application's database (schema "pgboss"), installed or migrated on first start.
// Safe to start from many processes at once (see setup-lock.ts).
import type { PoolConfig } from 'pg';
import PgBoss from 'pg-boss';
import Manager from 'pg-boss/src/manager.js';
import { DEFAULT_QUEUE_SETTINGS, type QueueSettings, queuePolicies } from './settings.ts';
import { withQueueSetupLock } from './setup-lock.ts';

export type QueueConnection = string | Omit<PgBoss.DatabaseOptions, 'db'>;

export interface StartQueueOptions extends Partial<QueueSettings> {
  /** Background errors (lost connections, failed maintenance); messages only, never job data. */
  onError?: (error: Error) => void;
}

const logError = (error: Error) => console.error(`queue: ${error.message}`);

/**
 * pg-boss 10's workers settle each job with complete() or fail() without awaiting either: a
 * connection lost at that moment would be an unhandled rejection, which ends the process (and,
 * embedded, the API with it). Each call's promise now also reports the error as the queue's
 * "error" event (onError); callers that await it still see it. The job expires and is retried.
 * The patch is on the prototype the workers call; PgBoss copies these methods by name, so the
 * wrappers keep their names.
 */
for (const method of ['complete', 'fail'] as const) {
  const settle = Manager.prototype[method];
  const reported = function (this: typeof Manager.prototype, ...args: unknown[]) {
    const result = settle.apply(this, args);
    result.catch((error: Error) => this.emit('error', error));
    return result;
  };
  Object.defineProperty(reported, 'name', { value: method });
  Manager.prototype[method] = reported;
}

export async function startQueue(connection: QueueConnection, options: StartQueueOptions = {}): Promise<PgBoss> {
  const { onError = logError, ...overrides } = options;
  const settings: QueueSettings = { ...DEFAULT_QUEUE_SETTINGS, ...overrides };
  const database = typeof connection === 'string' ? { connectionString: connection } : connection;
  // pg-boss hands its whole configuration to pg.Pool, whose options its types leave out.
  const bossOptions: PgBoss.ConstructorOptions & Pick<PoolConfig, 'connectionTimeoutMillis'> = {
    application_name: 'shortlist-queue',
    ...database,
    max: settings.poolSize,
    connectionTimeoutMillis: settings.connectTimeoutMs,
    retryLimit: settings.retryLimit,
    retryDelay: settings.retryDelaySeconds,
    retryBackoff: settings.retryBackoff,
    expireInSeconds: settings.expireInSeconds,
    pollingIntervalSeconds: settings.pollingIntervalSeconds,
    maintenanceIntervalSeconds: settings.maintenanceIntervalSeconds,
    schedule: false,
  };
  const boss = new PgBoss(bossOptions);
  boss.on('error', onError);
  try {
    await withQueueSetupLock(database, async () => {
      await boss.start();
      for (const policy of queuePolicies(settings)) {
        await boss.createQueue(policy.name, policy);
        // createQueue leaves an existing queue as it was; bring it in line with the configuration.
        await boss.updateQueue(policy.name, policy);
      }
    });
  } catch (error) {
    await boss.stop({ graceful: false, wait: true }).catch(() => {});
    throw error;
  }
  return boss;
}
