import { lockOutbox } from '@collexis/events/publish';
import { gatewayHeaders, subscribe, viewers } from '@collexis/platform/testing';
import { startTestStack, type TestStack } from '@collexis/testkit';
import { drizzle } from 'drizzle-orm/node-postgres';
import type pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { paymentOutbox } from '../../subgraphs/payment/src/repository/payment-events';
import { CREATE_AGENT, RECORD_ACTION } from '../../subgraphs/workflow/test/support/operations';
import { type LoanRef, loansWithCases, paymentInput, RECORD_PAYMENT } from '../support/payments';

const TEAM = 'CALL_TEAM_QUEUED';

/** A team board whose events need the payment subgraph: the customer's latest payments. */
const TEAM_BOARD = /* GraphQL */ `
  subscription TeamBoard($team: String!) {
    workflowEvents(filter: { team: $team, types: [ACTION_RECORDED] }) {
      entityId
      customer { cif payments(first: 3) { nodes { amount } } }
    }
  }
`;

interface BoardEvent {
  workflowEvents: { entityId: string; customer: { cif: string; payments: { nodes: unknown[] } | null } };
}

/** More payment writers than a pool holds connections (10): the queue a month-end burst builds. */
const QUEUED_WRITERS = 12;

/**
 * The queued writers complete pending payments: a status change is a transaction of its own that takes the
 * outbox's lock (recordPayment would queue them in one group-committed transaction, decision 0041).
 */
const COMPLETE_PAYMENT = /* GraphQL */ `
  mutation Complete($input: CompletePaymentInput!) { completePayment(input: $input) { changed } }
`;

describe("a team board while payment writers queue on the outbox's lock", () => {
  let stack: TestStack;
  let loan: LoanRef;
  let agentId: string;

  beforeAll(async () => {
    stack = await startTestStack({ demo: { customers: 20 }, consumers: false });
    const [first] = await loansWithCases(stack.sql, 1);
    if (!first) throw new Error('the demo data has no loan with a case');
    loan = first;
    const input = { employeeId: 'QW-1', name: 'Queued', email: 'qw1@bank.test', type: 'AGENT', team: TEAM };
    const created = await stack.query<{ createAgent: { agent: { id: string } } }>(
      CREATE_AGENT,
      { input },
      viewers.supervisor,
    );
    agentId = created.data?.createAgent.agent.id ?? '';
    if (!agentId) throw new Error(`createAgent failed: ${JSON.stringify(created.errors)}`);
  });
  afterAll(() => stack?.stop());

  async function waitingWriters(): Promise<number> {
    const { rows } = await stack.sql.query<{ waiting: number }>(
      `SELECT count(*)::int AS waiting FROM pg_locks WHERE locktype = 'advisory' AND NOT granted`,
    );
    return rows[0]?.waiting ?? 0;
  }

  it("gets each action's event with the customer's payments, read past the writers' queue", async () => {
    const board = subscribe<BoardEvent>(stack.gateway().url, TEAM_BOARD, { team: TEAM }, () =>
      gatewayHeaders(viewers.supervisor),
    );
    await board.connected;
    await expect.poll(() => stack.gateway().subscriptions.stats().upstreams).toBe(1);

    const pending = Array.from({ length: QUEUED_WRITERS }, () => ({
      ...paymentInput(loan),
      status: 'PENDING',
    }));
    for (const input of pending) await stack.query(RECORD_PAYMENT, { input }, viewers.paymentProcessor);
    const holder: pg.PoolClient = await stack.sql.connect();
    let writes: Promise<unknown>[] = [];
    try {
      await holder.query('BEGIN');
      await lockOutbox(drizzle(holder), paymentOutbox);
      writes = pending.map(({ referenceNumber }) =>
        stack.query(COMPLETE_PAYMENT, { input: { referenceNumber } }, viewers.paymentProcessor),
      );
      // Every connection the payment subgraph lets writers have now waits on the lock.
      await expect.poll(waitingWriters, { timeout: 10_000 }).toBeGreaterThanOrEqual(10);

      const recorded = await stack.query<{ recordAction: { action: { id: string } } }>(
        RECORD_ACTION,
        {
          input: {
            cif: loan.cif,
            loanAccountNumber: loan.accountNumber,
            agentId,
            type: 'CALL',
            subtype: 'OUTBOUND_CALL',
            actionResult: 'NO_ANSWER',
          },
        },
        viewers.supervisor,
      );
      // Below the 5 s a read waits for a pooled connection before it fails: a read queued behind the
      // writers arrives only as that failure, or after the lock is released below.
      const [event] = await board.waitFor(1, 4_000);
      expect(board.errors).toEqual([]);
      expect(event?.workflowEvents.entityId).toBe(recorded.data?.recordAction.action.id);
      expect(event?.workflowEvents.customer.payments).not.toBeNull();
    } finally {
      await holder.query('COMMIT');
      holder.release();
      await board.close();
    }
    const written = await Promise.all(writes);
    expect(written.map((response) => (response as { errors?: unknown }).errors)).toEqual(
      writes.map(() => undefined),
    );
  });
});
