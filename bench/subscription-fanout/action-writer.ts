/**
 * Records workflow actions through the real write path, the workflow subgraph's `recordAction` (the customer
 * and loan checked with bank-sync, action, audit and ACTION_RECORDED outbox event in one transaction), open
 * loop at a fixed rate, for the agents of the board's team. It calls the subgraph straight as a SUPERVISOR
 * (an AGENT may record only as itself, a supervisor for anyone), with the credential the gateway would sign.
 */
import type { Agent } from 'node:http';
import { callerOf } from '@collexis/platform/testing';
import type { LoanKey } from '../dataset';
import type { BenchIdentity } from '../identity';
import { type Commit, commitAtRate, dataAt, keepAliveAgent, postJson } from './open-loop';
import type { EventWriter } from './writer';

const TEAM_AGENTS = /* GraphQL */ `
  query TeamAgents($team: String!) {
    agents(filter: { team: $team, type: AGENT, isActive: true }, first: 100) { nodes { id } }
  }
`;

const RECORD_ACTION = /* GraphQL */ `
  mutation Record($input: RecordActionInput!) { recordAction(input: $input) { action { id } } }
`;

/** Who records the actions: the team's supervisor, for each of its agents in turn. */
export const TEAM_LEAD = callerOf('bench-team-lead', 'SUPERVISOR');

/** The workflow subgraph's headers for TEAM_LEAD, as the gateway would sign them. */
export const workflowSubgraphAuthorization = (identity: BenchIdentity) =>
  identity.credentialSource(TEAM_LEAD, 'workflow');

async function activeAgentsOf(
  url: URL,
  agent: Agent,
  team: string,
  headers: Record<string, string>,
): Promise<string[]> {
  const body = await postJson(
    url,
    agent,
    headers,
    JSON.stringify({ query: TEAM_AGENTS, variables: { team } }),
  );
  const nodes = dataAt(body, ['agents', 'nodes']);
  const ids = Array.isArray(nodes) ? nodes.map((node: unknown) => dataAt({ data: node }, ['id'])) : [];
  const agents = ids.filter((id): id is string => typeof id === 'string');
  if (agents.length === 0) throw new Error(`no active agent in ${team}: ${JSON.stringify(body)}`);
  return agents;
}

/** A writer of calls by the agents of `team` on the data set's loans, to the workflow subgraph at `url`. */
export async function createActionWriter(
  url: string,
  team: string,
  loans: readonly LoanKey[],
  authorize: () => Promise<Record<string, string>>,
): Promise<EventWriter> {
  if (loans.length === 0) throw new Error('the data set has no open loans to act on');
  const target = new URL(url);
  const agent = keepAliveAgent();
  const agents = await activeAgentsOf(target, agent, team, await authorize());
  let counter = 0;

  async function commit(): Promise<Commit> {
    counter += 1;
    // Counting down through the loans: the payment writer counts up, so the two rarely touch one customer.
    const loan = loans[loans.length - 1 - (counter % loans.length)];
    const agentId = agents[counter % agents.length];
    if (!loan || !agentId) throw new Error('no loan or agent at the drawn index');
    const input = {
      cif: loan.cif,
      loanAccountNumber: loan.accountNumber,
      agentId,
      type: 'CALL',
      subtype: 'OUTBOUND_CALL',
      actionResult: 'NO_ANSWER',
    };
    const sentAt = Date.now();
    const body = await postJson(
      target,
      agent,
      await authorize(),
      JSON.stringify({ query: RECORD_ACTION, variables: { input } }),
    );
    const committedAt = Date.now();
    const id = dataAt(body, ['recordAction', 'action', 'id']);
    if (typeof id !== 'string') throw new Error(`recordAction recorded nothing: ${JSON.stringify(body)}`);
    return { reference: id, sentAt, committedAt };
  }

  return {
    commit,
    commitAtRate: (rate, seconds) => commitAtRate(commit, rate, seconds),
    close: () => agent.destroy(),
  };
}
