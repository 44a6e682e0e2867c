import { type RunningGateway, startGateway } from '@collexis/gateway';
import { callerOf, DisposalStack, gatewayHeaders } from '@collexis/platform/testing';
import { readSupergraphSdl } from '@collexis/stack';
import { startTestStack, type TestStack, testGatewayAuth } from '@collexis/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CUSTOMER_360 } from '../bench/scenarios';

const ALIASES_AND_FRAGMENTS = /* GraphQL */ `query Aliased($cif: String!) {
  __typename
  first: customer(cif: $cif) {
    __typename
    ...Who
    loans { kind: __typename id: accountNumber ... on Loan { dpd owner: customer { cif ...Who } } }
  }
}
fragment Who on Customer { cif who: name case { status: customerStatus } }`;

const GATED = /* GraphQL */ `query Gated($cif: String!, $withLoans: Boolean = true, $withCase: Boolean!) {
  customer(cif: $cif) {
    cif
    loans @include(if: $withLoans) {
      accountNumber
      payments(first: 2) @skip(if: $withCase) { nodes { amount } }
    }
    case @include(if: $withCase) { customerStatus assignedCallAgent @skip(if: $withLoans) { name } }
  }
}`;

const ACROSS_LISTS = /* GraphQL */ `query Delinquent {
  loans(filter: { dpdMin: 1 }, orderBy: DPD_DESC, first: 10) {
    nodes {
      accountNumber dpd
      customer { cif case { customerStatus assignedCallAgent { name team } } }
      payments(first: 2) { nodes { referenceNumber amount customer { cif name } loan { accountNumber dpd } } }
    }
    pageInfo { hasNextPage endCursor }
  }
}`;

const WORKLISTS = /* GraphQL */ `{
  agents(first: 3) { nodes { name team assignedCustomers(first: 5) { nodes { cif loans { dpd outstanding } case { customerStatus } } } } }
}`;

const INTROSPECTION_WITH_DATA = /* GraphQL */ `query Mixed {
  __schema { queryType { name } subscriptionType { name } }
  kind: __type(name: "Loan") { name fields { name } }
  customers(first: 2) { nodes { cif __typename } }
}`;

const NOT_FOUND = /* GraphQL */ `{ customer(cif: "NO-SUCH-CIF") { cif loans { accountNumber } case { customerStatus } } }`;
const FORBIDDEN_READ = /* GraphQL */ `{ bankSyncAuditLog(first: 2) { nodes { __typename } } loans(first: 1) { nodes { accountNumber } } }`;
const BAD_VARIABLE = /* GraphQL */ `query Bad($cif: String!) { customer(cif: $cif) { cif } }`;
const BAD_SUBGRAPH_VARIABLE = /* GraphQL */ `query BadDate($from: DateTime) {
  payments(filter: { paymentDateFrom: $from }, first: 2) { nodes { referenceNumber } }
}`;

interface Case {
  name: string;
  query: string;
  variables?: (cif: string) => Record<string, unknown>;
}

const CORPUS: Case[] = [
  { name: 'Customer 360', query: CUSTOMER_360, variables: (cif) => ({ cif }) },
  {
    name: 'aliases, named and inline fragments, __typename',
    query: ALIASES_AND_FRAGMENTS,
    variables: (cif) => ({ cif }),
  },
  { name: '@skip/@include, defaults applied', query: GATED, variables: (cif) => ({ cif, withCase: false }) },
  {
    name: '@skip/@include, defaults overridden',
    query: GATED,
    variables: (cif) => ({ cif, withCase: true, withLoans: false }),
  },
  { name: 'entities across lists and subgraphs', query: ACROSS_LISTS },
  { name: "agents' worklists", query: WORKLISTS },
  { name: 'introspection beside data', query: INTROSPECTION_WITH_DATA },
  { name: 'an entity that is not there', query: NOT_FOUND },
  { name: "a subgraph's FORBIDDEN beside data", query: FORBIDDEN_READ },
  { name: 'a variable of the wrong type', query: BAD_VARIABLE, variables: () => ({ cif: 5 }) },
  {
    name: 'a value only the subgraph rejects',
    query: BAD_SUBGRAPH_VARIABLE,
    variables: () => ({ from: 'not-a-date' }),
  },
];

async function post(url: string, query: string, variables: Record<string, unknown> = {}): Promise<string> {
  const response = await fetch(url, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(await gatewayHeaders(callerOf('analyst-1', 'AGENT'))),
    },
    body: JSON.stringify({ query, variables }),
  });
  return response.text();
}

describe("the gateway's own executor answers as @apollo/gateway's does", () => {
  const disposal = new DisposalStack();
  let stack: TestStack;
  let stock: RunningGateway;
  let ours: RunningGateway;
  let unshared: RunningGateway;
  let cif: string;

  beforeAll(async () => {
    stack = disposal.use(await startTestStack({ demo: { customers: 30 }, consumers: false }));
    const options = {
      port: 0,
      supergraphSdl: await readSupergraphSdl(),
      subgraphs: stack.subgraphUrls(),
      auth: await testGatewayAuth(),
    };
    // The executors under comparison, each on its own: these three are not differential, on purpose.
    stock = disposal.use(await startGateway({ ...options, executor: 'stock' }));
    ours = disposal.use(await startGateway({ ...options, executor: 'collexis' }));
    unshared = disposal.use(
      await startGateway({ ...options, executor: 'collexis', shareInflightFetches: false }),
    );
    const first = await stack.query<{ customers: { nodes: { cif: string }[] } }>(
      '{ customers(first: 1, filter: { status: ACTIVE }) { nodes { cif } } }',
    );
    const found = first.data?.customers.nodes[0]?.cif;
    if (!found) throw new Error('the demo data has no active customer');
    cif = found;
  });
  afterAll(() => disposal.dispose());

  it.each(CORPUS)(
    '$name: the same body, byte for byte, from both executors and no differential mismatch',
    async (testCase) => {
      const variables = testCase.variables?.(cif);
      const fromStock = await post(stock.url, testCase.query, variables);
      const fromOurs = await post(ours.url, testCase.query, variables);
      const fromDifferential = await post(stack.gateway().url, testCase.query, variables);
      expect(fromOurs).toBe(fromStock);
      expect(fromDifferential).toBe(fromStock);
      expect(stack.gateway().executorMismatches).toEqual([]);
    },
  );

  it('shares identical query fetches in flight, which the stock executor, and ours when told, send one by one', async () => {
    const concurrent = 20;
    const fire = (url: string) =>
      Promise.all(Array.from({ length: concurrent }, () => post(url, ACROSS_LISTS)));
    stack.statements.reset();
    await post(stock.url, ACROSS_LISTS);
    const single = stack.statements.total();

    stack.statements.reset();
    const stockBodies = await fire(stock.url);
    const stockStatements = stack.statements.total();
    stack.statements.reset();
    const ourBodies = await fire(ours.url);
    const ourStatements = stack.statements.total();
    stack.statements.reset();
    const unsharedBodies = await fire(unshared.url);
    const unsharedStatements = stack.statements.total();

    expect(new Set([...stockBodies, ...ourBodies, ...unsharedBodies]).size).toBe(1);
    expect(stockStatements).toBe(single * concurrent);
    expect(unsharedStatements).toBe(single * concurrent);
    expect(ourStatements).toBeLessThan(stockStatements);
  });
});
