/**
 * workflow's consumer of bank-sync's events applies each event exactly once: runs pushed while workflow is down
 * are applied when it comes back, and a workflow process killed between reading an event and committing its
 * effect applies it once after a restart. What each case must end as is known from the pushes themselves.
 *
 * The case rules are idempotent: an event applied twice in a row changes nothing the second time. So once a
 * case has reacted, the test sets it back by hand (as a supervisor would); an event applied again would then
 * react again, writing a second audit entry and STATUS_CHANGED event, and the exact counts fail.
 */
import { loadCheckpoint } from '@collexis/events/consume';
import { eventually, testKeys } from '@collexis/platform/testing';
import { identityEnv, type ServiceProcess, startServiceProcess } from '@collexis/stack';
import { and, eq, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  auditLog,
  customerCases,
  syncEventCheckpoints,
  workflowEvents,
} from '../../subgraphs/workflow/src/db';
import { SYNC_REACTIONS_CONSUMER } from '../../subgraphs/workflow/src/events/sync-reactions';
import { cifOf } from './support/customers';
import { type LoanState, pushLoans, syncEventsHead } from './support/loans';
import { startWorkflowStack, type WorkflowStack } from './support/workflow-stack';

const CUSTOMERS = 24;
const FOLLOW_UP = new Date('2030-12-01T02:00:00.000Z');
/** The customer whose case the crash test holds locked: its loan is in the middle of the stream. */
const HELD = 17;

const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);
const loans = (ns: number[], delinquencyStatus: string, status?: 'OPEN' | 'CLOSED'): LoanState[] =>
  ns.map((n) => ({ n, delinquencyStatus, status }));

