import { postGraphQL } from '@collexis/platform/http';
import {
  accessTokenHeaders,
  createTestDatabase,
  eventually,
  readerCaller,
  type TestDatabase,
  testKeys,
} from '@collexis/platform/testing';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { CUSTOMER_360 } from '../bench/scenarios';
import { type ServiceProcesses, startServiceProcesses } from './support/service-processes';

interface Customer360 {
  customer: { cif: string; case: unknown; actions: { nodes: unknown[] } | null } | null;
}

async function readiness(graphqlUrl: string) {
  const response = await fetch(new URL('/health/ready', graphqlUrl));
  return { status: response.status, body: (await response.json()) as { checks: Record<string, string> } };
}

describe('a subgraph process killed with SIGKILL', () => {
  let system: ServiceProcesses;
  let database: TestDatabase;
  let cif: string;

  beforeAll(async () => {
    database = await createTestDatabase(inject('postgresAdminUrl'));
    system = await startServiceProcesses({ databaseUrl: database.url, demo: { customers: 30 } });
    const sql = new pg.Client(database.url);
    await sql.connect();
    try {
      const { rows } = await sql.query<{ cif: string }>(`
        SELECT c.cif FROM workflow_service.customer_cases c
        JOIN workflow_service.action_records a ON a.cif = c.cif ORDER BY c.cif LIMIT 1`);
      cif = rows[0]?.cif ?? '';
    } finally {
      await sql.end();
    }
    expect(cif).not.toBe('');
  });
  afterAll(async () => {
    await system?.stop();
    await database?.drop();
  });

  it('leaves partial answers with coded errors and red readiness, then full answers and green once it is back', async () => {
    const { gateway, workflow } = system.services;
    const headers = await accessTokenHeaders(await testKeys(), readerCaller);
    const ask = () => postGraphQL<Customer360>(gateway.url, CUSTOMER_360, { cif }, headers);
    const whole = await ask();
    expect(whole.errors).toBeUndefined();
    expect(await readiness(gateway.url)).toMatchObject({ status: 200 });
    expect(await readiness(workflow.url)).toEqual({
      status: 200,
      body: { status: 'ready', checks: { database: 'ok', migrations: 'ok' } },
    });

    expect(await workflow.kill('SIGKILL')).toBeNull();
    const partial = await ask();
    expect(partial.data?.customer).toEqual({ ...whole.data?.customer, case: null, actions: null });
    expect(partial.errors?.map(({ path, extensions }) => [path, extensions?.code])).toEqual([
      [['customer', 'case'], 'SERVICE_UNAVAILABLE'],
      [['customer', 'actions'], 'SERVICE_UNAVAILABLE'],
    ]);
    expect(JSON.stringify(partial.errors)).not.toMatch(/127\.0\.0\.1|localhost|http:/);
    const red = await readiness(gateway.url);
    expect(red.status).toBe(503);
    expect(red.body.checks).toMatchObject({ supergraph: 'ok', 'bank-sync': 'ok', workflow: 'unreachable' });

    await workflow.restart();
    await eventually(async () => (await readiness(gateway.url)).status === 200, 'the gateway is ready again');
    expect(await ask()).toEqual(whole);
  });
});
