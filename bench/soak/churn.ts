/**
 * The soak's subscriber process: a fixed number of slots, each holding one graphql-ws client with one
 * subscription that lives a random time and is then closed (the socket with it) and replaced by a new one,
 * until the bench says stop. It runs apart from the bench so that neither starves the other of CPU.
 */
import { type Client, createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { type ChurnStats, churnConfig, toChurn } from './churn-protocol';

const config = churnConfig.parse(JSON.parse(process.env.SOAK_CHURN_CONFIG ?? '{}'));

const noStats = (): ChurnStats => ({
  kind: 'stats',
  opened: 0,
  closed: 0,
  events: 0,
  withErrors: 0,
  failures: 0,
  firstFailure: null,
});
let stats = noStats();
const live = new Set<Client>();
let running = false;

function describe(error: unknown): string {
  if (error instanceof Error) return error.message;
  if (typeof error === 'object' && error !== null && 'code' in error) {
    return `socket closed with code ${String(error.code)}${'reason' in error ? ` ${String(error.reason)}` : ''}`;
  }
  return JSON.stringify(error);
}

function fail(reason: string) {
  stats.failures += 1;
  stats.firstFailure ??= reason;
}

/**
 * Closes a client. graphql-ws rejects with the close event when the client's connection, still being made,
 * fails (the sink has already reported that): there is nothing left to close.
 */
const dispose = (client: Client) => Promise.resolve(client.dispose()).catch(() => {});

const lifetimeMs = () => config.minLifetimeMs + Math.random() * (config.maxLifetimeMs - config.minLifetimeMs);

/** One subscription on a client of its own; when its time is up it is closed and, while running, replaced. */
function openSlot() {
  let closing = false;
  const client = createClient({
    url: config.url.replace(/^http/, 'ws'),
    webSocketImpl: WebSocket,
    connectionParams: config.connectionParams,
    retryAttempts: 0,
    on: {
      connected: () => {
        stats.opened += 1;
      },
      closed: (event) => {
        if (!closing && running) fail(describe(event));
      },
    },
  });
  live.add(client);
  client.subscribe(
    { query: config.query, variables: {} },
    {
      next: (result) => {
        stats.events += 1;
        if (result.errors?.length) stats.withErrors += 1;
      },
      error: (error) => {
        if (!closing && running) fail(describe(error));
      },
      complete: () => {
        if (!closing && running) fail('the server completed the subscription');
      },
    },
  );
  setTimeout(() => {
    if (!live.delete(client)) return;
    closing = true;
    void dispose(client);
    stats.closed += 1;
    if (running) openSlot();
  }, lifetimeMs());
}

function start() {
  stats = noStats();
  running = true;
  for (let slot = 0; slot < config.subscriptions; slot += 1) openSlot();
}

/** Stops replacing; closes every live client at once and reports what happened since `start`. */
async function stop(): Promise<ChurnStats> {
  running = false;
  const open = [...live];
  live.clear();
  await Promise.all(open.map(dispose));
  stats.closed += open.length;
  return stats;
}

process.on('message', (raw) => {
  const message = toChurn.parse(raw);
  if (message.kind === 'start') {
    start();
    process.send?.({ kind: 'started' });
  } else {
    void stop().then((reply) => process.send?.(reply));
  }
});
// The bench went away: nothing is left to report to.
process.on('disconnect', () => process.exit(0));
