/**
 * A team's portfolio through the gateway: workflow's `team(name)` and `teams`, with bank-sync's
 * `Team.delinquencyBuckets` and `Team.portfolioAtRisk` over the loans of the customers the team's agents are
 * assigned to now (the gateway carries the CIFs, `@requires`). Checked bucket by bucket and currency by currency
 * against SQL the test computes itself: membership from workflow's tables, loans from bank-sync's.
 */
import { postGraphQL } from '@collexis/platform/http';
import { DisposalStack, subgraphHeaders, viewers } from '@collexis/platform/testing';
import { startTestStack, type TestStack } from '@collexis/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type AtRisk,
  BUCKETS,
  type Bucket,
  bucketsAnswer,
  expectedBuckets,
  expectedPar,
} from './support/expected';

const TEAM_QUERY = /* GraphQL */ `query Team($name: String!, $filter: PortfolioFilter, $groupBy: PortfolioGroupBy) {
  team(name: $name) {
    name
    customerCount
    delinquencyBuckets(filter: $filter) {
      label minDpd maxDpd loanCount outstanding { currency amount } share { currency amount total ratio }
    }
    portfolioAtRisk(days: 30, groupBy: $groupBy, filter: $filter) {
      key currency days atRiskLoanCount loanCount atRisk outstanding ratio
    }
  }
}`;

interface TeamAnswer {
  name: string;
  customerCount: number;
  delinquencyBuckets: Bucket[];
  portfolioAtRisk: AtRisk[];
}

/** The loans `l` of customers whose current assignment names an agent of team `$n`, written as a join. */
const ofTeam = (n: number) => `l.cif in (
  select ca.cif from workflow_service.customer_agents ca
  join workflow_service.agents a on a.id = ca.assigned_call_agent_id or a.id = ca.assigned_field_agent_id
  where ca.is_current and a.team = $${n})`;

describe("a team's portfolio through the gateway", () => {
  const disposal = new DisposalStack();
  let stack: TestStack;

  const team = (variables: Record<string, unknown>) =>
    stack.query<{ team: TeamAnswer | null }>(TEAM_QUERY, variables, viewers.analyst);

  beforeAll(async () => {
    stack = disposal.use(await startTestStack({ demo: { customers: 300 } }));
  });
  afterAll(() => disposal.dispose());

  it('teams lists every team some agent is in, with its agents and assigned customers', async () => {
    const { rows } = await stack.sql.query(
      `select a.team as name, count(*)::int as "agentCount",
         sum(case when a.is_active then 1 else 0 end)::int as "activeAgentCount",
         (select count(distinct ca.cif)::int from workflow_service.customer_agents ca
          join workflow_service.agents m on m.id in (ca.assigned_call_agent_id, ca.assigned_field_agent_id)
          where ca.is_current and m.team = a.team) as "customerCount"
       from workflow_service.agents a group by a.team order by a.team`,
    );
    expect(rows.filter((row) => row.customerCount > 0).length).toBeGreaterThanOrEqual(4);
    const response = await stack.query<{ teams: unknown[] }>(
      '{ teams { name agentCount activeAgentCount customerCount } }',
      {},
      viewers.analyst,
    );
    expect(response.errors).toBeUndefined();
    expect(response.data?.teams).toEqual(rows);
  });

  it.each(['CALL_TEAM_A', 'CALL_TEAM_B', 'FIELD_TEAM_NORTH', 'FIELD_TEAM_SOUTH'])(
    '%s: buckets and PAR30 of its customers’ open loans, per currency',
    async (name) => {
      const buckets = bucketsAnswer(await expectedBuckets(stack.sql, ofTeam(1), [name]));
      expect(buckets.some((bucket) => bucket.outstanding.length > 1)).toBe(true);
      const par = await expectedPar(stack.sql, 30, 'null::text', ofTeam(2), [name]);
      const { rows } = await stack.sql.query(
        `select count(*)::int as n from workflow_service.customer_agents ca
         where ca.is_current and exists (select 1 from workflow_service.agents a
           where a.team = $1 and a.id in (ca.assigned_call_agent_id, ca.assigned_field_agent_id))`,
        [name],
      );
      const response = await team({ name });
      expect(response.errors).toBeUndefined();
      expect(response.data?.team).toEqual({
        name,
        customerCount: rows[0]?.n,
        delinquencyBuckets: buckets,
        portfolioAtRisk: par,
      });
    },
  );

  it("narrows a team's portfolio further by the portfolio filter, PAR grouped by segment", async () => {
    const filter = { productType: ['PERSONAL_LOAN', 'CREDIT_CARD'] };
    const where = (n: number) => `l.product_type = any($${n}) and ${ofTeam(n + 1)}`;
    const params = [filter.productType, 'CALL_TEAM_A'];
    const response = await team({ name: 'CALL_TEAM_A', filter, groupBy: 'SEGMENT' });
    expect(response.errors).toBeUndefined();
    expect(response.data?.team?.delinquencyBuckets).toEqual(
      bucketsAnswer(await expectedBuckets(stack.sql, where(1), params)),
    );
    const par = await expectedPar(stack.sql, 30, 'c.segment', where(2), params);
    expect(new Set(par.map((row) => row.key)).size).toBeGreaterThan(1);
    expect(response.data?.team?.portfolioAtRisk).toEqual(par);
  });

  it('a team whose agents have no customers has six empty buckets; an unknown team is NOT_FOUND naming name', async () => {
    const { rows } = await stack.sql.query<{ team: string }>(
      `select distinct team from workflow_service.agents where team not in (
         select a.team from workflow_service.agents a join workflow_service.customer_agents ca
         on ca.is_current and a.id in (ca.assigned_call_agent_id, ca.assigned_field_agent_id))`,
    );
    const idle = rows[0]?.team;
    if (!idle) throw new Error('the demo data has no team without customers');
    const empty = await team({ name: idle });
    expect(empty.data?.team?.customerCount).toBe(0);
    expect(empty.data?.team?.delinquencyBuckets.map((bucket) => bucket.loanCount)).toEqual(
      BUCKETS.map(() => 0),
    );
    expect(empty.data?.team?.portfolioAtRisk).toEqual([]);

    const unknown = await team({ name: 'NO_SUCH_TEAM' });
    expect(unknown.data?.team).toBeNull();
    expect(unknown.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND', field: 'name' });
  });

  it("the team's CIF list is the gateway's to carry, not a client's to read", async () => {
    const response = await stack.query('{ team(name: "CALL_TEAM_A") { customerCifs } }', {}, viewers.analyst);
    expect(response.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('bank-sync answers a team without its CIF list (a caller around the gateway) with BAD_USER_INPUT', async () => {
    const response = await postGraphQL(
      stack.subgraph('bank-sync').url,
      'query($r: [_Any!]!) { _entities(representations: $r) { ... on Team { delinquencyBuckets { loanCount } } } }',
      { r: [{ __typename: 'Team', name: 'CALL_TEAM_A' }] },
      await subgraphHeaders(viewers.analyst, 'bank-sync'),
    );
    expect(response.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'customerCifs' });
  });
});
