import pg from 'pg';

export interface ListenerOptions {
  /** postgres:// URL of the database whose channel is listened to. */
  url: string;
  channel: string;
  /** Called with each notification's payload. */
  onNotification(payload: string): void;
  /** Called after every (re)connection, once LISTEN is active: notifications may have been missed before. */
  onListening(): void;
  /** Shows in pg_stat_activity. */
  applicationName: string;
  /** Longest wait between reconnection attempts. @default 5000 */
  maxRetryDelayMs?: number;
}

export interface Listener {
  stop(): Promise<void>;
}

const FIRST_RETRY_DELAY_MS = 100;

/**
 * One dedicated connection that LISTENs on a channel (a pooled connection cannot: LISTEN belongs to a
 * session). When the connection drops it reconnects with a capped backoff and reports `onListening` again,
 * so the caller can catch up on what it missed. The first connection must succeed: a service that cannot
 * reach its database at start should fail to start.
 */
export async function startListener(options: ListenerOptions): Promise<Listener> {
  const maxRetryDelayMs = options.maxRetryDelayMs ?? 5_000;
  let stopped = false;
  let client: pg.Client | null = null;
  let retryTimer: NodeJS.Timeout | null = null;
  let retryDelay = FIRST_RETRY_DELAY_MS;

  const connect = async (): Promise<void> => {
    const next = new pg.Client({ connectionString: options.url, application_name: options.applicationName });
    let listening = false;
    const onLost = () => {
      if (!listening) return;
      listening = false;
      if (client === next) client = null;
      next.end().catch(() => {});
      scheduleReconnect();
    };
    // Errors before LISTEN is active reject connect() below; afterwards they mean the session is gone.
    next.on('error', onLost);
    next.on('end', onLost);
    next.on('notification', (message) => {
      if (message.channel === options.channel) options.onNotification(message.payload ?? '');
    });
    try {
      await next.connect();
      await next.query(`LISTEN ${pg.escapeIdentifier(options.channel)}`);
    } catch (error) {
      await next.end().catch(() => {});
      throw error;
    }
    if (stopped) {
      await next.end();
      return;
    }
    listening = true;
    client = next;
    retryDelay = FIRST_RETRY_DELAY_MS;
    options.onListening();
  };

  const scheduleReconnect = () => {
    if (stopped || retryTimer) return;
    retryTimer = setTimeout(() => {
      retryTimer = null;
      connect().catch(() => scheduleReconnect());
    }, retryDelay);
    retryDelay = Math.min(retryDelay * 2, maxRetryDelayMs);
  };

  await connect();
  return {
    stop: async () => {
      stopped = true;
      if (retryTimer) clearTimeout(retryTimer);
      const current = client;
      client = null;
      if (current) await current.end();
    },
  };
}
