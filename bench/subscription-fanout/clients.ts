/**
 * The subscriber process of the fan-out bench: N real graphql-ws clients on the gateway, all holding the same
 * dashboard subscription, recording when each payment reaches each client. It runs apart from the writer so
 * that neither starves the other of CPU. Times are `Date.now()`: the system clock, which the writer process
 * and PostgreSQL's `now()` read too on this one machine.
 */
import { type Client, createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { type FromClients, type ToClients, toClients } from './protocol';

interface DashboardEvent {
  paymentEvents: { cursor: string; occurredAt: string; payment: { referenceNumber: string } };
}

interface Receipts {
  occurredAt: number;
  /** Per client, ms since the epoch; NaN until received. */
  receivedAt: Float64Array<ArrayBuffer>;
  /** Clients that have it. */
  clients: number;
}

/** Sockets opened at once: a thousand simultaneous handshakes overflow the listen backlog. */
const CONNECT_BATCH = 100;
const CONNECT_TIMEOUT_MS = 30_000;

const clients: Client[] = [];
const receipts = new Map<string, Receipts>();
const lastCursor: number[] = [];
const failed = new Set<number>();
let firstFailure: string | null = null;
let duplicated = 0;
let outOfOrder = 0;
let withErrors = 0;
let waiting: { remaining: Set<string>; done: (complete: boolean) => void } | null = null;

function fail(client: number, reason: string) {
  if (failed.has(client)) return;
  failed.add(client);
  firstFailure ??= `client ${client}: ${reason}`;
}

function describe(error: unknown): string {
  if (error instanceof Error) return error.message;
  if (typeof error === 'object' && error !== null && 'code' in error) {
    return `socket closed with code ${String(error.code)}${'reason' in error ? ` ${String(error.reason)}` : ''}`;
  }
  return JSON.stringify(error);
}

function receive(client: number, event: DashboardEvent['paymentEvents'], at: number) {
  const reference = event.payment.referenceNumber;
  let entry = receipts.get(reference);
  if (!entry) {
    entry = {
      occurredAt: Date.parse(event.occurredAt),
      receivedAt: new Float64Array(clients.length).fill(Number.NaN),
      clients: 0,
    };
    receipts.set(reference, entry);
  }
  if (!Number.isNaN(entry.receivedAt[client] ?? Number.NaN)) {
    duplicated += 1;
    return;
  }
  const cursor = Number(event.cursor);
  if (cursor <= (lastCursor[client] ?? Number.NEGATIVE_INFINITY)) outOfOrder += 1;
  lastCursor[client] = cursor;
  entry.receivedAt[client] = at;
  entry.clients += 1;
  if (
    entry.clients === clients.length &&
    waiting?.remaining.delete(reference) &&
    waiting.remaining.size === 0
  ) {
    waiting.done(true);
  }
}

/** One client and its subscription; resolves once its socket is acknowledged, false if it never is. */
function connect(open: Extract<ToClients, { kind: 'open' }>, index: number): Promise<boolean> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(false), CONNECT_TIMEOUT_MS);
    const settle = (connected: boolean) => {
      clearTimeout(timer);
      resolve(connected);
    };
    const client = createClient({
      url: open.url.replace(/^http/, 'ws'),
      webSocketImpl: WebSocket,
      connectionParams: open.connectionParams,
      retryAttempts: 0,
      on: {
        connected: () => settle(true),
        closed: (event) => {
          fail(index, describe(event));
          settle(false);
        },
      },
    });
    clients[index] = client;
    client.subscribe<DashboardEvent>(
      { query: open.query, variables: open.variables },
      {
        next: (result) => {
          const at = Date.now();
          if (result.errors?.length) withErrors += 1;
          if (result.data) receive(index, result.data.paymentEvents, at);
        },
        error: (error) => fail(index, describe(error)),
        complete: () => fail(index, 'the server completed the subscription'),
      },
    );
  });
}

async function openAll(open: Extract<ToClients, { kind: 'open' }>): Promise<FromClients> {
  clients.length = open.count;
  let connected = 0;
  for (let start = 0; start < open.count; start += CONNECT_BATCH) {
    const batch = Array.from({ length: Math.min(CONNECT_BATCH, open.count - start) }, (_, offset) =>
      connect(open, start + offset),
    );
    connected += (await Promise.all(batch)).filter(Boolean).length;
  }
  return { kind: 'opened', connected, failed: open.count - connected };
}

function awaitAll(references: readonly string[], timeoutMs: number): Promise<FromClients> {
  const remaining = new Set(
    references.filter((reference) => receipts.get(reference)?.clients !== clients.length),
  );
  if (remaining.size === 0) return Promise.resolve({ kind: 'awaited', complete: true });
  return new Promise((resolve) => {
    const done = (complete: boolean) => {
      clearTimeout(timer);
      waiting = null;
      resolve({ kind: 'awaited', complete });
    };
    const timer = setTimeout(() => done(false), timeoutMs);
    waiting = { remaining, done };
  });
}

function collect(references: readonly string[]): FromClients {
  const never = new Float64Array(clients.length).fill(Number.NaN);
  return {
    kind: 'collected',
    receivedAt: references.map((reference) => receipts.get(reference)?.receivedAt ?? never),
    occurredAt: references.map((reference) => receipts.get(reference)?.occurredAt ?? Number.NaN),
    duplicated,
    outOfOrder,
    withErrors,
    clientFailures: failed.size,
    firstFailure,
  };
}

async function handle(message: ToClients): Promise<FromClients> {
  switch (message.kind) {
    case 'open':
      return openAll(message);
    case 'await':
      return awaitAll(message.references, message.timeoutMs);
    case 'collect':
      return collect(message.references);
  }
}

process.on('message', (raw) => {
  void handle(toClients.parse(raw)).then((reply) => process.send?.(reply));
});
// The bench went away: nothing is left to report to.
process.on('disconnect', () => process.exit(0));
