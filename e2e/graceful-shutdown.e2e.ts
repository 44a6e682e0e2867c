import { readFile } from 'node:fs/promises';
import { request } from 'node:http';
import { connect } from 'node:net';
import {
  accessTokenHeaders,
  createTestDatabase,
  eventually,
  readerCaller,
  subscribe,
  type TestDatabase,
  testKeys,
} from '@collexis/platform/testing';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { type ServiceProcesses, startServiceProcesses } from './support/service-processes';

/** A Customer 360 page; `first` differs between requests that must not share one subgraph fetch. */
const customersQuery = (first: number) =>
  `{ customers(first: ${first}) { nodes { cif loans { accountNumber payments(first: 3) { nodes { amount } } } case { customerStatus } } } }`;

type Outcome =
  | { kind: 'answered'; status: number; ok: boolean; at: number }
  | { kind: 'refused'; code: string; at: number };

/**
 * One POST on a connection of its own (no keep-alive), so that the only way it can miss the server is at
 * connect: refused, with nothing sent, safe for a client to retry.
 */
function post(url: string, headers: Record<string, string>, first = 20): Promise<Outcome> {
  const body = JSON.stringify({ query: customersQuery(first) });
  return new Promise((resolve) => {
    const req = request(
      url,
      {
        method: 'POST',
        agent: false,
        headers: { ...headers, 'content-type': 'application/json', connection: 'close' },
      },
      (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (chunk) => {
          text += chunk;
        });
        res.on('end', () => {
          const parsed = JSON.parse(text) as {
            errors?: unknown[];
            data?: { customers?: { nodes: unknown[] } };
          };
          resolve({
            kind: 'answered',
            status: res.statusCode ?? 0,
            ok: !parsed.errors && (parsed.data?.customers?.nodes.length ?? 0) > 0,
            at: Date.now(),
          });
        });
        res.on('error', (error: NodeJS.ErrnoException) =>
          resolve({ kind: 'refused', code: `response ${error.code ?? error.message}`, at: Date.now() }),
        );
      },
    );
    req.on('error', (error: NodeJS.ErrnoException) =>
      resolve({ kind: 'refused', code: error.code ?? error.message, at: Date.now() }),
    );
    req.end(body);
  });
}

/** The established TCP sockets on a local port (Linux), and how many received bytes each has not read. */
async function establishedSockets(port: number): Promise<{ unread: number }[]> {
  const table = await readFile('/proc/net/tcp', 'utf8');
  return table
    .split('\n')
    .slice(1)
    .map((line) => line.trim().split(/\s+/))
    .filter(
      ([, local, , state]) => state === '01' && Number.parseInt(local?.split(':')[1] ?? '', 16) === port,
    )
    .map(([, , , , queues]) => ({ unread: Number.parseInt(queues?.split(':')[1] ?? '0', 16) }));
}

/** Whether a new connection to the URL's port is refused: the server stopped listening. */
function refusesConnections(url: string): Promise<boolean> {
  const { port } = new URL(url);
  return new Promise((resolve) => {
    const socket = connect(Number(port), '127.0.0.1');
    socket.once('connect', () => {
      socket.destroy();
      resolve(false);
    });
    socket.once('error', (error: NodeJS.ErrnoException) => resolve(error.code === 'ECONNREFUSED'));
  });
}

describe('SIGTERM: a service stops taking work, finishes what it has, and exits 0', () => {
  let system: ServiceProcesses;
  let database: TestDatabase;

  beforeAll(async () => {
    database = await createTestDatabase(inject('postgresAdminUrl'));
    system = await startServiceProcesses({ databaseUrl: database.url, demo: { customers: 30 } });
  });
  afterAll(async () => {
    await system?.stop();
    await database?.drop();
  });

  it('the gateway: requests in flight are answered in full, later ones are refused at connect, subscriptions close with 1012', async () => {
    const gateway = system.services.gateway;
    const headers = await accessTokenHeaders(await testKeys(), readerCaller);
    const board = subscribe(gateway.url, 'subscription { paymentEvents { cursor } }', {}, headers);
    await board.connected;

    // Requests held in flight: the gateway has read them (nothing left unread on their sockets) and waits
    // for bank-sync, which is frozen.
    const bankSync = system.services['bank-sync'].process().child;
    bankSync.kill('SIGSTOP');
    let late: Outcome;
    let inFlight: Promise<Outcome>[];
    let exited: Promise<number | null>;
    try {
      inFlight = Array.from({ length: 6 }, (_, index) => post(gateway.url, headers, 10 + index));
      await eventually(async () => {
        const sockets = await establishedSockets(Number(new URL(gateway.url).port));
        // Six requests and the subscription's WebSocket.
        return sockets.length === inFlight.length + 1 && sockets.every((socket) => socket.unread === 0);
      }, 'the gateway has read every request');
      exited = gateway.kill('SIGTERM');
      await eventually(() => refusesConnections(gateway.url), 'the gateway stops listening');
      late = await post(gateway.url, headers);
    } finally {
      bankSync.kill('SIGCONT');
    }
    for (const outcome of await Promise.all(inFlight)) {
      expect(outcome).toMatchObject({ kind: 'answered', status: 200, ok: true });
    }
    expect(late).toMatchObject({ kind: 'refused', code: 'ECONNREFUSED' });
    expect((await board.ended).closeCode).toBe(1012);
    expect(await exited).toBe(0);
    await gateway.restart();
  });

  it('a subgraph with its event consumer: exits 0 and comes back serving', async () => {
    const bankSync = system.services['bank-sync'];
    expect(await bankSync.kill('SIGTERM')).toBe(0);
    await bankSync.restart();
    const headers = await accessTokenHeaders(await testKeys(), readerCaller);
    expect(await post(system.services.gateway.url, headers)).toMatchObject({ kind: 'answered', ok: true });
  });
});
