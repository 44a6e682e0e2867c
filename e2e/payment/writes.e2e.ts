/** Every payment write through the gateway, as the core systems and the desktop app send them. */
import { viewers } from '@collexis/platform/testing';
import { startTestStack, type TestStack } from '@collexis/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { firstLoan, type LoanRef, paymentInput, unknownLoan } from './support/history';

/** The identity the gateway forwards to subgraphs: a payment processor records. */
const processor = viewers.paymentProcessor;

const PAYMENT_FIELDS = 'referenceNumber status statusReason amount createdBy updatedBy';

describe('payment mutations through the gateway', () => {
  let stack: TestStack;
  let loan: LoanRef;

  const call = <T>(query: string, variables: Record<string, unknown> = {}, headers = processor) =>
    stack.query<T>(query, variables, headers);

  beforeAll(async () => {
    stack = await startTestStack({ demo: { customers: 3 } });
    loan = await firstLoan(stack);
  });
  afterAll(() => stack?.stop());

  it('recordPayment (POST /api/payments): stores the payment as the forwarded caller, with its event and the loan from bank-sync', async () => {
    const response = await call<{ recordPayment: unknown }>(
      /* GraphQL */ `mutation Record($input: RecordPaymentInput!) {
        recordPayment(input: $input) {
          created
          payment { ${PAYMENT_FIELDS} }
          event { sequence type status amount loanAccountNumber }
        }
      }`,
      { input: paymentInput('GW-REC-1', loan) },
    );
    expect(response).toEqual({
      data: {
        recordPayment: {
          created: true,
          payment: {
            referenceNumber: 'GW-REC-1',
            status: 'COMPLETED',
            statusReason: null,
            amount: '1500000.00',
            createdBy: 'proc.t24',
            updatedBy: 'proc.t24',
          },
          event: {
            sequence: '1',
            type: 'PAYMENT_RECEIVED',
            status: 'COMPLETED',
            amount: '1500000.00',
            loanAccountNumber: loan.accountNumber,
          },
        },
      },
    });
    const read = await call(
      /* GraphQL */ `query Read($reference: String!) {
        payment(referenceNumber: $reference) { loan { accountNumber cif } customer { cif } }
      }`,
      { reference: 'GW-REC-1' },
      viewers.supervisor,
    );
    expect(read).toEqual({
      data: {
        payment: { loan: { accountNumber: loan.accountNumber, cif: loan.cif }, customer: { cif: loan.cif } },
      },
    });
  });

  it('recordPayment stores a payment for a loan bank-sync has never seen; its loan resolves to null', async () => {
    const response = await call<{ recordPayment: { created: boolean; payment: { loan: unknown } } }>(
      /* GraphQL */ `mutation Record($input: RecordPaymentInput!) {
        recordPayment(input: $input) { created payment { loan { accountNumber outstanding } } }
      }`,
      { input: paymentInput('GW-REC-2', unknownLoan, { status: 'PENDING' }) },
      viewers.admin,
    );
    expect(response.errors).toBeUndefined();
    expect(response.data).toEqual({ recordPayment: { created: true, payment: { loan: null } } });
  });

  it('processPaymentNotification (POST /api/payments/notification): records once and returns the receipt', async () => {
    const NOTIFY = /* GraphQL */ `mutation Notify($input: PaymentNotificationInput!) {
      processPaymentNotification(input: $input) {
        created payment { referenceNumber } event { type } receipt { receiptNumber payerCif amount status }
      }
    }`;
    const input = { ...paymentInput('GW-NOTE-1', loan, { amount: '250000.00' }), requiresReceipt: true };
    const first = await call(NOTIFY, { input });
    const again = await call(NOTIFY, { input });
    const receipt = {
      receiptNumber: 'RCPT-GW-NOTE-1',
      payerCif: loan.cif,
      amount: '250000.00',
      status: 'COMPLETED',
    };
    expect(first).toEqual({
      data: {
        processPaymentNotification: {
          created: true,
          payment: { referenceNumber: 'GW-NOTE-1' },
          event: { type: 'PAYMENT_RECEIVED' },
          receipt,
        },
      },
    });
    expect(again).toEqual({
      data: {
        processPaymentNotification: {
          created: false,
          payment: { referenceNumber: 'GW-NOTE-1' },
          event: null,
          receipt,
        },
      },
    });
  });

  it('completePayment, failPayment and reversePayment move a payment along its life cycle, each with its event', async () => {
    const CHANGE = /* GraphQL */ `mutation Change($pending: String!, $failing: String!, $reason: String!) {
      completed: completePayment(input: { referenceNumber: $pending }) { changed payment { status } event { type } }
      reversed: reversePayment(input: { referenceNumber: $pending, reason: $reason }) { changed payment { status statusReason } event { type } }
      failed: failPayment(input: { referenceNumber: $failing, reason: $reason }) { changed payment { status } event { type } }
    }`;
    await call(
      /* GraphQL */ `mutation R($input: RecordPaymentInput!) { recordPayment(input: $input) { created } }`,
      {
        input: paymentInput('GW-FAIL-1', loan, { status: 'PENDING' }),
      },
    );
    const response = await call(CHANGE, {
      pending: 'GW-REC-2',
      failing: 'GW-FAIL-1',
      reason: 'Returned by the bank',
    });
    expect(response).toEqual({
      data: {
        completed: { changed: true, payment: { status: 'COMPLETED' }, event: { type: 'PAYMENT_RECEIVED' } },
        reversed: {
          changed: true,
          payment: { status: 'REVERSED', statusReason: 'Returned by the bank' },
          event: { type: 'PAYMENT_REVERSED' },
        },
        failed: { changed: true, payment: { status: 'FAILED' }, event: { type: 'PAYMENT_FAILED' } },
      },
    });
  });

  it('syncPayments (syncRecentPayments): applies a core batch with a result per record, idempotently', async () => {
    const SYNC = /* GraphQL */ `mutation Sync($input: SyncPaymentsInput!) {
      syncPayments(input: $input) { created updated unchanged rejected results { referenceNumber outcome error { code field } } }
    }`;
    const { sourceSystem, ...record } = paymentInput('GW-SYNC-1', loan);
    const input = {
      sourceSystem,
      payments: [record, { ...record, referenceNumber: 'GW-SYNC-2', currency: 'XXQ' }],
    };
    expect(await call(SYNC, { input })).toEqual({
      data: {
        syncPayments: {
          created: 1,
          updated: 0,
          unchanged: 0,
          rejected: 1,
          results: [
            { referenceNumber: 'GW-SYNC-1', outcome: 'CREATED', error: null },
            {
              referenceNumber: 'GW-SYNC-2',
              outcome: 'REJECTED',
              error: { code: 'BAD_USER_INPUT', field: 'input.payments.1.currency' },
            },
          ],
        },
      },
    });
    expect(await call(SYNC, { input: { sourceSystem, payments: [record] } })).toMatchObject({
      data: { syncPayments: { created: 0, unchanged: 1 } },
    });
  });
});
