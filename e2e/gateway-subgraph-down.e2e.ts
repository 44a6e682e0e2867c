import { startTestStack, type TestStack } from '@collexis/testkit';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CUSTOMER_360 } from '../bench/scenarios';

interface Customer360 {
  customer: {
    cif: string;
    loans: { accountNumber: string; payments: { nodes: unknown[] } | null }[];
    case: unknown;
    actions: { nodes: unknown[] } | null;
  } | null;
}

describe('one subgraph down: the gateway answers the rest', () => {
  let stack: TestStack;
  let cif: string;

  beforeAll(async () => {
    stack = await startTestStack({ demo: { customers: 40 }, consumers: false });
    const sql = new pg.Client(stack.databaseUrl);
    await sql.connect();
    try {
      // A customer every subgraph has something on: a case and actions, loans with payments.
      const { rows } = await sql.query<{ cif: string }>(`
        SELECT c.cif FROM workflow_service.customer_cases c
        JOIN bank_sync_service.loans l ON l.cif = c.cif
        JOIN payment_service.payments p ON p.loan_account_number = l.account_number
        JOIN workflow_service.action_records a ON a.cif = c.cif
        GROUP BY c.cif ORDER BY c.cif LIMIT 1`);
      cif = rows[0]?.cif ?? '';
    } finally {
      await sql.end();
    }
    expect(cif).not.toBe('');
  });
  afterAll(async () => {
    await stack?.stop();
  });

  it('with workflow stopped, a Customer 360 keeps the customer, loans and payments, with coded errors at case and actions', async () => {
    const whole = await stack.query<Customer360>(CUSTOMER_360, { cif });
    expect(whole.errors).toBeUndefined();
    const customer = whole.data?.customer;
    if (!customer) throw new Error(`customer ${cif} not returned`);
    expect(customer.case).not.toBeNull();
    expect(customer.actions?.nodes.length).toBeGreaterThan(0);
    expect(customer.loans.some((loan) => (loan.payments?.nodes.length ?? 0) > 0)).toBe(true);

    await stack.stopSubgraph('workflow');
    const partial = await stack.query<Customer360>(CUSTOMER_360, { cif });

    expect(partial.data).toEqual({ customer: { ...customer, case: null, actions: null } });
    expect(partial.errors?.map(({ path, extensions }) => [path, extensions?.code])).toEqual([
      [['customer', 'case'], 'SERVICE_UNAVAILABLE'],
      [['customer', 'actions'], 'SERVICE_UNAVAILABLE'],
    ]);
    for (const error of partial.errors ?? []) {
      expect(error.message).toBe('the workflow subgraph is unavailable');
      expect(JSON.stringify(error)).not.toMatch(/127\.0\.0\.1|localhost|http:/);
    }
    // The differential executor compared the stock executor's answer to this one; stop() fails on a difference.
    expect(stack.gateway().executorMismatches).toEqual([]);
  });
});
