/**
 * agentPerformance's contacts and kept promises through the gateway: on the demo data against SQL the test
 * computes itself (the payments read from payment's own table), and live, a promise kept by a payment recorded
 * in the payment subgraph, which workflow learns of from its events.
 */
import { DisposalStack, eventually, viewers } from '@collexis/platform/testing';
import { startTestStack, type TestStack } from '@collexis/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loansWithCases, paymentInput, RECORD_PAYMENT } from '../support/payments';

interface Performance {
  totalActions: number;
  promisesToPay: number;
  contacts: number;
  contactRate: string;
  promiseWindowDays: number;
  promisesKept: number;
  promiseKeptRate: string;
}

const PERFORMANCE_QUERY = /* GraphQL */ `query Performance($agentId: ID!, $from: Date!, $to: Date!, $window: Int) {
  agentPerformance(agentId: $agentId, from: $from, to: $to, promiseWindowDays: $window) {
    totalActions promisesToPay contacts contactRate promiseWindowDays promisesKept promiseKeptRate
  }
}`;

const CONTACTS = `('PROMISE_TO_PAY', 'PAID', 'REFUSED', 'CALLBACK_REQUESTED', 'DISPUTE')`;

describe('agentPerformance: contact rate and promises kept', () => {
  const disposal = new DisposalStack();
  let stack: TestStack;

  const performance = (variables: Record<string, unknown>) =>
    stack.query<{ agentPerformance: Performance }>(PERFORMANCE_QUERY, variables, viewers.supervisor);

  /** The test's own figures: payments from payment_service, COMPLETED ones keeping a promise. */
  async function expected(agentId: string, from: string, to: string, window: number): Promise<Performance> {
    const { rows } = await stack.sql.query<Performance>(
      `with actions as (
         select a.*, exists (
           select 1 from payment_service.payments p
           where p.cif = a.cif and p.status = 'COMPLETED' and p.payment_date >= a.action_date
             and p.payment_date < a.action_date + $4 * interval '1 day') as paid
         from workflow_service.action_records a
         where a.agent_id = $1 and a.action_date >= $2::date and a.action_date < $3::date + 1)
       select count(*)::int as "totalActions",
         count(*) filter (where action_result = 'PROMISE_TO_PAY')::int as "promisesToPay",
         count(*) filter (where action_result in ${CONTACTS})::int as contacts,
         to_char(coalesce(round(count(*) filter (where action_result in ${CONTACTS}) / nullif(count(*), 0)::numeric, 6), 0), 'FM0.000000') as "contactRate",
         $4::int as "promiseWindowDays",
         count(*) filter (where action_result = 'PROMISE_TO_PAY' and paid)::int as "promisesKept",
         to_char(coalesce(round(count(*) filter (where action_result = 'PROMISE_TO_PAY' and paid)
           / nullif(count(*) filter (where action_result = 'PROMISE_TO_PAY'), 0)::numeric, 6), 0), 'FM0.000000') as "promiseKeptRate"
       from actions`,
      [agentId, from, to, window],
    );
    const [row] = rows;
    if (!row) throw new Error('no figures');
    return row;
  }

  beforeAll(async () => {
    stack = disposal.use(await startTestStack({ demo: { customers: 300 } }));
  });
  afterAll(() => disposal.dispose());

  it('on the demo data: every agent with promises, over a year and two windows', async () => {
    const { rows: agents } = await stack.sql.query<{ agent_id: string }>(
      `select agent_id from workflow_service.action_records where action_result = 'PROMISE_TO_PAY'
       group by agent_id order by count(*) desc limit 3`,
    );
    expect(agents.length).toBeGreaterThan(0);
    let kept = 0;
    for (const { agent_id: agentId } of agents) {
      for (const window of [3, 10]) {
        const want = await expected(agentId, '2026-01-01', '2026-12-31', window);
        kept += want.promisesKept;
        const response = await performance({ agentId, from: '2026-01-01', to: '2026-12-31', window });
        expect(response.errors).toBeUndefined();
        expect(response.data?.agentPerformance).toEqual(want);
      }
    }
    expect(kept).toBeGreaterThan(0);
  });

  it('a promise is kept once the payment subgraph reports a payment of that customer', async () => {
    const [loan] = await loansWithCases(stack.sql, 1);
    if (!loan) throw new Error('no loan with a case in the demo data');
    const { rows } = await stack.sql.query<{ id: string }>(
      `select id from workflow_service.agents where is_active order by employee_id limit 1`,
    );
    const agentId = rows[0]?.id;
    const today = new Date().toISOString().slice(0, 10);
    const promised = await stack.query(
      /* GraphQL */ `mutation Promise($input: RecordActionInput!) { recordAction(input: $input) { action { id } } }`,
      {
        input: {
          cif: loan.cif,
          loanAccountNumber: loan.accountNumber,
          agentId,
          type: 'CALL',
          subtype: 'OUTBOUND_CALL',
          actionResult: 'PROMISE_TO_PAY',
          actionDate: new Date(Date.now() - 120_000).toISOString(),
        },
      },
      viewers.supervisor,
    );
    expect(promised.errors).toBeUndefined();
    const variables = { agentId, from: today, to: today, window: 1 };
    const before = (await performance(variables)).data?.agentPerformance;
    expect(before?.promisesToPay).toBeGreaterThan(0);
    expect(before?.promisesKept).toBeLessThan(before?.promisesToPay ?? 0);

    const paid = await stack.query(RECORD_PAYMENT, { input: paymentInput(loan) }, viewers.paymentProcessor);
    expect(paid.errors).toBeUndefined();
    const kept = (before?.promisesKept ?? 0) + 1;
    await eventually(
      async () => (await performance(variables)).data?.agentPerformance.promisesKept === kept,
      'workflow has the payment event and counts the promise kept',
    );
  });

  it('a window outside 1 to 60 days is BAD_USER_INPUT naming promiseWindowDays', async () => {
    const { rows } = await stack.sql.query<{ id: string }>('select id from workflow_service.agents limit 1');
    for (const window of [0, 61]) {
      const response = await performance({
        agentId: rows[0]?.id,
        from: '2026-01-01',
        to: '2026-01-31',
        window,
      });
      expect(response.errors?.[0]?.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'promiseWindowDays',
      });
    }
  });
});
