import { readerCaller, subgraphHeaders, subscribe, type TestSubscription } from '@collexis/platform/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type PaymentSubgraph, processor, startPaymentSubgraph } from './support/payment-subgraph';
import {
  type EventResult,
  eventsOf,
  paymentInput,
  RECORD_PAYMENT,
  type RecordPaymentData,
} from './support/payments';

/** The connection_init of a signed-in reader. */
const asReader = () => subgraphHeaders(readerCaller, 'payment');

interface Event {
  sequence: string;
  paymentReferenceNumber: string;
}

const EVENTS = /* GraphQL */ `
  subscription Events($after: String) { paymentEvents(after: $after) { sequence paymentReferenceNumber } }
`;

describe('outbox sequences under concurrent writers', () => {
  let subgraph: PaymentSubgraph;
  let subscriber: TestSubscription<EventResult<Event>>;
  const WRITERS = 50;

  beforeAll(async () => {
    subgraph = await startPaymentSubgraph();
    subscriber = subscribe<EventResult<Event>>(subgraph.url, EVENTS, { after: '0' }, asReader);
  });
  afterAll(async () => {
    await subscriber?.close();
    await subgraph?.stop();
  });

  it('gives 50 concurrent payments one event each, seen by a live subscriber gap-free in commit order', async () => {
    const responses = await Promise.all(
      Array.from({ length: WRITERS }, (_, n) =>
        subgraph.query<RecordPaymentData>(RECORD_PAYMENT, { input: paymentInput(n + 1) }, processor),
      ),
    );
    expect(responses.filter((response) => response.errors)).toEqual([]);

    const received = eventsOf(await subscriber.waitFor(WRITERS));
    // The live feed reads "after the last sequence seen": had a smaller sequence committed after a larger
    // one, the feed would have passed it, and it would be missing here.
    expect(received.map((event) => event.sequence)).toEqual(
      Array.from({ length: WRITERS }, (_, n) => String(n + 1)),
    );
    const references = received.map((event) => event.paymentReferenceNumber).sort();
    expect(references).toEqual(
      responses.map((response) => response.data?.recordPayment.payment.referenceNumber).sort(),
    );
    expect(await subgraph.counts()).toMatchObject({ payments: WRITERS, paymentEvents: WRITERS });
  });
});
