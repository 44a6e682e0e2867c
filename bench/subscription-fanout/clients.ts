/**
 * The subscriber process of the fan-out bench: real graphql-ws clients in groups, one group per stream kind
 * (all the group's clients hold the same subscription), recording when each event reaches each client. It
 * runs apart from the writers so that neither starves the other of CPU. Times are `Date.now()`: the system
 * clock, which the writer process and PostgreSQL's `now()` read too on this one machine.
 */
import { type Client, createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { type FromClients, type ToClients, toClients } from './protocol';
import { type StreamKind, streamEvent } from './streams';

type Open = Extract<ToClients, { kind: 'open' }>;

interface Receipts {
  occurredAt: number;
  /** Per client of the group, ms since the epoch; NaN until received. */
  receivedAt: Float64Array<ArrayBuffer>;
  /** Clients that have it. */
  clients: number;
}

interface Group {
  clients: Client[];
  receipts: Map<string, Receipts>;
  lastCursor: number[];
  failed: Set<number>;
  firstFailure: string | null;
  duplicated: number;
  outOfOrder: number;
  withErrors: number;
  firstError: string | null;
  sample: unknown;
  waiting: { remaining: Set<string>; done: (complete: boolean) => void } | null;
}

/** Sockets opened at once: a thousand simultaneous handshakes overflow the listen backlog. */
const CONNECT_BATCH = 100;
const CONNECT_TIMEOUT_MS = 30_000;

const groups = new Map<StreamKind, Group>();

function groupOf(stream: StreamKind): Group {
  let group = groups.get(stream);
  if (!group) {
    group = {
      clients: [],
      receipts: new Map(),
      lastCursor: [],
      failed: new Set(),
      firstFailure: null,
      duplicated: 0,
      outOfOrder: 0,
      withErrors: 0,
      firstError: null,
      sample: null,
      waiting: null,
    };
    groups.set(stream, group);
  }
  return group;
}

function fail(group: Group, client: number, reason: string) {
  if (group.failed.has(client)) return;
  group.failed.add(client);
  group.firstFailure ??= `client ${client}: ${reason}`;
}

function describe(error: unknown): string {
  if (error instanceof Error) return error.message;
  if (typeof error === 'object' && error !== null && 'code' in error) {
    return `socket closed with code ${String(error.code)}${'reason' in error ? ` ${String(error.reason)}` : ''}`;
  }
  return JSON.stringify(error);
}

function receive(
  stream: StreamKind,
  group: Group,
  client: number,
  data: unknown,
  at: number,
  clean: boolean,
) {
  const event = streamEvent(stream, data);
  if (!event) {
    fail(group, client, `a result without a ${stream} event: ${JSON.stringify(data)}`);
    return;
  }
  // The floor sends what a dashboard should get: a result the gateway resolved in full.
  if (clean) group.sample ??= data;
  let entry = group.receipts.get(event.reference);
  if (!entry) {
    entry = {
      occurredAt: Date.parse(event.occurredAt),
      receivedAt: new Float64Array(group.clients.length).fill(Number.NaN),
      clients: 0,
    };
    group.receipts.set(event.reference, entry);
  }
  if (!Number.isNaN(entry.receivedAt[client] ?? Number.NaN)) {
    group.duplicated += 1;
    return;
  }
  const cursor = Number(event.cursor);
  if (cursor <= (group.lastCursor[client] ?? Number.NEGATIVE_INFINITY)) group.outOfOrder += 1;
  group.lastCursor[client] = cursor;
  entry.receivedAt[client] = at;
  entry.clients += 1;
  const { waiting } = group;
  if (
    entry.clients === group.clients.length &&
    waiting?.remaining.delete(event.reference) &&
    waiting.remaining.size === 0
  ) {
    waiting.done(true);
  }
}

/** One client and its subscription; resolves once its socket is acknowledged, false if it never is. */
function connect(open: Open, group: Group, index: number): Promise<boolean> {
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
          fail(group, index, describe(event));
          settle(false);
        },
      },
    });
    group.clients[index] = client;
    client.subscribe(
      { query: open.query, variables: open.variables },
      {
        next: (result) => {
          const at = Date.now();
          const errors = result.errors ?? [];
          if (errors.length > 0) {
            group.withErrors += 1;
            group.firstError ??= errors.map((error) => error.message).join('; ');
          }
          if (result.data) receive(open.stream, group, index, result.data, at, errors.length === 0);
        },
        error: (error) => fail(group, index, describe(error)),
        complete: () => fail(group, index, 'the server completed the subscription'),
      },
    );
  });
}

async function openAll(open: Open): Promise<FromClients> {
  const group = groupOf(open.stream);
  if (group.clients.length > 0) throw new Error(`the ${open.stream} clients are open already`);
  group.clients.length = open.count;
  let connected = 0;
  for (let start = 0; start < open.count; start += CONNECT_BATCH) {
    const batch = Array.from({ length: Math.min(CONNECT_BATCH, open.count - start) }, (_, offset) =>
      connect(open, group, start + offset),
    );
    connected += (await Promise.all(batch)).filter(Boolean).length;
  }
  return { kind: 'opened', connected, failed: open.count - connected };
}

function awaitAll(group: Group, references: readonly string[], timeoutMs: number): Promise<FromClients> {
  const remaining = new Set(
    references.filter((reference) => group.receipts.get(reference)?.clients !== group.clients.length),
  );
  if (remaining.size === 0) return Promise.resolve({ kind: 'awaited', complete: true });
  return new Promise((resolve) => {
    const done = (complete: boolean) => {
      clearTimeout(timer);
      group.waiting = null;
      resolve({ kind: 'awaited', complete });
    };
    const timer = setTimeout(() => done(false), timeoutMs);
    group.waiting = { remaining, done };
  });
}

function collect(group: Group, references: readonly string[]): FromClients {
  const never = new Float64Array(group.clients.length).fill(Number.NaN);
  return {
    kind: 'collected',
    receivedAt: references.map((reference) => group.receipts.get(reference)?.receivedAt ?? never),
    occurredAt: references.map((reference) => group.receipts.get(reference)?.occurredAt ?? Number.NaN),
    duplicated: group.duplicated,
    outOfOrder: group.outOfOrder,
    withErrors: group.withErrors,
    firstError: group.firstError,
    clientFailures: group.failed.size,
    firstFailure: group.firstFailure,
    sample: group.sample,
  };
}

async function handle(message: ToClients): Promise<FromClients> {
  switch (message.kind) {
    case 'open':
      return openAll(message);
    case 'await':
      return awaitAll(groupOf(message.stream), message.references, message.timeoutMs);
    case 'collect':
      return collect(groupOf(message.stream), message.references);
  }
}

process.on('message', (raw) => {
  void handle(toClients.parse(raw)).then((reply) => process.send?.(reply));
});
// The bench went away: nothing is left to report to.
process.on('disconnect', () => process.exit(0));
