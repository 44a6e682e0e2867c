import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createPaymentEventFeed,
  openPaymentEventStream,
  type PaymentEventFeed,
} from '../src/events/payment-events';
import { eventSelection } from '../src/queries/event-args';
import { type PaymentSubgraph, processor, startPaymentSubgraph } from './support/payment-subgraph';
import { paymentInput } from './support/payments';

const SYNC = /* GraphQL */ `mutation Sync($input: SyncPaymentsInput!) { syncPayments(input: $input) { created } }`;

describe('a subscriber that cannot keep up', () => {
  let subgraph: PaymentSubgraph;
  let feed: PaymentEventFeed;
  const sync = (numbers: number[]) =>
    subgraph.query(
      SYNC,
      {
        input: {
          sourceSystem: 'T24',
          payments: numbers.map((n) => {
            const { sourceSystem, ...record } = paymentInput(n);
            return record;
          }),
        },
      },
      processor,
    );

  beforeAll(async () => {
    subgraph = await startPaymentSubgraph();
    // A feed of the test's own, on the same database, so that its subscriber's queue can be tiny.
    feed = createPaymentEventFeed({ db: subgraph.db, url: subgraph.databaseUrl });
    await feed.start();
  });
  afterAll(async () => {
    await feed?.stop();
    await subgraph?.stop();
  });

  it('is ended with an error saying where to resume, and released from the feed', async () => {
    const stream = await openPaymentEventStream(
      { db: subgraph.db, feed, selection: eventSelection(null), capacity: 3 },
      0n,
    );
    await sync([1]);
    expect((await stream.next()).value?.paymentEvents.sequence).toBe(1n);
    // The replay is over; the next five events arrive live, one more than the queue holds.
    // The expectation is attached before the events arrive, so the rejection is handled when it happens.
    const overflowed = expect(stream.next()).rejects.toMatchObject({
      message: expect.stringContaining('subscribe again with after: "1"'),
      extensions: { code: 'SUBSCRIPTION_OVERFLOW', after: '1' },
    });
    await sync([2, 3, 4, 5, 6]);
    await overflowed;
    expect(feed.subscriberCount).toBe(0);
    expect(await stream.next()).toEqual({ done: true, value: undefined });
  });
});
