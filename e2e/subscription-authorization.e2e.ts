import type { Caller } from '@collexis/platform/testing';
import { gatewayHeaders, subscribe, viewers } from '@collexis/platform/testing';
import { startTestStack, type TestStack } from '@collexis/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loansWithCases, paymentInput, RECORD_PAYMENT } from './support/payments';

const FEED = /* GraphQL */ `
  subscription Feed($after: String) {
    paymentEvents(after: $after) { cursor payment { referenceNumber customer { cif name } } }
  }
`;

interface FeedEvent {
  paymentEvents: { cursor: string; payment: { referenceNumber: string; customer: unknown } };
}

describe("the gateway holds subscriptions to the schema's access rules before it opens an upstream", () => {
  let stack: TestStack;

  beforeAll(async () => {
    stack = await startTestStack({ demo: { customers: 4 }, consumers: false });
  });
  afterAll(() => stack?.stop());

  const watch = (caller: Caller, after: string | null = null) =>
    subscribe<FeedEvent>(stack.gateway().url, FEED, { after }, () => gatewayHeaders(caller));

  async function head(): Promise<string> {
    const response = await stack.query<{ paymentEventsHead: string }>('{ paymentEventsHead }', {});
    const cursor = response.data?.paymentEventsHead;
    if (cursor === undefined) throw new Error(`no head: ${JSON.stringify(response.errors)}`);
    return cursor;
  }

  it('refuses a subscription to a root field the caller may not see, and opens nothing upstream', async () => {
    const refused = watch(viewers.paymentProcessor);
    const { errors, closeCode } = await refused.ended;
    expect(closeCode).toBeUndefined();
    expect(errors).toEqual([
      {
        message: 'paymentEvents needs the role AGENT or SUPERVISOR or ADMIN or ANALYST or SYSTEM',
        extensions: { code: 'FORBIDDEN' },
      },
    ]);
    expect(stack.gateway().subscriptions.stats()).toEqual({ upstreams: 0, subscribers: 0 });
    await refused.close();
  });

  it('answers every event without the fields its caller may not see, with an error at their path', async () => {
    // From the head: the payment below is delivered whether it commits before or after the stream opens.
    const system = watch(viewers.coreSystem, await head());
    const [loan] = await loansWithCases(stack.sql, 1);
    if (!loan) throw new Error('the demo data has no loan with a case');
    const input = paymentInput(loan);
    const recorded = await stack.query(RECORD_PAYMENT, { input }, viewers.paymentProcessor);
    expect(recorded.errors).toBeUndefined();
    const [event] = await system.waitFor(1);
    expect(event?.paymentEvents.payment).toEqual({
      referenceNumber: input.referenceNumber,
      customer: { cif: loan.cif, name: null },
    });
    expect(system.errors).toEqual([
      {
        message: 'Customer.name needs the role AGENT or SUPERVISOR or ADMIN or ANALYST',
        path: ['paymentEvents', 'payment', 'customer', 'name'],
        extensions: { code: 'FORBIDDEN' },
      },
    ]);
    await system.close();
  });
});
