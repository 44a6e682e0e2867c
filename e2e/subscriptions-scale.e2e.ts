import { postGraphQL } from '@collexis/platform/http';
import {
  gatewayHeaders,
  readerCaller,
  subgraphHeaders,
  subscribe,
  type TestSubscription,
  viewers,
} from '@collexis/platform/testing';
import { startTestCluster, type TestCluster } from '@collexis/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type LoanRef, loansWithCases, paymentInput, RECORD_PAYMENT } from './support/payments';

/** The connection_init of a signed-in reader. */
const asReader = () => gatewayHeaders(readerCaller);

const BOARD = /* GraphQL */ `
  subscription Board($after: String) {
    paymentEvents(after: $after) {
      cursor
      payment { referenceNumber loan { accountNumber customer { cif case { customerStatus } } } }
    }
  }
`;

interface BoardEvent {
  paymentEvents: {
    cursor: string;
    payment: { referenceNumber: string; loan: { accountNumber: string } | null };
  };
}

function expectExactlyOnceInOrder(subscriber: TestSubscription<BoardEvent>, references: string[]) {
  const received = subscriber.received.map((event) => event.paymentEvents);
  expect(received.map((event) => event.payment.referenceNumber)).toEqual(references);
  const cursors = received.map((event) => BigInt(event.cursor));
  for (let i = 1; i < cursors.length; i += 1) expect(cursors[i]).toBeGreaterThan(cursors[i - 1] ?? 0n);
  expect(received.every((event) => event.payment.loan !== null)).toBe(true);
}

describe('subscriptions across several gateways and payment processes', () => {
  let cluster: TestCluster;
  let loans: LoanRef[];

  beforeAll(async () => {
    cluster = await startTestCluster({ payments: 2, gateways: 2 });
    loans = await loansWithCases(cluster.stack.sql, 4);
    expect(loans.length).toBeGreaterThan(0);
  });
  afterAll(() => cluster?.stop());

  /** Records one payment through the given payment process and returns its reference. */
  async function pay(processIndex: number, n: number): Promise<string> {
    const loan = loans[n % loans.length];
    const payment = cluster.payments[processIndex];
    if (!loan || !payment) throw new Error('cluster not ready');
    const input = paymentInput(loan, `${100 + n}.00`);
    const response = await postGraphQL(
      payment.url,
      RECORD_PAYMENT,
      { input },
      await subgraphHeaders(viewers.paymentProcessor, 'payment'),
    );
    expect(response.errors).toBeUndefined();
    return input.referenceNumber;
  }

  it('delivers every event committed by any payment process to every subscriber on every gateway, once, in order', async () => {
    const subscribers = cluster.gateways.flatMap((gateway) =>
      Array.from({ length: 3 }, () => subscribe<BoardEvent>(gateway.url, BOARD, { after: '0' }, asReader)),
    );
    const references: string[] = [];
    for (let n = 0; n < 30; n += 1) references.push(await pay(n % 2, n));
    await Promise.all(subscribers.map((subscriber) => subscriber.waitFor(references.length)));
    for (const subscriber of subscribers) {
      expectExactlyOnceInOrder(subscriber, references);
      await subscriber.close();
    }
  });

  it('tells each subscriber within 5 s when the payment process it streams from is killed, and loses and repeats nothing when it resumes by cursor', async () => {
    const head = await postGraphQL<{ paymentEventsHead: string }>(
      cluster.payments[1]?.url ?? '',
      '{ paymentEventsHead }',
      {},
      await subgraphHeaders(readerCaller, 'payment'),
    );
    const after = head.data?.paymentEventsHead;
    const subscribers = Array.from({ length: 3 }, () =>
      subscribe<BoardEvent>(cluster.gateways[0]?.url ?? '', BOARD, { after }, asReader),
    );
    const references: string[] = [];
    for (let n = 0; n < 8; n += 1) references.push(await pay(1, n));
    await Promise.all(subscribers.map((subscriber) => subscriber.waitFor(8)));

    const killedAt = Date.now();
    await cluster.payments[0]?.kill();
    const ends = await Promise.all(subscribers.map((subscriber) => subscriber.ended));
    expect(Date.now() - killedAt).toBeLessThan(5_000);
    for (const end of ends) {
      expect(end.errors.map((error) => error.extensions?.code)).toEqual(['SERVICE_UNAVAILABLE']);
    }
    for (let n = 8; n < 20; n += 1) references.push(await pay(1, n));
    await cluster.payments[0]?.restart();
    for (let n = 20; n < 28; n += 1) references.push(await pay(1, n));

    const resumed = subscribers.map((subscriber) =>
      subscriber.resumeAfter(subscriber.received.at(-1)?.paymentEvents.cursor),
    );
    for (const [index, subscriber] of subscribers.entries()) {
      const again = resumed[index];
      if (!again) throw new Error('no resumed subscription');
      await again.waitFor(references.length - subscriber.received.length, 30_000);
      const whole = [...subscriber.received, ...again.received].map((event) => event.paymentEvents);
      expect(whole.map((event) => event.payment.referenceNumber)).toEqual(references);
      expect(again.errors).toEqual([]);
      await again.close();
    }
  });
});
