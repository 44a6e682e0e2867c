import { demoAgents, demoChunks } from '@collexis/demo-data';
import { count } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  actionRecords,
  agents,
  customerAgents,
  customerCaseActions,
  customerCases,
  paymentsReceived,
} from '../src/db';
import { seedDemo } from '../src/demo/seed';
import { demoPaymentsReceived } from '../src/demo/tables';
import { type Harness, startHarness } from './support/harness';

/** Enough customers for more than 1,000 action records: the inserts must be sliced. */
const demo = { customers: 300 };

function expectedRowCount(): number {
  let rows = demoAgents(demo).length;
  for (const { workflow, payment } of demoChunks(demo)) {
    rows +=
      workflow.actionRecords.length +
      workflow.customerAgents.length +
      workflow.customerCases.length +
      workflow.customerCaseActions.length +
      demoPaymentsReceived(payment.payments).length;
  }
  return rows;
}

describe('seedDemo', () => {
  let harness: Harness;
  beforeAll(async () => {
    harness = await startHarness(async () => {});
  });
  afterAll(() => harness?.stop());

  it('loads the workflow share of the demo universe once, and a second run inserts nothing', async () => {
    const first = await seedDemo({ url: harness.databaseUrl }, demo);
    expect(first.inserted).toBe(expectedRowCount());
    const [actions] = await harness.db.select({ rows: count() }).from(actionRecords);
    expect(actions?.rows).toBeGreaterThan(1_000);
    const tables = [
      agents,
      customerAgents,
      customerCases,
      customerCaseActions,
      actionRecords,
      paymentsReceived,
    ];
    let stored = 0;
    for (const table of tables) {
      const [result] = await harness.db.select({ rows: count() }).from(table);
      stored += result?.rows ?? 0;
    }
    expect(stored).toBe(first.inserted);

    const second = await seedDemo({ url: harness.databaseUrl }, demo);
    expect(second.inserted).toBe(0);
  });

  it('serves the demo: every demo agent is listed and an assigned customer has a current assignment', async () => {
    await seedDemo({ url: harness.databaseUrl }, demo);
    const response = await harness.query<{
      agents: { nodes: { id: string; assignedCustomers: { nodes: { cif: string }[] } }[] };
    }>(/* GraphQL */ `
      { agents(first: 100) { nodes { id assignedCustomers(first: 1) { nodes { cif } } } } }
    `);
    expect(response.errors).toBeUndefined();
    const listed = response.data?.agents.nodes ?? [];
    expect(listed.map((agent) => agent.id).sort()).toEqual(
      demoAgents(demo)
        .map((agent) => agent.id)
        .sort(),
    );
    const cif = listed.flatMap((agent) => agent.assignedCustomers.nodes)[0]?.cif;
    expect(cif).toBeDefined();
    const customer = await harness.query<{
      _entities: { currentAssignment: { isCurrent: boolean } | null }[];
    }>(
      /* GraphQL */ `
        query ($representations: [_Any!]!) {
          _entities(representations: $representations) { ... on Customer { currentAssignment { isCurrent } } }
        }
      `,
      { representations: [{ __typename: 'Customer', cif }] },
    );
    expect(customer.data?._entities[0]?.currentAssignment).toEqual({ isCurrent: true });
  });
});
