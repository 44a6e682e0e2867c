/**
 * bank-sync's loan-balance consumer applies each payment event exactly once: payments and reversals recorded
 * through the gateway move loan balances, also when bank-sync was down while they arrived, and also when its
 * process is killed between reading an event and committing the effect. The expected balances are computed
 * independently, from the payments the test made (support/ledger.ts).
 */
import { eventually, testKeys, viewers } from '@collexis/platform/testing';
import { identityEnv, type ServiceProcess, startServiceProcess } from '@collexis/stack';
import { startTestStack, type TestStack } from '@collexis/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Ledger } from './support/ledger';

const RECORD_PAYMENT = /* GraphQL */ `
  mutation Record($input: RecordPaymentInput!) { recordPayment(input: $input) { event { sequence } } }
`;
const REVERSE_PAYMENT = /* GraphQL */ `
  mutation Reverse($input: ReversePaymentInput!) { reversePayment(input: $input) { event { sequence } } }
`;
const PUSH = /* GraphQL */ `
  mutation Push($input: PushSyncBatchInput!) { pushSyncBatch(input: $input) { run { status } } }
`;

const LOANS = ['PCLN000001', 'PCLN000002', 'PCLN000003', 'PCLN000004'];
/** The loan that, in the crash test, receives one payment in the middle of the stream. */
const HELD_LOAN = 'PCLN000004';
const cifOf = (loan: string) => loan.replace('PCLN', 'PC');

