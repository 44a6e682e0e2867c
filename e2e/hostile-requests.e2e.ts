import type { Role } from '@collexis/identity';
import { postGraphQL } from '@collexis/platform/http';
import { callerOf, gatewayHeaders } from '@collexis/platform/testing';
import { startTestStack, type TestStack } from '@collexis/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COST_BOMB, hostileRequests, sendRaw } from './support/hostile-requests';

const NORMAL = /* GraphQL */ `{ customers(first: 5) { nodes { cif name loans { accountNumber dpd } } } }`;

/** 1 + 100 × (1 + 1 + (1 + 10 × (1 + (1 + 100 × 2)))) = 202,301: over an agent's 50,000, within an analyst's 500,000. */
const ANALYST_SIZED = /* GraphQL */ `{
  customers(first: 100) { nodes { cif loans { accountNumber payments(first: 100) { nodes { amount } } } } }
}`;

/** The headers of a signed-in caller with one role. */
const as = (role: Role) => gatewayHeaders(callerOf(`${role.toLowerCase()}-1`, role));

describe('hostile requests are refused before they cost anything, naming the limit', () => {
  let stack: TestStack;

  beforeAll(async () => {
    stack = await startTestStack({ demo: { customers: 10 }, consumers: false });
  });
  afterAll(async () => {
    await stack?.stop();
  });

  it.each(hostileRequests)('$name, while another client is answered', async (hostile) => {
    const [refusal, normal] = await Promise.all([
      sendRaw(stack.gateway().url, hostile.body(), await await as('AGENT')),
      postGraphQL<{ customers: { nodes: unknown[] } }>(
        stack.gateway().url,
        NORMAL,
        {},
        await await as('AGENT'),
      ),
    ]);
    expect(normal.errors).toBeUndefined();
    expect(normal.data?.customers.nodes).toHaveLength(5);
    expect(refusal.status).toBe(hostile.status);
    expect(refusal.body.errors).toHaveLength(1);
    const [error] = refusal.body.errors ?? [];
    expect(error?.message).toMatch(hostile.message);
    expect(error?.extensions?.code).toBe(hostile.code);
    if (hostile.limit) expect(error?.extensions?.limit).toBe(hostile.limit);
  });

  it("refuses an agent a query an analyst may run, the cost limit following the caller's roles", async () => {
    const agent = await postGraphQL(stack.gateway().url, ANALYST_SIZED, undefined, await as('AGENT'));
    expect(agent.data).toBeUndefined();
    expect(agent.errors?.[0]?.message).toBe('Query cost limit of 50000 exceeded, found 202301.');
    expect(agent.errors?.[0]?.extensions).toMatchObject({
      code: 'LIMIT_EXCEEDED',
      limit: 'cost',
      max: 50_000,
    });

    const analyst = await postGraphQL<{ customers: { nodes: unknown[] } }>(
      stack.gateway().url,
      ANALYST_SIZED,
      undefined,
      await as('ANALYST'),
    );
    expect(analyst.errors).toBeUndefined();
    expect(analyst.data?.customers.nodes).toHaveLength(10);

    const analystOverAll = await postGraphQL(stack.gateway().url, COST_BOMB, undefined, await as('ANALYST'));
    expect(analystOverAll.errors?.[0]?.extensions).toMatchObject({ limit: 'cost', max: 500_000 });
  });
});
