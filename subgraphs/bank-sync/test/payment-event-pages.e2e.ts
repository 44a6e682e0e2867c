/**
 * The loan-balance consumer applies a fetched page of payment events at once (decision 0042): in a number of
 * statements that does not grow with the page, with the same balances, applications, audit entries and sync
 * events (in the same order) as the same events applied one by one.
 */
import { createDatabase } from '@collexis/platform/db';
import { like } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, loans, paymentApplications, schema, syncEvents } from '../src/db';
import { applyPaymentEvent, applyPaymentPage, type LoanPaymentEvent } from '../src/events/loan-balances';
import { type BankSyncHarness, startBankSync } from './support/harness';
import { accountNumberOf, insertPortfolio } from './support/portfolio';

const received = (sequence: number, reference: string, loan: string, amount = '10.00'): LoanPaymentEvent => ({
  sequence: String(sequence),
  type: 'PAYMENT_RECEIVED',
  paymentReferenceNumber: reference,
  loanAccountNumber: loan,
  amount,
  currency: 'VND',
});

/** Every case of the rule, several on one loan, so that each event reads what the earlier ones left. */
const LOAN = accountNumberOf(1, 1);
const OTHER_LOAN = accountNumberOf(2, 1);
const mixed: LoanPaymentEvent[] = [
  received(1, 'MIX-1', LOAN, '100.25'),
  received(2, 'MIX-2', LOAN, '0.50'),
  { ...received(3, 'MIX-1', LOAN, '100.25'), type: 'PAYMENT_REVERSED' },
  received(4, 'MIX-1', LOAN, '100.25'),
  { ...received(5, 'MIX-3', OTHER_LOAN), type: 'PAYMENT_REVERSED' },
  received(6, 'MIX-3', OTHER_LOAN),
  { ...received(7, 'MIX-4', OTHER_LOAN), currency: 'USD' },
  received(8, 'MIX-5', 'LN-UNKNOWN'),
  { ...received(9, 'MIX-6', OTHER_LOAN), type: 'PAYMENT_FAILED' },
  received(10, 'MIX-7', OTHER_LOAN, '3.00'),
  { ...received(11, 'MIX-2', LOAN, '0.50'), type: 'PAYMENT_REVERSED' },
  { ...received(12, 'MIX-2', LOAN, '0.50'), type: 'PAYMENT_REVERSED' },
];

/** What the consumer wrote, without the times it wrote them. */
async function writtenBy({ db }: BankSyncHarness) {
  return {
    loans: await db
      .select({
        accountNumber: loans.accountNumber,
        outstanding: loans.outstanding,
        remainingAmount: loans.remainingAmount,
        dueAmount: loans.dueAmount,
        updatedBy: loans.updatedBy,
      })
      .from(loans)
      .orderBy(loans.accountNumber),
    applications: (
      await db.select().from(paymentApplications).orderBy(paymentApplications.paymentReferenceNumber)
    ).map(({ reversedAt, appliedAt, ...row }) => ({ ...row, reversed: reversedAt !== null })),
    audit: (await db.select().from(auditLog).orderBy(auditLog.id)).map(
      ({ actor, operation, entityKey, before, after }) => ({ actor, operation, entityKey, before, after }),
    ),
    syncEvents: (await db.select().from(syncEvents).orderBy(syncEvents.sequence)).map(
      ({ sequence, eventType, affectedKeys, details }) => ({ sequence, eventType, affectedKeys, details }),
    ),
  };
}

describe('applying a page of payment events to loan balances', () => {
  let paged: BankSyncHarness;
  let oneByOne: BankSyncHarness;

  beforeAll(async () => {
    [paged, oneByOne] = await Promise.all([startBankSync(), startBankSync()]);
    await Promise.all([insertPortfolio(paged.db, 25), insertPortfolio(oneByOne.db, 25)]);
  });
  afterAll(async () => {
    await Promise.all([paged?.stop(), oneByOne?.stop()]);
  });

  it('writes what the events write one by one, sync events in the order of their payments', async () => {
    expect(await applyPaymentPage(paged.db, mixed, null)).toBe(mixed.length);
    let previous: string | null = null;
    for (const event of mixed) {
      expect(await applyPaymentEvent(oneByOne.db, event, previous)).toBe('applied');
      previous = event.sequence;
    }

    const written = await writtenBy(paged);
    expect(written).toEqual(await writtenBy(oneByOne));
    expect(written.syncEvents.map((event) => event.details)).toEqual(
      [1, 2, 3, 10, 11].map((sequence) => {
        const { type, paymentReferenceNumber } = mixed[sequence - 1] as LoanPaymentEvent;
        return { cause: type, paymentReferenceNumber, states: [] };
      }),
    );
  });

  it('costs as many statements for a page of 20 payments as for a page of 5', async () => {
    const statements: string[] = [];
    const counted = createDatabase(schema, {
      url: paged.databaseUrl,
      onQuery: (text) => statements.push(text),
    });
    try {
      const pageOf = async (first: number, count: number, previous: string) => {
        const events = Array.from({ length: count }, (_, i) =>
          received(first + i, `COUNT-${first + i}`, accountNumberOf(first + i - 100, 2)),
        );
        statements.length = 0;
        expect(await applyPaymentPage(counted.db, events, previous)).toBe(count);
        return statements.length;
      };
      const five = await pageOf(101, 5, mixed.length.toString());
      const twenty = await pageOf(106, 20, '105');

      // begin, checkpoint, applications and loans locked, applications, loans, audit, outbox lock, sync events, commit
      expect(twenty).toBe(five);
      expect(twenty).toBeLessThanOrEqual(10);
    } finally {
      await counted.close();
    }
  });
  it('commits the events before a loan held elsewhere, and none from it on', async () => {
    const other = createDatabase(schema, { url: paged.databaseUrl });
    const holder = await other.pool.connect();
    try {
      await holder.query('BEGIN');
      await holder.query('SELECT 1 FROM bank_sync_service.loans WHERE account_number = $1 FOR UPDATE', [
        accountNumberOf(4, 1),
      ]);
      const events = [3, 4, 5].map((index, i) =>
        received(126 + i, `HELD-${index}`, accountNumberOf(index, 1)),
      );

      expect(await applyPaymentPage(paged.db, events, '125')).toBe(1);
      const applied = await paged.db
        .select({ reference: paymentApplications.paymentReferenceNumber })
        .from(paymentApplications)
        .where(like(paymentApplications.paymentReferenceNumber, 'HELD-%'));
      expect(applied).toEqual([{ reference: 'HELD-3' }]);

      await holder.query('ROLLBACK');
      expect(await applyPaymentPage(paged.db, events.slice(1), '126')).toBe(2);
    } finally {
      await holder.query('ROLLBACK');
      holder.release();
      await other.close();
    }
  });
});