describe('sync events applied to cases exactly once', () => {
  let stack: WorkflowStack;
  let bankSyncUrl: string;
  const childLog: string[] = [];

  const checkpoint = () => loadCheckpoint(stack.db, syncEventCheckpoints, SYNC_REACTIONS_CONSUMER);
  const push = (states: LoanState[]) => pushLoans(bankSyncUrl, states);

  /** Each case's processing state, whether its follow-up moved, and how often it reacted (audit, event). */
  async function outcome(ns: number[]) {
    const cifs = ns.map(cifOf);
    const cases = await stack.db.select().from(customerCases).where(inArray(customerCases.cif, cifs));
    const audits = await stack.db
      .select()
      .from(auditLog)
      .where(and(inArray(auditLog.entityKey, cifs), eq(auditLog.operation, 'loansSynced')));
    const events = await stack.db.select().from(workflowEvents).where(inArray(workflowEvents.cif, cifs));
    return Object.fromEntries(
      cases.map((row) => [
        row.cif,
        {
          state: row.processingStateStatus,
          followUpDue: row.fUpdate?.getTime() !== FOLLOW_UP.getTime(),
          reactions: audits.filter((entry) => entry.entityKey === row.cif).length,
          statusChanges: events.filter((event) => event.cif === row.cif).length,
        },
      ]),
    );
  }
  const expected = (ns: number[], state: string, followUpDue: boolean, reactions: number) =>
    Object.fromEntries(
      ns.map((n) => [
        cifOf(n),
        { state, followUpDue, reactions, statusChanges: state === 'ESCALATED' ? 1 : 0 },
      ]),
    );
  /** Cases that reacted once and were then set back: as before any reaction, the counts of that reaction. */
  const setBackAfter = (ns: number[], escalated: boolean) =>
    Object.fromEntries(
      ns.map((n) => [
        cifOf(n),
        { state: 'IN_PROGRESS', followUpDue: false, reactions: 1, statusChanges: escalated ? 1 : 0 },
      ]),
    );
  /** A supervisor puts the cases back as they were before the sync: only a new event may change them again. */
  const setBack = (ns: number[]) =>
    stack.db
      .update(customerCases)
      .set({ processingStateStatus: 'IN_PROGRESS', fUpdate: FOLLOW_UP })
      .where(inArray(customerCases.cif, ns.map(cifOf)));

  /** workflow as a process of its own (`src/main.ts`), its consumer following bank-sync's events. */
  const spawnWorkflow = async () =>
    startServiceProcess(
      'workflow',
      'subgraphs/workflow/src/main.ts',
      {
        PORT: '0',
        DATABASE_URL: stack.domainDatabaseUrls.workflow,
        BANK_SYNC_URL: bankSyncUrl,
        ...identityEnv(await testKeys()).subgraph,
      },
      (line) => childLog.push(line),
    );
  const stopProcess = async ({ child, exited }: ServiceProcess, signal: NodeJS.Signals) => {
    if (child.exitCode === null && child.signalCode === null) child.kill(signal);
    await exited;
  };
  const waitFor = (what: string, condition: () => Promise<boolean>) =>
    eventually(condition, what, { timeoutMs: 30_000, intervalMs: 25 });

  beforeAll(async () => {
    stack = await startWorkflowStack({ customers: CUSTOMERS, payment: true });
    bankSyncUrl = stack.subgraph('bank-sync').url;
    await stack.db.insert(customerCases).values(
      range(1, CUSTOMERS).map((n) => ({
        cif: cifOf(n),
        customerStatus: 'CONTACTED',
        collateralStatus: 'NONE',
        processingStateStatus: 'IN_PROGRESS',
        lendingViolationStatus: 'NONE',
        recoveryAbilityStatus: 'MEDIUM',
        fUpdate: FOLLOW_UP,
      })),
    );
  });
  afterAll(() => stack?.stop());

  it('catches up from its checkpoint after being stopped while runs kept arriving', async () => {
    await stack.stopSubgraph('workflow');
    await push(loans(range(1, 6), 'BUCKET_2'));
    await push(loans(range(1, 3), 'BUCKET_3'));
    await push(loans(range(7, 9), 'BUCKET_1', 'CLOSED'));
    await push(loans(range(10, 12), 'CURRENT'));
    expect(await checkpoint()).toBeNull();

    await stack.restartSubgraph('workflow');
    const head = await syncEventsHead(bankSyncUrl);
    expect(await stack.subgraph('workflow').syncConsumer?.caughtUp()).toBe(head);
    expect(await checkpoint()).toBe(head);
    expect(await outcome(range(1, 12))).toEqual({
      ...expected(range(1, 6), 'ESCALATED', false, 1),
      ...expected(range(7, 9), 'IN_PROGRESS', true, 1),
      ...expected(range(10, 12), 'IN_PROGRESS', false, 0),
    });
    await setBack(range(1, 9));
  });

  // Starts workflow as a process of its own twice (tsx compiles it each time): past a minute on a busy machine.
  it('applies every event once when its process is killed between reading an event and committing it', {
    timeout: 120_000,
  }, async () => {
    // The in-process workflow stops consuming: the child process below is the only consumer.
    await stack.restartSubgraph('workflow', { consumer: false });
    await push(loans(range(13, 15), 'BUCKET_2'));
    const beforeHeld = await syncEventsHead(bankSyncUrl);
    await push(loans(range(16, 18), 'BUCKET_3'));
    await push(loans(range(19, 21), 'BUCKET_1', 'CLOSED'));
    await push(loans(range(22, 24), 'WRITE_OFF'));
    const head = await syncEventsHead(bankSyncUrl);

    // Another session locks the held customer's case: the consumer reads the event of its loan, opens its
    // transaction, moves the checkpoint in it, and waits for the case there; then its process is killed.
    const holder = await stack.sql.connect();
    await holder.query('BEGIN');
    await holder.query('SELECT 1 FROM workflow_service.customer_cases WHERE cif = $1 FOR UPDATE', [
      cifOf(HELD),
    ]);
    try {
      const crashing = await spawnWorkflow();
      try {
        await waitFor('the consumer blocks on the held case', async () => {
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
    expect(await outcome(range(13, 18))).toEqual({
      ...expected(range(13, 15), 'ESCALATED', false, 1),
      ...expected(range(16, 18), 'IN_PROGRESS', false, 0),
    });
    await setBack(range(13, 15));

    const restarted = await spawnWorkflow();
    try {
      await waitFor(
        `the restarted consumer reaches event ${head}`,
        async () => (await checkpoint()) === head,
      );
    } finally {
      await stopProcess(restarted, 'SIGTERM');
    }

    expect(await outcome(range(13, 24))).toEqual({
      ...setBackAfter(range(13, 15), true),
      ...expected(range(16, 18), 'ESCALATED', false, 1),
      ...expected(range(19, 21), 'IN_PROGRESS', true, 1),
      ...expected(range(22, 24), 'ESCALATED', false, 1),
    });
    expect(await outcome(range(1, 12))).toEqual({
      ...setBackAfter(range(1, 6), true),
      ...setBackAfter(range(7, 9), false),
      ...expected(range(10, 12), 'IN_PROGRESS', false, 0),
    });
  });
});
