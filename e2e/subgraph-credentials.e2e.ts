import {
  createCredentialSigner,
  credentialIssuers,
  loadSigningKey,
  signAccessToken,
} from '@collexis/identity';
import { subgraphHeaders, testKeys, viewers } from '@collexis/platform/testing';
import type { DomainName } from '@collexis/stack';
import { startTestStack, type TestStack } from '@collexis/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/** A read, a write and an entity lookup of each subgraph: what an attacker around the gateway would try. */
const CALLS: Record<DomainName, { name: string; query: string }[]> = {
  'bank-sync': [
    { name: 'a read', query: '{ customers(first: 1) { nodes { cif nationalId } } }' },
    {
      name: 'a write',
      query:
        'mutation { pushSyncBatch(input: { sourceSystem: T24, entityType: CUSTOMERS, records: [] }) { run { id } } }',
    },
    {
      name: '_entities',
      query: '{ _entities(representations: [{ __typename: "Customer", cif: "C1" }]) { __typename } }',
    },
  ],
  payment: [
    { name: 'a read', query: '{ paymentEventsHead }' },
    {
      name: 'a write',
      query: 'mutation { reversePayment(input: { referenceNumber: "X", reason: "x" }) { changed } }',
    },
    {
      name: '_entities',
      query: '{ _entities(representations: [{ __typename: "Loan", accountNumber: "L1" }]) { __typename } }',
    },
  ],
  workflow: [
    { name: 'a read', query: '{ agents(first: 1) { nodes { id } } }' },
    {
      name: 'a write',
      query:
        'mutation { deactivateAgent(input: { id: "00000000-0000-4000-8000-000000000000" }) { agent { id } } }',
    },
    {
      name: '_entities',
      query: '{ _entities(representations: [{ __typename: "Customer", cif: "C1" }]) { __typename } }',
    },
  ],
};

async function forgedHeaders(subgraph: DomainName): Promise<[string, Record<string, string>][]> {
  const keys = await testKeys();
  const userKey = await loadSigningKey(keys.userTokens.privateKey);
  const expired = await createCredentialSigner({
    key: await loadSigningKey(keys.gateway.privateKey),
    issuer: credentialIssuers.gateway,
    ttlSeconds: -60,
  }).sign({ id: 'ops.admin', roles: ['ADMIN'], agentId: null }, subgraph);
  const otherAudience = subgraph === 'payment' ? 'workflow' : 'payment';
  return [
    ['no credential', {}],
    ['identity headers', { 'x-collexis-user': 'ops.admin', 'x-collexis-roles': 'ADMIN' }],
    [
      "a user's access token",
      {
        authorization: `Bearer ${await signAccessToken({ key: userKey, subject: 'ops.admin', roles: ['ADMIN'] })}`,
      },
    ],
    ['an expired credential', { authorization: `Bearer ${expired}` }],
    ["another subgraph's credential", await subgraphHeaders(viewers.admin, otherAudience)],
  ];
}

describe('nothing reaches a subgraph around the gateway', () => {
  let stack: TestStack;

  beforeAll(async () => {
    stack = await startTestStack({ consumers: false });
  });
  afterAll(() => stack?.stop());

  it.each(Object.keys(CALLS) as DomainName[])(
    '%s refuses every call without its own valid credential',
    async (name) => {
      const url = stack.subgraph(name).url;
      for (const [how, headers] of await forgedHeaders(name)) {
        for (const call of CALLS[name]) {
          const response = await fetch(url, {
            method: 'POST',
            headers: { 'content-type': 'application/json', ...headers },
            body: JSON.stringify({ query: call.query }),
          });
          const body = (await response.json()) as {
            data?: unknown;
            errors?: { extensions?: { code?: string } }[];
          };
          expect(response.status, `${call.name} with ${how}`).toBe(401);
          expect(body.data, `${call.name} with ${how}`).toBeUndefined();
          expect(body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
        }
      }
      const genuine = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(await subgraphHeaders(viewers.admin, name)) },
        body: JSON.stringify({ query: CALLS[name][0]?.query }),
      });
      expect(genuine.status).toBe(200);
    },
  );
});
