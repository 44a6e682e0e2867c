import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, loans, paymentApplications, paymentEventCheckpoints, syncEvents } from '../src/db';
import { applyPaymentEvent, LOAN_BALANCE_CONSUMER, type LoanPaymentEvent } from '../src/events/loan-balances';
import { type BankSyncHarness, startBankSync } from './support/harness';
import { accountNumberOf, insertPortfolio } from './support/portfolio';

/** The portfolio's loans owe 98765432109876.54 outstanding, 1234.50 remaining and 0.01 due. */
const LOAN = accountNumberOf(1, 1);
const OTHER_LOAN = accountNumberOf(2, 1);

describe('applying payment events to loan balances', () => {
  let bankSync: BankSyncHarness;
  let sequence = 0;
  let checkpoint: string | null = null;

  const event = (type: LoanPaymentEvent['type'], reference: string, amount: string, loan = LOAN) => {
    sequence += 1;
    return {
      sequence: String(sequence),
      type,
      paymentReferenceNumber: reference,
      loanAccountNumber: loan,
      amount,
      currency: 'VND',
    };
  };
  const apply = async (next: LoanPaymentEvent) => {
    const outcome = await applyPaymentEvent(bankSync.db, next, checkpoint);
    if (outcome === 'applied') checkpoint = next.sequence;
    return outcome;
  };
  const balances = async (accountNumber = LOAN) => {
    const [row] = await bankSync.db
      .select({
        outstanding: loans.outstanding,
        remainingAmount: loans.remainingAmount,
        dueAmount: loans.dueAmount,
      })
      .from(loans)
      .where(eq(loans.accountNumber, accountNumber));
    return row;
  };
  const application = async (reference: string) => {
    const [row] = await bankSync.db
      .select()
      .from(paymentApplications)
      .where(eq(paymentApplications.paymentReferenceNumber, reference));
    return row;
  };

  beforeAll(async () => {
    bankSync = await startBankSync();
    await insertPortfolio(bankSync.db, 2);
  });
  afterAll(() => bankSync?.stop());

  it('lowers outstanding and remaining by the payment and due by no more than is due', async () => {
    expect(await apply(event('PAYMENT_RECEIVED', 'PAY-1', '100.25'))).toBe('applied');

    expect(await balances()).toEqual({
      outstanding: '98765432109776.29',
      remainingAmount: '1134.25',
      dueAmount: '0.00',
    });
    expect(await application('PAY-1')).toMatchObject({
      status: 'APPLIED',
      eventSequence: 1n,
      outstandingDelta: '100.25',
      remainingDelta: '100.25',
      dueDelta: '0.01',
    });
  });

  it('restores exactly what the payment took when it is reversed', async () => {
    expect(await apply(event('PAYMENT_REVERSED', 'PAY-1', '100.25'))).toBe('applied');

    expect(await balances()).toEqual({
      outstanding: '98765432109876.54',
      remainingAmount: '1234.50',
      dueAmount: '0.01',
    });
    expect(await application('PAY-1')).toMatchObject({ status: 'REVERSED', reversalSequence: 2n });
  });

  it('emits ENTITY_UPDATED for the loan with each balance change, in the same transaction', async () => {
    const emitted = await bankSync.db
      .select({ type: syncEvents.eventType, keys: syncEvents.affectedKeys, details: syncEvents.details })
      .from(syncEvents)
      .orderBy(syncEvents.sequence);
    expect(emitted).toEqual(
      ['PAYMENT_RECEIVED', 'PAYMENT_REVERSED'].map((cause) => ({
        type: 'ENTITY_UPDATED',
        keys: [LOAN],
        details: { cause, paymentReferenceNumber: 'PAY-1', states: [] },
      })),
    );
  });

  it('moves only the checkpoint for a failed payment, a repeated event or a second reversal', async () => {
    const before = await balances();
    expect(await apply(event('PAYMENT_FAILED', 'PAY-2', '50.00'))).toBe('applied');
    expect(await apply(event('PAYMENT_REVERSED', 'PAY-1', '100.25'))).toBe('applied');
    expect(await apply(event('PAYMENT_RECEIVED', 'PAY-1', '100.25'))).toBe('applied');

    expect(await balances()).toEqual(before);
    expect(await application('PAY-2')).toBeUndefined();
    const [row] = await bankSync.db.select().from(paymentEventCheckpoints);
    expect(row).toMatchObject({ consumer: LOAN_BALANCE_CONSUMER, lastSequence: 5n });
  });

  it('records a payment of an unknown loan or in another currency as such, and changes no balance', async () => {
    const other = await balances(OTHER_LOAN);
    await apply(event('PAYMENT_RECEIVED', 'PAY-3', '10.00', 'LN-UNKNOWN'));
    await apply({ ...event('PAYMENT_RECEIVED', 'PAY-4', '10.00', OTHER_LOAN), currency: 'USD' });

    expect(await application('PAY-3')).toMatchObject({ status: 'LOAN_NOT_FOUND', outstandingDelta: '0.00' });
    expect(await application('PAY-4')).toMatchObject({ status: 'CURRENCY_MISMATCH', dueDelta: '0.00' });
    expect(await balances(OTHER_LOAN)).toEqual(other);
  });

  it('writes nothing when the checkpoint has moved on (another replica applied the event)', async () => {
    const stale = checkpoint === null ? null : String(Number(checkpoint) - 1);
    const before = await balances();

    const outcome = await applyPaymentEvent(bankSync.db, event('PAYMENT_RECEIVED', 'PAY-5', '1.00'), stale);

    expect(outcome).toBe('skipped');
    expect(await balances()).toEqual(before);
    expect(await application('PAY-5')).toBeUndefined();
  });

  it('audits each balance change with the balances before and after', async () => {
    const entries = await bankSync.db
      .select()
      .from(auditLog)
      .where(eq(auditLog.entityKey, LOAN))
      .orderBy(auditLog.id);

    expect(
      entries.map(({ actor, operation, entityType, before, after }) => ({
        actor,
        operation,
        entityType,
        before,
        after,
      })),
    ).toEqual([
      {
        actor: LOAN_BALANCE_CONSUMER,
        operation: 'applyPayment',
        entityType: 'Loan',
        before: { outstanding: '98765432109876.54', remainingAmount: '1234.50', dueAmount: '0.01' },
        after: {
          outstanding: '98765432109776.29',
          remainingAmount: '1134.25',
          dueAmount: '0.00',
          paymentReferenceNumber: 'PAY-1',
          eventSequence: '1',
        },
      },
      {
        actor: LOAN_BALANCE_CONSUMER,
        operation: 'reversePayment',
        entityType: 'Loan',
        before: { outstanding: '98765432109776.29', remainingAmount: '1134.25', dueAmount: '0.00' },
        after: {
          outstanding: '98765432109876.54',
          remainingAmount: '1234.50',
          dueAmount: '0.01',
          paymentReferenceNumber: 'PAY-1',
          eventSequence: '2',
        },
      },
    ]);
  });
});
