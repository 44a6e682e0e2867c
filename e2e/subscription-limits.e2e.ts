import type { Role } from '@collexis/identity';
import { postGraphQL } from '@collexis/platform/http';
import { callerOf, gatewayHeaders, subscribe, type TestSubscription } from '@collexis/platform/testing';
import { startTestStack, type TestStack } from '@collexis/testkit';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { BurstSocket } from './support/burst-socket';
import { type LoanRef, loansWithCases, paymentInput, RECORD_PAYMENT } from './support/payments';

/** Each event reaches into bank-sync for the customer, fetched with the subscriber's own identity. */
const FEED = /* GraphQL */ `
  subscription Feed($after: String) {
    paymentEvents(after: $after) { cursor payment { referenceNumber amount loan { customer { cif name } } } }
  }
`;

const PAYMENT = /* GraphQL */ `
  query Payment($reference: String!) {
    payment(referenceNumber: $reference) { referenceNumber amount loan { customer { cif name } } }
  }
`;

const NORMAL = /* GraphQL */ `{ customers(first: 5) { nodes { cif name loans { accountNumber dpd } } } }`;

interface FeedEvent {
  paymentEvents: { cursor: string; payment: { referenceNumber: string } & Record<string, unknown> };
}

/** The callers of this file, built in one place: each with its token, for HTTP and for connection_init. */
function caller(id: string, ...roles: Role[]) {
  const who = callerOf(id, ...roles);
  return { headers: who, connectionParams: () => gatewayHeaders(who) };
}

const supervisor = caller('sup.limits', 'SUPERVISOR');
const otherSupervisor = caller('sup.other', 'SUPERVISOR');
const analyst = caller('analyst.kim', 'ANALYST');
const agent = caller('agent.minh', 'AGENT');
const processor = caller('proc.t24', 'PAYMENT_PROCESSOR');

/** The replay limit of this file's gateway: small, so that a few payments put a cursor beyond it. */
const REPLAY_LIMIT = 5;

