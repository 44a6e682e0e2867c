/**
 * The payment queue depth of each consumer (events committed that it has not applied) and its lag in seconds
 * are on its service's /metrics: they rise while the consumer is stopped and fall to 0 once it catches up.
 */
import { DisposalStack, viewers } from '@collexis/platform/testing';
import { startTestStack, type TestStack } from '@collexis/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sampleValue, scrape } from './support/metrics';

const RECORD_PAYMENT = /* GraphQL */ `
  mutation Record($input: RecordPaymentInput!) { recordPayment(input: $input) { event { sequence } } }
`;
const LOAN_BALANCES = { consumer: 'bank-sync.loan-balances' };
const CASE_UPDATES = { consumer: 'workflow.case-updates' };

describe('payment queue depth per consumer', () => {
  const disposal = new DisposalStack();
  let stack: TestStack;
  let payments = 0;

  /** A payment on a loan bank-sync does not know: stored all the same, and an event for every consumer. */
  const pay = async () => {
    payments += 1;
    const response = await stack.query<{ recordPayment: { event: { sequence: string } | null } }>(
      RECORD_PAYMENT,
      {
        input: {
          referenceNumber: `QDEPTH${String(payments).padStart(5, '0')}`,
          loanAccountNumber: 'QDLN000001',
          cif: 'QD000001',
          amount: '1000.00',
          currency: 'VND',
          paymentDate: new Date(Date.now() - 60_000).toISOString(),
          paymentMethod: 'BANK_TRANSFER',
          status: 'COMPLETED',
          sourceSystem: 'T24',
        },
      },
      viewers.coreSystem,
    );
    expect(response.errors).toBeUndefined();
  };
  const queueOf = async (service: 'bank-sync' | 'workflow', consumer: { consumer: string }) => {
    const text = await scrape(stack.subgraph(service).url);
    return {
      depth: sampleValue(text, 'collexis_event_queue_depth', consumer),
      lag: sampleValue(text, 'collexis_event_consumer_lag_seconds', consumer),
    };
  };

  beforeAll(async () => {
    stack = disposal.use(await startTestStack());
  });
  afterAll(() => disposal.dispose());

  it('is 0 while each consumer keeps up', async () => {
    await pay();
    await stack.subgraph('bank-sync').paymentConsumer?.caughtUp();
    await stack.subgraph('workflow').paymentConsumer?.caughtUp();

    expect(await queueOf('bank-sync', LOAN_BALANCES)).toEqual({ depth: 0, lag: 0 });
    expect(await queueOf('workflow', CASE_UPDATES)).toEqual({ depth: 0, lag: 0 });
  });

  it('rises by each event committed while a consumer is stopped, and its lag with it', async () => {
    await stack.subgraph('bank-sync').paymentConsumer?.stop();
    for (let i = 0; i < 3; i += 1) await pay();

    const stopped = await queueOf('bank-sync', LOAN_BALANCES);
    expect(stopped.depth).toBe(3);
    expect(stopped.lag).toBeGreaterThan(0);
    // The other consumer runs on: its own queue empties.
    await stack.subgraph('workflow').paymentConsumer?.caughtUp();
    expect(await queueOf('workflow', CASE_UPDATES)).toEqual({ depth: 0, lag: 0 });

    await pay();
    expect((await queueOf('bank-sync', LOAN_BALANCES)).depth).toBe(4);
  });

  it('falls to 0 when the consumer runs again and catches up', async () => {
    await stack.restartSubgraph('bank-sync', { consumer: true });
    await stack.subgraph('bank-sync').paymentConsumer?.caughtUp();

    expect(await queueOf('bank-sync', LOAN_BALANCES)).toEqual({ depth: 0, lag: 0 });
  });
});
