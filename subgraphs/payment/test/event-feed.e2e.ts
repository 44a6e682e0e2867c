import { eventually, readerCaller, subgraphHeaders, subscribe } from '@collexis/platform/testing';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type PaymentSubgraph, processor, startPaymentSubgraph } from './support/payment-subgraph';
import { type EventResult, eventsOf, paymentInput, RECORD_PAYMENT } from './support/payments';

/** The connection_init of a signed-in reader. */
const asReader = () => subgraphHeaders(readerCaller, 'payment');

interface Event {
  sequence: string;
}

const EVENTS = /* GraphQL */ `subscription Events($after: String) { paymentEvents(after: $after) { sequence } }`;

describe('the live event feed', () => {
  let subgraph: PaymentSubgraph;
  let next = 0;
  const record = () => {
    next += 1;
    return subgraph.query(RECORD_PAYMENT, { input: paymentInput(next) }, processor);
  };

  beforeAll(async () => {
    subgraph = await startPaymentSubgraph();
  });
  afterAll(() => subgraph?.stop());

  it('reads each commit once, whatever the number of subscribers', async () => {
    await record();
    const subscribers = Array.from({ length: 25 }, () =>
      subscribe<EventResult<Event>>(subgraph.url, EVENTS, { after: '0' }, asReader),
    );
    try {
      // Once every subscriber has its first event, its replay is over: from then on only the feed reads.
      await Promise.all(subscribers.map((subscriber) => subscriber.waitFor(1)));
      subgraph.statements.reset();
      // Written past the subgraph's pool, so that only the feed's statements are counted.
      await subgraph.db.transaction(async (tx) => {
        await tx.execute(sql`
          INSERT INTO payment_service.payments
            (reference_number, loan_account_number, cif, amount, currency, payment_date, payment_method, status,
             source_system, created_by, updated_by)
          VALUES ('DIRECT', 'LN1', 'CIF1', 10, 'VND', now(), 'CASH', 'COMPLETED', 'OTHER', 'test', 'test')`);
        await tx.execute(sql`
          INSERT INTO payment_service.payment_events
            (sequence, event_type, payment_reference_number, loan_account_number, cif, amount, currency, status)
          VALUES (2, 'PAYMENT_RECEIVED', 'DIRECT', 'LN1', 'CIF1', 10, 'VND', 'COMPLETED')`);
        await tx.execute(sql`SELECT pg_notify('payment_events', '2')`);
      });
      const received = await Promise.all(
        subscribers.map(async (subscriber) => eventsOf(await subscriber.waitFor(2))),
      );
      expect(received.every((events) => events[1]?.sequence === '2')).toBe(true);
      expect(subgraph.statements.count()).toBe(1);
    } finally {
      await Promise.all(subscribers.map((subscriber) => subscriber.close()));
    }
  });

  it('releases every subscriber when it unsubscribes, even one waiting for its next event', async () => {
    await eventually(() => subgraph.liveSubscriberCount() === 0, 'the previous subscribers are gone');
    const subscribers = Array.from({ length: 5 }, () =>
      subscribe<EventResult<Event>>(subgraph.url, EVENTS, { after: '1' }, asReader),
    );
    await Promise.all(subscribers.map((subscriber) => subscriber.waitFor(1)));
    expect(subgraph.liveSubscriberCount()).toBe(5);
    await Promise.all(subscribers.map((subscriber) => subscriber.close()));
    await eventually(() => subgraph.liveSubscriberCount() === 0, 'every subscriber is released');
  });

  it('keeps delivering after its LISTEN connection is killed, without losing the events committed meanwhile', async () => {
    const subscriber = subscribe<EventResult<Event>>(subgraph.url, EVENTS, { after: '2' }, asReader);
    try {
      await record();
      await subscriber.waitFor(1);
      const { rows } = await subgraph.db.execute<{ killed: boolean }>(sql`
        SELECT pg_terminate_backend(pid) AS killed FROM pg_stat_activity
        WHERE application_name = 'payment-events-listener' AND datname = current_database()`);
      expect(rows).toEqual([{ killed: true }]);
      await record();
      await record();
      const received = eventsOf(await subscriber.waitFor(3));
      expect(received.map((event) => event.sequence)).toEqual(['3', '4', '5']);
    } finally {
      await subscriber.close();
    }
  });
});
