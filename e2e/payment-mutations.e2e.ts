import { postGraphQL } from '@collexis/platform/http';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestStack, type TestStack } from './support/stack';

/** The identity the gateway forwards to subgraphs; a payment processor records, an admin reads the audit log. */
const processor = { 'x-collexis-user': 'proc.t24', 'x-collexis-roles': 'PAYMENT_PROCESSOR' };
const admin = { 'x-collexis-user': 'ops.admin', 'x-collexis-roles': 'ADMIN' };

const PAYMENT_FIELDS = 'referenceNumber status statusReason amount createdBy updatedBy';

function paymentInput(referenceNumber: string, loan: { accountNumber: string; cif: string }, overrides = {}) {
  return {
    referenceNumber,
    loanAccountNumber: loan.accountNumber,
    cif: loan.cif,
    amount: '1500000.00',
    currency: 'VND',
    paymentDate: '2026-03-10T09:30:00.000Z',
    paymentMethod: 'BANK_TRANSFER',
    status: 'COMPLETED',
    sourceSystem: 'T24',
    ...overrides,
  };
}

describe('payment mutations and queries through the gateway', () => {
  let stack: TestStack;
  let sql: pg.Client;
  let loan: { accountNumber: string; cif: string };
  const unknownLoan = { accountNumber: 'LN-NOT-SYNCED', cif: 'CIF-NOT-SYNCED' };

  const call = <T>(query: string, variables: Record<string, unknown> = {}, headers = processor) =>
    postGraphQL<T>(stack.gatewayUrl, query, variables, headers);

  beforeAll(async () => {
    stack = await startTestStack({ customers: 3 });
    sql = new pg.Client(stack.database.url);
    await sql.connect();
    const { rows } = await sql.query<{ accountNumber: string; cif: string }>(
      'SELECT account_number AS "accountNumber", cif FROM bank_sync_service.loans ORDER BY account_number LIMIT 1',
    );
    if (!rows[0]) throw new Error('the demo universe has no loan');
    loan = rows[0];
  });
  afterAll(async () => {
    await sql?.end();
    await stack?.stop();
  });

  it('recordPayment (POST /api/payments): stores the payment as the forwarded caller, with its event and the loan from bank-sync', async () => {
    const response = await call<{ recordPayment: unknown }>(
      /* GraphQL */ `mutation Record($input: RecordPaymentInput!) {
        recordPayment(input: $input) {
          created
          payment { ${PAYMENT_FIELDS} loan { accountNumber cif } customer { cif } }
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
            loan: { accountNumber: loan.accountNumber, cif: loan.cif },
            customer: { cif: loan.cif },
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
  });

  it('recordPayment stores a payment for a loan bank-sync has never seen; its loan resolves to null', async () => {
    const response = await call<{ recordPayment: { created: boolean; payment: { loan: unknown } } }>(
      /* GraphQL */ `mutation Record($input: RecordPaymentInput!) {
        recordPayment(input: $input) { created payment { loan { accountNumber outstanding } } }
      }`,
      { input: paymentInput('GW-REC-2', unknownLoan, { status: 'PENDING' }) },
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

  it('payment, Loan.payments and Customer.payments (GET /api/payments/:ref, /loan/:accountNumber, /customer/:cif)', async () => {
    const response = await call<{
      payment: { referenceNumber: string };
      loan: { payments: { nodes: { referenceNumber: string }[] } };
      customer: { payments: { nodes: { referenceNumber: string }[] } };
    }>(
      /* GraphQL */ `query Lookups($ref: String!, $accountNumber: String!, $cif: String!) {
        payment(referenceNumber: $ref) { referenceNumber }
        loan(accountNumber: $accountNumber) { payments(first: 100) { nodes { referenceNumber } } }
        customer(cif: $cif) { payments(first: 100) { nodes { referenceNumber } } }
      }`,
      { ref: 'GW-REC-1', accountNumber: loan.accountNumber, cif: loan.cif },
    );
    expect(response.errors).toBeUndefined();
    expect(response.data?.payment).toEqual({ referenceNumber: 'GW-REC-1' });
    const ours = ['GW-FAIL-1', 'GW-NOTE-1', 'GW-REC-1', 'GW-SYNC-1'];
    const refs = (nodes: { referenceNumber: string }[] = []) =>
      nodes
        .map((node) => node.referenceNumber)
        .filter((ref) => ref.startsWith('GW-'))
        .sort();
    expect(refs(response.data?.loan.payments.nodes)).toEqual(ours);
    expect(refs(response.data?.customer.payments.nodes)).toEqual(ours);
  });

  it('paymentReceipt (GET /api/payments/receipt/:ref) and validatePayment', async () => {
    const response = await call(
      /* GraphQL */ `query R($input: RecordPaymentInput!) {
        paymentReceipt(referenceNumber: "GW-REC-1") { receiptNumber amount currency loan { accountNumber } }
        validatePayment(input: $input) { valid problems { field } }
      }`,
      { input: paymentInput('GW-REC-1', loan, { amount: '1.00' }) },
    );
    expect(response).toEqual({
      data: {
        paymentReceipt: {
          receiptNumber: 'RCPT-GW-REC-1',
          amount: '1500000.00',
          currency: 'VND',
          loan: { accountNumber: loan.accountNumber },
        },
        validatePayment: { valid: false, problems: [{ field: 'input.amount' }] },
      },
    });
  });

  it('reconcilePayments (POST /api/payments/reconciliation): a report of the day, read-only', async () => {
    const response = await call(
      /* GraphQL */ `query Reconcile($input: ReconcilePaymentsInput!) {
        reconcilePayments(input: $input) {
          matchedCount balanced missingInCrm { referenceNumber } extraInCrm { referenceNumber }
          amountMismatches { referenceNumber crmAmount coreAmount } statusMismatches { referenceNumber crmStatus coreStatus }
        }
      }`,
      {
        input: {
          date: '2026-03-10',
          sourceSystem: 'T24',
          corePayments: [
            { referenceNumber: 'GW-REC-1', amount: '1500000', currency: 'VND', status: 'COMPLETED' },
            { referenceNumber: 'GW-NOTE-1', amount: '260000.00', currency: 'VND', status: 'COMPLETED' },
            { referenceNumber: 'GW-FAIL-1', amount: '1500000.00', currency: 'VND', status: 'COMPLETED' },
            { referenceNumber: 'GW-CORE-ONLY', amount: '10.00', currency: 'VND', status: 'COMPLETED' },
          ],
        },
      },
    );
    expect(response).toEqual({
      data: {
        reconcilePayments: {
          matchedCount: 1,
          balanced: false,
          missingInCrm: [{ referenceNumber: 'GW-CORE-ONLY' }],
          extraInCrm: [{ referenceNumber: 'GW-REC-2' }, { referenceNumber: 'GW-SYNC-1' }],
          amountMismatches: [
            { referenceNumber: 'GW-NOTE-1', crmAmount: '250000.00', coreAmount: '260000.00' },
          ],
          statusMismatches: [{ referenceNumber: 'GW-FAIL-1', crmStatus: 'FAILED', coreStatus: 'COMPLETED' }],
        },
      },
    });
  });

  it('paymentEvents: the outbox in commit order, the payment resolved across the graph', async () => {
    const response = await call<{
      paymentEvents: { nodes: { sequence: string; type: string; paymentReferenceNumber: string }[] };
    }>(
      /* GraphQL */ `{ paymentEvents(first: 500) { nodes { sequence type paymentReferenceNumber payment { loan { accountNumber } } } } }`,
    );
    expect(response.errors).toBeUndefined();
    expect(
      response.data?.paymentEvents.nodes.map(({ sequence, type, paymentReferenceNumber }) => [
        sequence,
        type,
        paymentReferenceNumber,
      ]),
    ).toEqual([
      ['1', 'PAYMENT_RECEIVED', 'GW-REC-1'],
      ['2', 'PAYMENT_RECEIVED', 'GW-NOTE-1'],
      ['3', 'PAYMENT_RECEIVED', 'GW-REC-2'],
      ['4', 'PAYMENT_REVERSED', 'GW-REC-2'],
      ['5', 'PAYMENT_FAILED', 'GW-FAIL-1'],
      ['6', 'PAYMENT_RECEIVED', 'GW-SYNC-1'],
    ]);
  });

  it('paymentAuditLog: every write audited with its actor, for ADMIN only', async () => {
    const AUDIT = /* GraphQL */ `{ paymentAuditLog(entityType: "Payment", entityKey: "GW-REC-2") { nodes { actor operation before after } } }`;
    const forbidden = await call(AUDIT, {}, processor);
    expect(forbidden.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const response = await call<{
      paymentAuditLog: { nodes: { actor: string; operation: string; after: { status: string } }[] };
    }>(AUDIT, {}, admin);
    expect(
      response.data?.paymentAuditLog.nodes.map(({ actor, operation, after }) => [
        actor,
        operation,
        after.status,
      ]),
    ).toEqual([
      ['proc.t24', 'reversePayment', 'REVERSED'],
      ['proc.t24', 'completePayment', 'COMPLETED'],
      ['proc.t24', 'recordPayment', 'PENDING'],
    ]);
  });
});
