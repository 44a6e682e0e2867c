/**
 * The payment queries through the gateway, over the history writes.e2e.ts records (support/history.ts):
 * lookups across the graph, receipts, reconciliation, the event outbox and the audit log.
 */
import { viewers } from '@collexis/platform/testing';
import { startTestStack, type TestStack } from '@collexis/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { firstLoan, type LoanRef, paymentInput, writePaymentHistory } from './support/history';

/** Who reads: an agent, as seed 004's matrix has it; a payment processor writes and may not read the audit log. */
const reader = viewers.collector;
const processor = viewers.paymentProcessor;
const admin = viewers.admin;

describe('payment queries through the gateway', () => {
  let stack: TestStack;
  let loan: LoanRef;

  const call = <T>(query: string, variables: Record<string, unknown> = {}, caller = reader) =>
    stack.query<T>(query, variables, caller);

  beforeAll(async () => {
    stack = await startTestStack({ demo: { customers: 3 } });
    loan = await firstLoan(stack);
    await writePaymentHistory(stack, loan);
  });
  afterAll(() => stack?.stop());

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
