/**
 * bank-sync's loan-balance consumer applies each payment event exactly once: payments and reversals recorded
 * through the gateway move loan balances, also when bank-sync was down while they arrived, and also when its
 * process is killed between reading an event and committing the effect. The expected balances are computed
 * here, independently, from the payments the test made.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type BankSyncSystem, callers, startBankSyncSystem } from './bank-sync-system';

const repoRoot = fileURLToPath(new URL('..', import.meta.url));

const RECORD_PAYMENT = /* GraphQL */ `
  mutation Record($input: RecordPaymentInput!) { recordPayment(input: $input) { event { sequence } } }
`;
const REVERSE_PAYMENT = /* GraphQL */ `
  mutation Reverse($input: ReversePaymentInput!) { reversePayment(input: $input) { event { sequence } } }
`;
const PUSH = /* GraphQL */ `
  mutation Push($input: PushSyncBatchInput!) { pushSyncBatch(input: $input) { run { status } } }
`;

// ---- the expected balances, computed from the payments alone (whole cents, never floats) ----

const cents = (amount: string) => {
  const [whole = '0', fraction = ''] = amount.split('.');
  return BigInt(whole) * 100n + BigInt(fraction.padEnd(2, '0'));
};
const amountOf = (value: bigint) => `${value / 100n}.${String(value % 100n).padStart(2, '0')}`;

interface Balances {
  outstanding: bigint;
  remaining: bigint;
  due: bigint;
}

/** What every loan should owe: a payment lowers all three balances, the due one never below zero; a reversal gives back what was taken. */
class Ledger {
  private readonly loans = new Map<string, Balances>();
  private readonly taken = new Map<string, { loan: string } & Balances>();

  open(loan: string, balances: { outstanding: string; remaining: string; due: string }) {
    this.loans.set(loan, {
      outstanding: cents(balances.outstanding),
      remaining: cents(balances.remaining),
      due: cents(balances.due),
    });
  }

  receive(reference: string, loan: string, amount: string) {
    const balances = this.loans.get(loan);
    if (!balances) throw new Error(`ledger: no loan ${loan}`);
    const paid = cents(amount);
    // biome-ignore lint/complexity/useMathMinMax: Math.min does not take bigints
    const due = balances.due < paid ? balances.due : paid;
    balances.outstanding -= paid;
    balances.remaining -= paid;
    balances.due -= due;
    this.taken.set(reference, { loan, outstanding: paid, remaining: paid, due });
  }

  reverse(reference: string) {
    const taken = this.taken.get(reference);
    const balances = taken && this.loans.get(taken.loan);
    if (!taken || !balances) throw new Error(`ledger: ${reference} was never received`);
    balances.outstanding += taken.outstanding;
    balances.remaining += taken.remaining;
    balances.due += taken.due;
    this.taken.delete(reference);
  }

  expected() {
    return Object.fromEntries(
      [...this.loans].map(([loan, b]) => [
        loan,
        {
          outstanding: amountOf(b.outstanding),
          remaining_amount: amountOf(b.remaining),
          due_amount: amountOf(b.due),
        },
      ]),
    );
  }
}

// ---- the test ----

const LOANS = ['PCLN000001', 'PCLN000002', 'PCLN000003', 'PCLN000004'];
/** The loan that, in the crash test, receives one payment in the middle of the stream. */
const HELD_LOAN = 'PCLN000004';
const cifOf = (loan: string) => loan.replace('PCLN', 'PC');

