import { postGraphQL } from '@collexis/platform/http';
import {
  gatewayHeaders,
  readerCaller,
  subgraphHeaders,
  subscribe,
  viewers,
} from '@collexis/platform/testing';
import { startTestStack, type TestStack } from '@collexis/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type LoanRef, loansWithCases, paymentInput, RECORD_PAYMENT } from './support/payments';

/** The connection_init of a signed-in reader. */
const asReader = () => gatewayHeaders(readerCaller);

const FEED = /* GraphQL */ `
  subscription Feed($after: String) {
    paymentEvents(after: $after) { cursor payment { referenceNumber amount loan { dpd } } }
  }
`;

interface FeedEvent {
  paymentEvents: { cursor: string; payment: { referenceNumber: string } };
}

/** A dashboard asking for a lot per event (40 aliased copies of a 500-character reason): ~20 KB a message. */
const WIDE = `subscription Wide($after: String) { paymentEvents(after: $after) { cursor ${Array.from(
  { length: 40 },
  (_, n) => `r${n}: payment { statusReason }`,
).join(' ')} } }`;

const references = (events: FeedEvent[]) =>
  events.map((event) => event.paymentEvents.payment.referenceNumber);

describe('resuming, leaving and falling behind on the gateway subscription endpoint', () => {
  let stack: TestStack;
  let loans: LoanRef[];

  beforeAll(async () => {
    stack = await startTestStack({
      demo: { customers: 20 },
      consumers: false,
      gateway: { subscriptionQueueLimit: 50 },
    });
    loans = await loansWithCases(stack.sql, 2);
  });
  afterAll(() => stack?.stop());

  async function pay(count: number): Promise<string[]> {
    const written: string[] = [];
    for (let n = 0; n < count; n += 1) {
      const loan = loans[n % loans.length];
      if (!loan) throw new Error('no loans');
      const input = paymentInput(loan);
      const response = await stack.query(RECORD_PAYMENT, { input }, viewers.paymentProcessor);
      expect(response.errors).toBeUndefined();
      written.push(input.referenceNumber);
    }
    return written;
  }

  /** Writes `count` FAILED payments with long reasons in one syncPayments batch; returns their references. */
  async function failPayments(count: number): Promise<string[]> {
    const records = Array.from({ length: count }, (_, n) => {
      const loan = loans[n % loans.length];
      if (!loan) throw new Error('no loans');
      const { sourceSystem: _sourceSystem, ...record } = paymentInput(loan);
      return { ...record, status: 'FAILED', statusReason: 'R'.repeat(500) };
    });
    const response = await stack.query(
      'mutation Sync($input: SyncPaymentsInput!) { syncPayments(input: $input) { results { outcome } } }',
      { input: { sourceSystem: 'T24', payments: records } },
      viewers.paymentProcessor,
    );
    expect(response.errors).toBeUndefined();
    return records.map((record) => record.referenceNumber);
  }

  async function head(): Promise<string> {
    const response = await postGraphQL<{ paymentEventsHead: string }>(
      stack.subgraph('payment').url,
      '{ paymentEventsHead }',
      {},
      await subgraphHeaders(readerCaller, 'payment'),
    );
    return response.data?.paymentEventsHead ?? '0';
  }

  it('replays exactly what was missed when a client reconnects with its last cursor', async () => {
    const start = await head();
    const first = subscribe<FeedEvent>(stack.gateway().url, FEED, { after: start }, asReader);
    const before = await pay(3);
    const seen = await first.waitFor(3);
    await first.close();
    const missed = await pay(4);
    const lastCursor = seen.at(-1)?.paymentEvents.cursor;
    const resumed = first.resumeAfter(lastCursor);
    const replayed = await resumed.waitFor(4);
    const live = await pay(1);
    const all = await resumed.waitFor(5);
    await resumed.close();
    expect(references(seen)).toEqual(before);
    expect(references(replayed)).toEqual(missed);
    expect(references(all)).toEqual([...missed, ...live]);
  });

  // A thousand sockets, each signed in: a soak, not a race; on a loaded machine it needs more than the default.
  it('returns to its baseline of upstream subscriptions and payment listeners after 1,000 subscribe/unsubscribe cycles', async () => {
    // The previous test's clients have closed; the gateway notices a moment later.
    await expect
      .poll(() => stack.gateway().subscriptions.stats(), { timeout: 10_000 })
      .toEqual({ upstreams: 0, subscribers: 0 });
    const baseline = {
      gateway: stack.gateway().subscriptions.stats(),
      payment: stack.subgraph('payment').liveSubscriberCount(),
    };
    await pay(2);
    const afterCursor = String(BigInt(await head()) - 1n);
    const socket = subscribe<FeedEvent>(stack.gateway().url, FEED, { after: afterCursor }, asReader);
    await socket.waitFor(1);
    await socket.close();
    for (let cycle = 0; cycle < 1_000; cycle += 1) {
      const client = subscribe<FeedEvent>(stack.gateway().url, FEED, { after: afterCursor }, asReader);
      await client.waitFor(1);
      await client.close();
    }
    await expect
      .poll(() => stack.gateway().subscriptions.stats(), { timeout: 15_000 })
      .toEqual(baseline.gateway);
    await expect
      .poll(() => stack.subgraph('payment').liveSubscriberCount(), { timeout: 15_000 })
      .toBe(baseline.payment);
  }, 180_000);

  it('cuts off a client that stops reading with close code 4429, and its resume loses nothing', async () => {
    const start = await head();
    const stalled = subscribe<FeedEvent>(stack.gateway().url, WIDE, { after: start }, asReader);
    await stalled.connected;
    // Stop reading: the kernel's socket buffers fill, then the gateway's per-client queue (50 here) overflows.
    stalled.pauseReading();
    const written = await failPayments(500);
    // The gateway drops the client as soon as its queue overflows; the close frame waits behind the unread
    // data, so the client reads again to receive it.
    await expect
      .poll(() => stack.gateway().subscriptions.stats(), { timeout: 30_000 })
      .toEqual({
        upstreams: 0,
        subscribers: 0,
      });
    stalled.resumeReading();
    const { closeCode, closeReason } = await stalled.ended;
    expect(closeCode).toBe(4429);
    expect(closeReason).toMatch(/resume with the last cursor/);
    await stalled.close();
    const resumed = subscribe<FeedEvent>(stack.gateway().url, FEED, { after: start }, asReader);
    const events = await resumed.waitFor(written.length, 60_000);
    await resumed.close();
    expect(references(events)).toEqual(written);
  });
});
