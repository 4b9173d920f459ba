// pg-boss in the application's database (schema "pgboss"), installed or migrated on first start.
// Safe to start from many processes at once (see setup-lock.ts).
import type { PoolConfig } from 'pg';
import PgBoss from 'pg-boss';
import { DEFAULT_QUEUE_SETTINGS, type QueueSettings, queuePolicies } from './settings.ts';
import { withQueueSetupLock } from './setup-lock.ts';

export type QueueConnection = string | Omit<PgBoss.DatabaseOptions, 'db'>;

export interface StartQueueOptions extends Partial<QueueSettings> {
  /** Background errors (lost connections, failed maintenance); messages only, never job data. */
  onError?: (error: Error) => void;
}

const logError = (error: Error) => console.error(`queue: ${error.message}`);

/**
 * pg-boss 10 settles a job with complete() or fail() after its handler without awaiting either:
 * a connection lost at that moment would be an unhandled rejection, which ends the process (and,
 * embedded, the API with it). Each call's promise now also reports to onError; callers that await
 * it still see the error. The job itself expires and is retried.
 */
function reportUnawaitedSettling(boss: PgBoss, onError: (error: Error) => void): void {
  for (const method of ['complete', 'fail'] as const) {
    const settle = boss[method].bind(boss) as (...args: unknown[]) => Promise<unknown>;
    (boss as unknown as Record<typeof method, typeof settle>)[method] = (...args) => {
      const result = settle(...args);
      result.catch(onError);
      return result;
    };
  }
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
  reportUnawaitedSettling(boss, onError);
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
