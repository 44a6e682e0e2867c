import { gatewayHeaders, subscribe, viewers } from '@collexis/platform/testing';
import { startTestStack, type TestStack } from '@collexis/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type LoanRef, loansWithCases } from '../support/payments';

const TEAM = 'CALL_TEAM_EVENTS';

/** A supervisor's board: its team's actions, each with fields of workflow, bank-sync and payment. */
const TEAM_BOARD = /* GraphQL */ `
  subscription TeamBoard($after: String, $team: String) {
    workflowEvents(after: $after, filter: { team: $team, types: [ACTION_RECORDED] }) {
      cursor
      type
      entityId
      agent { name team }
      action { id actionResult }
      customer { cif loans { accountNumber } payments(first: 1) { nodes { referenceNumber } } }
      loan { accountNumber outstanding }
    }
  }
`;

interface BoardEvent {
  workflowEvents: {
    cursor: string;
    type: string;
    entityId: string;
    agent: { name: string; team: string } | null;
    action: { id: string; actionResult: string } | null;
    customer: { cif: string; loans: { accountNumber: string }[]; payments: { nodes: unknown[] } | null };
    loan: { accountNumber: string; outstanding: string } | null;
  };
}

const CREATE_AGENT = /* GraphQL */ `
  mutation Create($input: CreateAgentInput!) { createAgent(input: $input) { agent { id } } }
`;
const RECORD_ACTION = /* GraphQL */ `
  mutation Record($input: RecordActionInput!) { recordAction(input: $input) { action { id } } }
`;

describe('workflow events through the gateway over graphql-ws', () => {
  let stack: TestStack;
  let loans: LoanRef[];
  const teamAgents: string[] = [];
  let outsider = '';
  const asSupervisor = () => gatewayHeaders(viewers.supervisor);

  async function createAgent(n: number, team: string): Promise<string> {
    const input = {
      employeeId: `EV-${n}`,
      name: `Agent ${n}`,
      email: `ev${n}@bank.test`,
      type: 'AGENT',
      team,
    };
    const response = await stack.query<{ createAgent: { agent: { id: string } } }>(
      CREATE_AGENT,
      { input },
      viewers.supervisor,
    );
    const id = response.data?.createAgent.agent.id;
    if (!id) throw new Error(`createAgent failed: ${JSON.stringify(response.errors)}`);
    return id;
  }

  /** Records one action by `agentId` on the n-th loan; returns the action's id. */
  async function recordAction(agentId: string, n: number): Promise<string> {
    const loan = loans[n % loans.length];
    if (!loan) throw new Error('no loans');
    const input = {
      cif: loan.cif,
      loanAccountNumber: loan.accountNumber,
      agentId,
      type: 'CALL',
      subtype: 'OUTBOUND_CALL',
      actionResult: `RESULT_${n}`,
    };
    const response = await stack.query<{ recordAction: { action: { id: string } } }>(
      RECORD_ACTION,
      { input },
      viewers.supervisor,
    );
    const id = response.data?.recordAction.action.id;
    if (!id) throw new Error(`recordAction failed: ${JSON.stringify(response.errors)}`);
    return id;
  }

  /** Actions by the team's agents, alternating, and one by an agent of another team in between each. */
  async function recordTeamActions(from: number, count: number): Promise<string[]> {
    const ids: string[] = [];
    for (let n = from; n < from + count; n += 1) {
      ids.push(await recordAction(teamAgents[n % teamAgents.length] ?? '', n));
      await recordAction(outsider, n);
    }
    return ids;
  }

  beforeAll(async () => {
    stack = await startTestStack({ demo: { customers: 40 }, consumers: false });
    loans = await loansWithCases(stack.sql, 3);
    teamAgents.push(await createAgent(1, TEAM), await createAgent(2, TEAM));
    outsider = await createAgent(3, 'CALL_TEAM_OTHER');
  });
  afterAll(() => stack?.stop());

  it("shows a supervisor each action its team's agents record, with fields from all three subgraphs", async () => {
    const board = subscribe<BoardEvent>(stack.gateway().url, TEAM_BOARD, { team: TEAM }, asSupervisor);
    await board.connected;
    // Live only: the subscription starts at the head, so it must be established before the writes.
    await expect.poll(() => stack.gateway().subscriptions.stats().upstreams).toBe(1);
    const recorded = await recordTeamActions(0, 4);
    const events = (await board.waitFor(4)).map((event) => event.workflowEvents);
    await board.close();
    expect(board.errors).toEqual([]);
    expect(events.map((event) => event.entityId)).toEqual(recorded);
    for (const [n, event] of events.entries()) {
      const loan = loans[n % loans.length];
      expect(event.type).toBe('ACTION_RECORDED');
      expect(event.action).toEqual({ id: recorded[n], actionResult: `RESULT_${n}` });
      expect(event.agent).toEqual({ name: `Agent ${(n % 2) + 1}`, team: TEAM });
      expect(event.customer.cif).toBe(loan?.cif);
      expect(event.customer.loans.map((each) => each.accountNumber)).toContain(loan?.accountNumber);
      expect(event.customer.payments).not.toBeNull();
      expect(event.loan?.accountNumber).toBe(loan?.accountNumber);
      expect(event.loan?.outstanding).toMatch(/^\d+\.\d{2}$/);
    }
  });

  it('resumes after a disconnect with nothing missed or repeated', async () => {
    const first = subscribe<BoardEvent>(
      stack.gateway().url,
      TEAM_BOARD,
      { team: TEAM, after: '0' },
      asSupervisor,
    );
    const before = (await first.waitFor(4)).map((event) => event.workflowEvents);
    await first.close();
    const missed = await recordTeamActions(10, 3);
    const resumed = first.resumeAfter(before.at(-1)?.cursor);
    const replayed = await resumed.waitFor(3);
    const live = await recordTeamActions(20, 1);
    const all = (await resumed.waitFor(4)).map((event) => event.workflowEvents.entityId);
    await resumed.close();
    expect(replayed.map((event) => event.workflowEvents.entityId)).toEqual(missed);
    expect(all).toEqual([...missed, ...live]);
  });
});