describe('payment events applied to loan balances exactly once', () => {
  let stack: TestStack;
  const ledger = new Ledger();
  let payments = 0;
  let lastSequence = '0';

  /** Records a COMPLETED payment through the gateway; returns its event's sequence. */
  const pay = async (loan: string, amount: string) => {
    payments += 1;
    const reference = `PCPAY${String(payments).padStart(5, '0')}`;
    const response = await stack.query<{ recordPayment: { event: { sequence: string } | null } }>(
      RECORD_PAYMENT,
      {
        input: {
          referenceNumber: reference,
          loanAccountNumber: loan,
          cif: cifOf(loan),
          amount,
          currency: 'VND',
          paymentDate: new Date(Date.now() - 60_000).toISOString(),
          paymentMethod: 'BANK_TRANSFER',
          status: 'COMPLETED',
          sourceSystem: 'T24',
        },
      },
      viewers.coreSystem,
    );
    const sequence = response.data?.recordPayment.event?.sequence;
    if (!sequence) throw new Error(`recordPayment wrote no event: ${JSON.stringify(response.errors)}`);
    ledger.receive(reference, loan, amount);
    lastSequence = sequence;
    return { reference, sequence };
  };

  const reverse = async (reference: string) => {
    const response = await stack.query<{ reversePayment: { event: { sequence: string } | null } }>(
      REVERSE_PAYMENT,
      { input: { referenceNumber: reference, reason: 'cheque returned unpaid' } },
      viewers.coreSystem,
    );
    const sequence = response.data?.reversePayment.event?.sequence;
    if (!sequence) throw new Error(`reversePayment wrote no event: ${JSON.stringify(response.errors)}`);
    ledger.reverse(reference);
    lastSequence = sequence;
  };

  const balances = async () => {
    const { rows } = await stack.sql.query<{
      account_number: string;
      outstanding: string;
      remaining_amount: string;
      due_amount: string;
    }>(
      `SELECT account_number, outstanding, remaining_amount, due_amount
         FROM bank_sync_service.loans WHERE account_number = ANY($1) ORDER BY account_number`,
      [LOANS],
    );
    return Object.fromEntries(rows.map(({ account_number, ...row }) => [account_number, row]));
  };

  const checkpoint = async () => {
    const { rows } = await stack.sql.query<{ last_sequence: string }>(
      `SELECT last_sequence FROM bank_sync_service.payment_event_checkpoints WHERE consumer = 'bank-sync.loan-balances'`,
    );
    return rows[0]?.last_sequence ?? null;
  };

  /** Waits for the asynchronous consumer, within a bound; never a fixed sleep. */
  const waitFor = (what: string, condition: () => Promise<boolean>) =>
    eventually(condition, what, { timeoutMs: 30_000, intervalMs: 25 });

  /** bank-sync as a process of its own (`src/main.ts`), its consumer following the payment subgraph. */
  const spawnBankSync = async () =>
    startServiceProcess('bank-sync', 'subgraphs/bank-sync/src/main.ts', {
      PORT: '0',
      DATABASE_URL: stack.domainDatabaseUrls['bank-sync'],
      PAYMENT_URL: stack.subgraph('payment').url,
      SYNC_INBOX_DIR: stack.syncInboxDir,
      ...identityEnv(await testKeys()).subgraph,
    });

  const stopProcess = async ({ child, exited }: ServiceProcess, signal: NodeJS.Signals) => {
    if (child.exitCode === null && child.signalCode === null) child.kill(signal);
    await exited;
  };

  beforeAll(async () => {
    stack = await startTestStack({ consumers: ['bank-sync'] });
    const customers = LOANS.map((loan) => ({
      cif: cifOf(loan),
      type: 'INDIVIDUAL',
      name: `Payer ${loan}`,
      segment: 'RETAIL',
      status: 'ACTIVE',
    }));
    const loans = LOANS.map((loan, i) => ({
      account_number: loan,
      cif: cifOf(loan),
      product_type: 'PERSONAL_LOAN',
      original_amount: '100000000.00',
      currency: 'VND',
      disbursement_date: '2025-01-01',
      maturity_date: '2030-01-01',
      interest_rate: '12.0000',
      term: 60,
      payment_frequency: 'MONTHLY',
      outstanding: '80000000.00',
      remaining_amount: '85000000.00',
      due_amount: `${(i + 1) * 1_000_000}.00`,
      next_payment_date: '2026-02-01',
      dpd: 20,
      delinquency_status: 'BUCKET_1',
      status: 'OPEN',
    }));
    for (const [entityType, records] of [
      ['CUSTOMERS', customers],
      ['LOANS', loans],
    ] as const) {
      const response = await stack.query(
        PUSH,
        { input: { sourceSystem: 'T24', entityType, records } },
        viewers.coreSystem,
      );
      expect(response.errors).toBeUndefined();
    }
    for (const loan of loans) {
      ledger.open(loan.account_number, {
        outstanding: loan.outstanding,
        remaining: loan.remaining_amount,
        due: loan.due_amount,
      });
    }
  });
  afterAll(() => stack?.stop());

  it('catches up from its checkpoint after being stopped while payments kept arriving', async () => {
    const early = [await pay('PCLN000001', '400000.50'), await pay('PCLN000002', '2500000.00')];
    await stack.subgraph('bank-sync').paymentConsumer?.caughtUp();
    expect(await balances()).toEqual(ledger.expected());

    await stack.stopSubgraph('bank-sync');
    for (let i = 0; i < 12; i += 1) await pay(LOANS[i % 3] ?? 'PCLN000001', `${(i + 1) * 150_000}.25`);
    await reverse(early[0]?.reference ?? '');
    await reverse(early[1]?.reference ?? '');
    await stack.restartSubgraph('bank-sync', { consumer: true });
    await stack.subgraph('bank-sync').paymentConsumer?.caughtUp();

    expect(await balances()).toEqual(ledger.expected());
    const status = await stack.query<{ paymentConsumerStatus: { lastSequence: string } }>(
      '{ paymentConsumerStatus { lastSequence } }',
    );
    expect(status.data?.paymentConsumerStatus.lastSequence).toBe(lastSequence);
  });

  it('applies every event exactly once when its process is killed between reading an event and committing it', async () => {
    // The in-process bank-sync stops consuming: the child process below is the only consumer.
    await stack.restartSubgraph('bank-sync', { consumer: false });
    const stream = [];
    for (let i = 0; i < 30; i += 1) {
      stream.push(
        await pay(i === 19 ? HELD_LOAN : (LOANS[i % 3] ?? 'PCLN000001'), `${100_000 + i * 7_001}.75`),
      );
    }
    await reverse(stream[3]?.reference ?? '');
    await reverse(stream[19]?.reference ?? '');
    const beforeHeld = stream[18]?.sequence;

    // Another session locks the loan of the 20th payment: the consumer reads that event, opens its
    // transaction, moves the checkpoint in it, and waits for the loan there; then its process is killed.
    const holder = await stack.sql.connect();
    await holder.query('BEGIN');
    await holder.query('SELECT 1 FROM bank_sync_service.loans WHERE account_number = $1 FOR UPDATE', [
      HELD_LOAN,
    ]);
    try {
      const crashing = await spawnBankSync();
      try {
        await waitFor('the consumer blocks on the held loan', async () => {
          const { rows } = await stack.sql.query<{ waiting: number }>(
            `SELECT count(*)::int AS waiting FROM pg_stat_activity
              WHERE datname = current_database() AND wait_event_type = 'Lock'`,
          );
          return (rows[0]?.waiting ?? 0) > 0;
        });
        expect(await checkpoint()).toBe(beforeHeld);
      } finally {
        await stopProcess(crashing, 'SIGKILL');
      }
    } finally {
      await holder.query('ROLLBACK');
      holder.release();
    }
    expect(await checkpoint()).toBe(beforeHeld);

    const restarted = await spawnBankSync();
    try {
      await waitFor(
        `the restarted consumer reaches event ${lastSequence}`,
        async () => (await checkpoint()) === lastSequence,
      );
    } finally {
      await stopProcess(restarted, 'SIGTERM');
    }

    expect(await balances()).toEqual(ledger.expected());
    const { rows } = await stack.sql.query<{ applications: number; applied: number }>(
      `SELECT count(*)::int AS applications, count(*) FILTER (WHERE status = 'APPLIED')::int AS applied
         FROM bank_sync_service.payment_applications`,
    );
    expect(rows[0]).toEqual({ applications: payments, applied: payments - 4 });
  });
});