describe("the gateway's limits on graphql-ws clients", () => {
  let stack: TestStack;
  let loans: LoanRef[];
  const opened: { close(): Promise<void> }[] = [];

  beforeAll(async () => {
    stack = await startTestStack({
      demo: { customers: 10 },
      consumers: false,
      gateway: { subscriptionLimits: { maxReplayEvents: REPLAY_LIMIT } },
    });
    loans = await loansWithCases(stack.sql, 1);
  });
  afterAll(async () => {
    await Promise.all(opened.map((client) => client.close()));
    await stack?.stop();
  });

  function watch(
    as: ReturnType<typeof caller>,
    after: string | null,
    query = FEED,
  ): TestSubscription<FeedEvent> {
    const client = subscribe<FeedEvent>(stack.gateway().url, query, { after }, as.connectionParams);
    opened.push(client);
    return client;
  }

  async function pay(): Promise<string> {
    const [loan] = loans;
    if (!loan) throw new Error('no loan with a case');
    const input = paymentInput(loan);
    const response = await stack.query(RECORD_PAYMENT, { input }, processor.headers);
    expect(response.errors).toBeUndefined();
    return input.referenceNumber;
  }

  async function head(): Promise<string> {
    const response = await stack.query<{ paymentEventsHead: string }>(
      '{ paymentEventsHead }',
      {},
      supervisor.headers,
    );
    const cursor = response.data?.paymentEventsHead;
    if (cursor === undefined) throw new Error(`no head: ${JSON.stringify(response.errors)}`);
    return cursor;
  }

  /** The payment as `as` reads it over HTTP: what a subscription event of theirs must carry. */
  async function paymentAs(as: ReturnType<typeof caller>, reference: string) {
    const response = await stack.query<{ payment: unknown }>(PAYMENT, { reference }, as.headers);
    expect(response.errors).toBeUndefined();
    return response.data?.payment;
  }

  async function untilIdle() {
    await expect
      .poll(() => stack.gateway().subscriptions.stats(), { timeout: 10_000 })
      .toEqual({ upstreams: 0, subscribers: 0 });
  }

  it('refuses every subscription past 100 of a 5,000 burst on one socket, and serves the rest and everyone else meanwhile', async () => {
    const after = await head();
    const neighbour = watch(otherSupervisor, after);
    const burst = await BurstSocket.open(stack.gateway().url, await supervisor.connectionParams());
    opened.push(burst);
    const ids = Array.from({ length: 5_000 }, (_, n) => String(n));
    burst.subscribeAll(ids, { query: FEED, variables: { after } });
    const [normal] = await Promise.all([
      postGraphQL<{ customers: { nodes: unknown[] } }>(
        stack.gateway().url,
        NORMAL,
        {},
        await supervisor.connectionParams(),
      ),
      burst.until(() => burst.count('error') >= 4_900, '4,900 subscriptions are refused'),
    ]);
    expect(normal.errors).toBeUndefined();
    expect(normal.data?.customers.nodes).toHaveLength(5);
    for (const id of ids.slice(100)) {
      expect(burst.messages(id, 'error')[0]?.payload).toEqual([
        {
          message: 'Subscriptions per connection limit of 100 exceeded.',
          extensions: { code: 'LIMIT_EXCEEDED', limit: 'subscriptionsPerConnection', max: 100 },
        },
      ]);
    }
    const reference = await pay();
    const delivered = (id: string) =>
      burst
        .messages(id, 'next')
        .some((message) => JSON.stringify(message.payload).includes(`"referenceNumber":"${reference}"`));
    await burst.until(() => burst.count('next') >= 100, 'the first 100 receive the payment');
    expect(ids.slice(0, 100).every(delivered)).toBe(true);
    const [event] = await neighbour.waitFor(1);
    expect(event?.paymentEvents.payment.referenceNumber).toBe(reference);
    expect(ids.slice(0, 100).every((id) => burst.messages(id, 'error').length === 0)).toBe(true);
    // The refused subscribes hold nothing: one upstream stream serves the 100 accepted and the neighbour.
    expect(stack.gateway().subscriptions.stats()).toEqual({ upstreams: 1, subscribers: 101 });
    await Promise.all([burst.close(), neighbour.close()]);
    await untilIdle();
  });

  it('closes a caller’s 31st socket at connection_init with 4008, serves other callers, and admits one again once a socket closed', async () => {
    const sockets = Array.from({ length: 30 }, () => watch(supervisor, null));
    await Promise.all(sockets.map((socket) => socket.connected));
    await expect.poll(() => stack.gateway().subscriptions.stats().subscribers).toBe(30);
    const refused = watch(supervisor, null);
    const neighbour = watch(otherSupervisor, null);
    const { closeCode, closeReason } = await refused.ended;
    expect(closeCode).toBe(4008);
    expect(closeReason).toBe('Connections per caller limit of 30 exceeded.');
    await expect.poll(() => stack.gateway().subscriptions.stats().subscribers).toBe(31);
    await sockets[0]?.close();
    await expect.poll(() => stack.gateway().subscriptions.stats().subscribers).toBe(30);
    const again = watch(supervisor, null);
    await again.connected;
    await Promise.all([...sockets, neighbour, again].map((socket) => socket.close()));
    await untilIdle();
  });

  it('holds a subscribe to the request limits: 100,000 duplicated fields refused by the token limit, 5 MB closing its socket', async () => {
    const consoleErrors = vi.spyOn(console, 'error');
    const duplicated = watch(
      supervisor,
      null,
      `subscription { paymentEvents { ${'cursor '.repeat(100_000)}} }`,
    );
    const oversized = watch(
      supervisor,
      null,
      `subscription { paymentEvents { cursor } } ${'#'.repeat(5 << 20)}`,
    );
    const [normal, refused, closed] = await Promise.all([
      postGraphQL<{ customers: { nodes: unknown[] } }>(
        stack.gateway().url,
        NORMAL,
        {},
        await supervisor.connectionParams(),
      ),
      duplicated.ended,
      oversized.ended,
    ]);
    expect(normal.errors).toBeUndefined();
    expect(refused.closeCode).toBeUndefined();
    expect(refused.errors).toEqual([
      {
        message: 'Query tokens limit of 2000 exceeded.',
        extensions: { code: 'LIMIT_EXCEEDED', limit: 'tokens', max: 2000, http: { status: 400 } },
      },
    ]);
    expect(closed.closeCode).toBe(1009);
    // The client's oversized frame is its own fault: nothing printed as a server error (graphql-ws would).
    expect(consoleErrors.mock.calls).toEqual([]);
    consoleErrors.mockRestore();
    await untilIdle();
  });

  it('refuses to replay from a cursor further behind the newest event than the limit, and replays one within it', async () => {
    const start = await head();
    const live = watch(supervisor, start);
    const references: string[] = [];
    for (let n = 0; n <= REPLAY_LIMIT; n += 1) references.push(await pay());
    const events = await live.waitFor(references.length);
    const newest = BigInt(await head());
    // The live client's stream holds every event after `start`; the limit still applies to joining it.
    const expired = watch(supervisor, start);
    const { errors, closeCode } = await expired.ended;
    expect(closeCode).toBeUndefined();
    expect(errors).toEqual([
      {
        message:
          `after ${start} is ${newest - BigInt(start)} events behind the newest; the gateway replays at most ` +
          `${REPLAY_LIMIT} events. Subscribe without after for live events, or after a newer cursor.`,
        extensions: { code: 'CURSOR_EXPIRED', field: 'after', max: REPLAY_LIMIT },
      },
    ]);
    await live.close();
    await untilIdle();
    const within = String(newest - BigInt(REPLAY_LIMIT));
    const missed = events.filter((event) => BigInt(event.paymentEvents.cursor) > BigInt(within));
    const resumed = watch(supervisor, within);
    expect(await resumed.waitFor(missed.length)).toEqual(missed);
    await resumed.close();
    await untilIdle();
  });

  it('resolves an ANALYST’s and an AGENT’s events apart, live and replayed, each as that caller reads them over HTTP', async () => {
    const start = await head();
    const agentFeed = watch(agent, start);
    const analystFeed = watch(analyst, start);
    const reference = await pay();
    const [[agentEvent], [analystEvent]] = await Promise.all([agentFeed.waitFor(1), analystFeed.waitFor(1)]);
    expect(stack.gateway().subscriptions.stats()).toEqual({ upstreams: 2, subscribers: 2 });
    expect(agentEvent?.paymentEvents.payment).toEqual(await paymentAs(agent, reference));
    expect(analystEvent?.paymentEvents.payment).toEqual(await paymentAs(analyst, reference));
    await analystFeed.close();
    await expect.poll(() => stack.gateway().subscriptions.stats()).toEqual({ upstreams: 1, subscribers: 1 });
    // The agent's stream still holds the event; an analyst resuming before it gets a stream of their own.
    const analystReplay = watch(analyst, start);
    const [replayed] = await analystReplay.waitFor(1);
    expect(stack.gateway().subscriptions.stats()).toEqual({ upstreams: 2, subscribers: 2 });
    expect(replayed?.paymentEvents.payment).toEqual(await paymentAs(analyst, reference));
    await Promise.all([agentFeed.close(), analystReplay.close()]);
    await untilIdle();
  });
});