describe('payment events applied to loan balances exactly once', () => {
  let system: BankSyncSystem;
  const ledger = new Ledger();
  let payments = 0;
  let lastSequence = '0';

  /** Records a COMPLETED payment through the gateway; returns its event's sequence. */
  const pay = async (loan: string, amount: string) => {
    payments += 1;
    const reference = `PCPAY${String(payments).padStart(5, '0')}`;
    const response = await system.query<{ recordPayment: { event: { sequence: string } | null } }>(
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
      callers.coreSystem,
    );
    const sequence = response.data?.recordPayment.event?.sequence;
    if (!sequence) throw new Error(`recordPayment wrote no event: ${JSON.stringify(response.errors)}`);
    ledger.receive(reference, loan, amount);
    lastSequence = sequence;
    return { reference, sequence };
  };

  const reverse = async (reference: string) => {
    const response = await system.query<{ reversePayment: { event: { sequence: string } | null } }>(
      REVERSE_PAYMENT,
      { input: { referenceNumber: reference, reason: 'cheque returned unpaid' } },
      callers.coreSystem,
    );
    const sequence = response.data?.reversePayment.event?.sequence;
    if (!sequence) throw new Error(`reversePayment wrote no event: ${JSON.stringify(response.errors)}`);
    ledger.reverse(reference);
    lastSequence = sequence;
  };

  const balances = async () => {
    const { rows } = await system.sql.query<{
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
    const { rows } = await system.sql.query<{ last_sequence: string }>(
      `SELECT last_sequence FROM bank_sync_service.payment_event_checkpoints WHERE consumer = 'bank-sync.loan-balances'`,
    );
    return rows[0]?.last_sequence ?? null;
  };

  /** Polls a condition of the asynchronous consumer, within a bound; never a fixed sleep. */
  const waitFor = async (what: string, condition: () => Promise<boolean>, timeoutMs = 30_000) => {
    const deadline = Date.now() + timeoutMs;
    while (!(await condition())) {
      if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
  };

  /** bank-sync as a process of its own (`src/main.ts`), its consumer following the payment subgraph. */
  const spawnBankSync = async (): Promise<ChildProcess> => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'subgraphs/bank-sync/src/main.ts'], {
      cwd: repoRoot,
      env: {
        ...process.env,
        PORT: '0',
        DATABASE_URL: system.database.url,
        PAYMENT_URL: system.paymentUrl,
        SYNC_INBOX_DIR: system.inboxDir,
      },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let output = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
    });
    await waitFor('the bank-sync process to be ready', async () => {
      if (child.exitCode !== null) throw new Error(`bank-sync exited with ${child.exitCode}: ${output}`);
      return output.includes('ready at');
    });
    return child;
  };

  const stopProcess = async (child: ChildProcess, signal: NodeJS.Signals) => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    const exited = once(child, 'exit');
    child.kill(signal);
    await exited;
  };

  beforeAll(async () => {
    system = await startBankSyncSystem({ paymentConsumer: true });
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
      const response = await system.query(
        PUSH,
        { input: { sourceSystem: 'T24', entityType, records } },
        callers.coreSystem,
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
  afterAll(() => system?.stop());

  it('catches up from its checkpoint after being stopped while payments kept arriving', async () => {
    const early = [await pay('PCLN000001', '400000.50'), await pay('PCLN000002', '2500000.00')];
    await system.bankSync().paymentConsumer?.caughtUp();
    expect(await balances()).toEqual(ledger.expected());

    await system.stopBankSync();
    for (let i = 0; i < 12; i += 1) await pay(LOANS[i % 3] ?? 'PCLN000001', `${(i + 1) * 150_000}.25`);
    await reverse(early[0]?.reference ?? '');
    await reverse(early[1]?.reference ?? '');
    await system.restartBankSync({ paymentConsumer: true });
    await system.bankSync().paymentConsumer?.caughtUp();

    expect(await balances()).toEqual(ledger.expected());
    const status = await system.query<{ paymentConsumerStatus: { lastSequence: string } }>(
      '{ paymentConsumerStatus { lastSequence } }',
    );
    expect(status.data?.paymentConsumerStatus.lastSequence).toBe(lastSequence);
  });

  it('applies every event exactly once when its process is killed between reading an event and committing it', async () => {
    // The in-process bank-sync stops consuming: the child process below is the only consumer.
    await system.restartBankSync({ paymentConsumer: false });
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
    const holder = await system.sql.connect();
    await holder.query('BEGIN');
    await holder.query('SELECT 1 FROM bank_sync_service.loans WHERE account_number = $1 FOR UPDATE', [
      HELD_LOAN,
    ]);
    try {
      const crashing = await spawnBankSync();
      try {
        await waitFor('the consumer to block on the held loan', async () => {
          const { rows } = await system.sql.query<{ waiting: number }>(
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
        `the restarted consumer to reach event ${lastSequence}`,
        async () => (await checkpoint()) === lastSequence,
      );
    } finally {
      await stopProcess(restarted, 'SIGTERM');
    }

    expect(await balances()).toEqual(ledger.expected());
    const { rows } = await system.sql.query<{ applications: number; applied: number }>(
      `SELECT count(*)::int AS applications, count(*) FILTER (WHERE status = 'APPLIED')::int AS applied
         FROM bank_sync_service.payment_applications`,
    );
    expect(rows[0]).toEqual({ applications: payments, applied: payments - 4 });
  });
});
