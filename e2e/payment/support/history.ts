/** The payments writes.e2e.ts records step by step, for reads.e2e.ts to read. */
import { viewers } from '@collexis/platform/testing';
import type { TestStack } from '@collexis/testkit';

export interface LoanRef {
  accountNumber: string;
  cif: string;
}

/** A loan bank-sync has never synchronised. */
export const unknownLoan: LoanRef = { accountNumber: 'LN-NOT-SYNCED', cif: 'CIF-NOT-SYNCED' };

/** A COMPLETED bank transfer of 1,500,000 VND on the loan, unless overridden. */
export function paymentInput(referenceNumber: string, loan: LoanRef, overrides = {}) {
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

/** The first loan of the demo universe, by account number. */
export async function firstLoan(stack: TestStack): Promise<LoanRef> {
  const { rows } = await stack.sql.query<LoanRef>(
    'SELECT account_number AS "accountNumber", cif FROM bank_sync_service.loans ORDER BY account_number LIMIT 1',
  );
  if (!rows[0]) throw new Error('the demo universe has no loan');
  return rows[0];
}

/**
 * Writes, as the payment processor and in this order, what writes.e2e.ts writes: GW-REC-1 (event 1), GW-REC-2
 * pending on an unknown loan, the notification GW-NOTE-1 twice (event 2), GW-FAIL-1 pending, GW-REC-2 completed
 * then reversed (events 3, 4), GW-FAIL-1 failed (event 5), and a sync batch creating GW-SYNC-1 (event 6) and
 * rejecting GW-SYNC-2.
 */
export async function writePaymentHistory(stack: TestStack, loan: LoanRef): Promise<void> {
  const write = async (query: string, variables: Record<string, unknown>) => {
    const response = await stack.query(query, variables, viewers.paymentProcessor);
    if (response.errors) throw new Error(`writing the payment history: ${JSON.stringify(response.errors)}`);
  };
  const RECORD = 'mutation R($input: RecordPaymentInput!) { recordPayment(input: $input) { created } }';
  const NOTIFY =
    'mutation N($input: PaymentNotificationInput!) { processPaymentNotification(input: $input) { created } }';
  await write(RECORD, { input: paymentInput('GW-REC-1', loan) });
  await write(RECORD, { input: paymentInput('GW-REC-2', unknownLoan, { status: 'PENDING' }) });
  const notification = { ...paymentInput('GW-NOTE-1', loan, { amount: '250000.00' }), requiresReceipt: true };
  await write(NOTIFY, { input: notification });
  await write(NOTIFY, { input: notification });
  await write(RECORD, { input: paymentInput('GW-FAIL-1', loan, { status: 'PENDING' }) });
  await write(
    /* GraphQL */ `mutation Change($pending: String!, $failing: String!, $reason: String!) {
      completePayment(input: { referenceNumber: $pending }) { changed }
      reversePayment(input: { referenceNumber: $pending, reason: $reason }) { changed }
      failPayment(input: { referenceNumber: $failing, reason: $reason }) { changed }
    }`,
    { pending: 'GW-REC-2', failing: 'GW-FAIL-1', reason: 'Returned by the bank' },
  );
  const { sourceSystem, ...record } = paymentInput('GW-SYNC-1', loan);
  await write('mutation S($input: SyncPaymentsInput!) { syncPayments(input: $input) { created } }', {
    input: { sourceSystem, payments: [record, { ...record, referenceNumber: 'GW-SYNC-2', currency: 'XXQ' }] },
  });
}
