import pg from 'pg';

export interface ChangeListener {
  stop(): Promise<void>;
}

export interface ChangeHandlers {
  /** What to do when a notification arrives, by channel. */
  channels: Record<string, () => void>;
  /** Listening started or stopped: while it is off, changes may be missed. */
  onListening(listening: boolean): void;
}

const RETRY_MS = 1000;

/**
 * LISTENs on the handlers' channels on a connection of its own, and reconnects after losing it.
 * Handlers hear of every notification and of every gap during which notifications could have
 * been missed.
 */
export function listenForChanges(url: string, handlers: ChangeHandlers): ChangeListener {
  let client: pg.Client | undefined;
  let stopped = false;
  let retry: NodeJS.Timeout | undefined;

  const close = async (c: pg.Client | undefined) => {
    c?.removeAllListeners();
    c?.on('error', () => {});
    await c?.end().catch(() => {});
  };

  const lost = (from: pg.Client) => {
    if (client !== from) return;
    handlers.onListening(false);
    client = undefined;
    void close(from);
    if (!stopped) retry = setTimeout(start, RETRY_MS);
  };

  async function start(): Promise<void> {
    const next = new pg.Client({ connectionString: url });
    client = next;
    next.on('error', () => lost(next));
    next.on('end', () => lost(next));
    next.on('notification', (message) => handlers.channels[message.channel]?.());
    try {
      await next.connect();
      for (const channel of Object.keys(handlers.channels)) await next.query(`LISTEN ${channel}`);
      if (client === next && !stopped) handlers.onListening(true);
    } catch {
      lost(next);
    }
  }

  void start();
  return {
    async stop() {
      stopped = true;
      clearTimeout(retry);
      handlers.onListening(false);
      const current = client;
      client = undefined;
      await close(current);
    },
  };
}
