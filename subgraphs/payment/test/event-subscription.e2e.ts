import { readerCaller, subgraphHeaders, subscribe } from '@collexis/platform/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type PaymentSubgraph, processor, startPaymentSubgraph } from './support/payment-subgraph';
import { type EventResult, eventsOf, paymentInput, RECORD_PAYMENT } from './support/payments';

/** The connection_init of a signed-in reader. */
const asReader = () => subgraphHeaders(readerCaller, 'payment');

interface Event {
  sequence: string;
  cursor: string;
  type: string;
  cif: string;
  amount: string;
  paymentReferenceNumber: string;
  payment: { referenceNumber: string; status: string };
}

const EVENTS = /* GraphQL */ `
  subscription Events($after: String, $filter: PaymentEventFilter) {
    paymentEvents(after: $after, filter: $filter) {
      sequence cursor type cif amount paymentReferenceNumber payment { referenceNumber status }
    }
  }
`;

const SYNC = /* GraphQL */ `
  mutation Sync($input: SyncPaymentsInput!) { syncPayments(input: $input) { created } }
`;

const sequences = (from: number, to: number) =>
  Array.from({ length: to - from + 1 }, (_, n) => String(from + n));

describe('Subscription.paymentEvents', () => {
  let subgraph: PaymentSubgraph;
  const BACKLOG = 1_100; // more than two replay pages of 500
  let next = BACKLOG;
  const record = (overrides: Record<string, unknown> = {}) => {
    next += 1;
    return subgraph.query(RECORD_PAYMENT, { input: paymentInput(next, overrides) }, processor);
  };

  beforeAll(async () => {
    subgraph = await startPaymentSubgraph();
    for (let start = 0; start < BACKLOG; start += 500) {
      const payments = Array.from({ length: Math.min(500, BACKLOG - start) }, (_, n) => {
        const { sourceSystem, ...record } = paymentInput(start + n + 1);
        return record;
      });
      await subgraph.query(SYNC, { input: { sourceSystem: 'T24', payments } }, processor);
    }
  });
  afterAll(() => subgraph?.stop());

  it('replays the outbox after the cursor, then live events, without gap or duplicate while writes go on', async () => {
    const subscriber = subscribe<EventResult<Event>>(subgraph.url, EVENTS, { after: '0' }, asReader);
    try {
      // Written while the replay pages through the backlog: each ends up either in the replay or live.
      const during = await Promise.all(Array.from({ length: 20 }, () => record()));
      expect(during.filter((response) => response.errors)).toEqual([]);
      const received = eventsOf(await subscriber.waitFor(BACKLOG + 20));
      expect(received.map((event) => event.sequence)).toEqual(sequences(1, BACKLOG + 20));
      expect(received.every((event) => event.cursor === event.sequence)).toBe(true);
      expect(received[0]?.payment).toEqual({ referenceNumber: 'FT00000001', status: 'COMPLETED' });
      await record();
      expect(eventsOf(await subscriber.waitFor(BACKLOG + 21)).at(-1)?.sequence).toBe(String(BACKLOG + 21));
      expect(subscriber.received).toHaveLength(BACKLOG + 21);
    } finally {
      await subscriber.close();
    }
  });

  it('resumes after a cursor: only the events after it', async () => {
    const subscriber = subscribe<EventResult<Event>>(
      subgraph.url,
      EVENTS,
      { after: String(BACKLOG + 18) },
      asReader,
    );
    try {
      const received = eventsOf(await subscriber.waitFor(3));
      expect(received.map((event) => event.sequence)).toEqual(sequences(BACKLOG + 19, BACKLOG + 21));
    } finally {
      await subscriber.close();
    }
  });

  it('applies the filter on the server, to the replay and to live events alike', async () => {
    const after = String(BACKLOG - 10);
    const filter = { cif: 'CIF0000001', types: ['PAYMENT_RECEIVED'], minAmount: '1100' };
    // What the replay must send: the same filter through the events query.
    const replay = await subgraph.query<{ paymentEvents: { nodes: { sequence: string }[] } }>(
      /* GraphQL */ `query Q($after: String, $filter: PaymentEventFilter) {
        paymentEvents(after: $after, filter: $filter) { nodes { sequence } } }`,
      { after, filter },
    );
    const replayed = replay.data?.paymentEvents.nodes.map((event) => event.sequence) ?? [];
    expect(replayed.length).toBeGreaterThan(5);
    const subscriber = subscribe<EventResult<Event>>(subgraph.url, EVENTS, { after, filter }, asReader);
    try {
      await record({ cif: 'CIF0000000', amount: '5000.00' }); // another customer
      await record({ cif: 'CIF0000001', amount: '10.00' }); // too small
      await record({ cif: 'CIF0000001', amount: '2000.00', referenceNumber: 'LIVE-MATCH' });
      const received = eventsOf(await subscriber.waitFor(replayed.length + 1));
      expect(received.map((event) => event.sequence)).toEqual([...replayed, String(BACKLOG + 24)]);
      expect(received.every((event) => event.cif === 'CIF0000001' && event.type === 'PAYMENT_RECEIVED')).toBe(
        true,
      );
      expect(received.at(-1)?.paymentReferenceNumber).toBe('LIVE-MATCH');
    } finally {
      await subscriber.close();
    }
  });

  it('with after null, sends only what is committed from now on', async () => {
    const before = Number((await subgraph.counts()).paymentEvents);
    const subscriber = subscribe<EventResult<Event>>(subgraph.url, EVENTS, { after: null }, asReader);
    try {
      // The subscription registers asynchronously: keep writing until the first live event arrives.
      for (let attempt = 0; subscriber.received.length === 0 && attempt < 100; attempt += 1) {
        await record();
        await Promise.race([subscriber.waitFor(1, 200).catch(() => {}), subscriber.ended]);
      }
      expect(Number(subscriber.received[0]?.paymentEvents.sequence)).toBeGreaterThan(before);
    } finally {
      await subscriber.close();
    }
  });

  it('ends with BAD_USER_INPUT for a cursor that is not a sequence or an empty type list', async () => {
    const badCursor = subscribe<EventResult<Event>>(subgraph.url, EVENTS, { after: 'abc' }, asReader);
    expect((await badCursor.ended).errors[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'after',
    });
    const noTypes = subscribe<EventResult<Event>>(
      subgraph.url,
      EVENTS,
      {
        after: '0',
        filter: { types: [] },
      },
      asReader,
    );
    expect((await noTypes.ended).errors[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'filter.types',
    });
    await Promise.all([badCursor.close(), noTypes.close()]);
  });
});
