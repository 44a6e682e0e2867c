import { postGraphQL } from '@collexis/platform/http';
import { gatewayHeaders, readerCaller } from '@collexis/platform/testing';
import { startTestStack, type TestStack } from '@collexis/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

async function post(url: string, query: string, headers: Record<string, string> = {}) {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query }),
  });
  const answer = (await response.json()) as {
    data?: unknown;
    errors?: { message: string; extensions?: unknown }[];
  };
  return { status: response.status, ...answer };
}

describe('the schema is disclosed only to callers with an identity', () => {
  let stack: TestStack;
  let IDENTIFIED: Record<string, string>;

  beforeAll(async () => {
    stack = await startTestStack({ consumers: false });
    IDENTIFIED = await gatewayHeaders(readerCaller);
  });
  afterAll(async () => {
    await stack?.stop();
  });

  it.each([
    ['__schema', '{ __schema { queryType { name } } }'],
    ['__type through a fragment', '{ ...Schema } fragment Schema on Query { __type(name: "Loan") { name } }'],
  ])('refuses introspection (%s) to an anonymous caller', async (_, query) => {
    const anonymous = await post(stack.gateway().url, query);
    expect(anonymous.status).toBe(401);
    expect(anonymous.data).toBeUndefined();
    expect(anonymous.errors?.map((error) => error.extensions)).toEqual([{ code: 'UNAUTHENTICATED' }]);
    const identified = await post(stack.gateway().url, query, IDENTIFIED);
    expect(identified.status).toBe(200);
    expect(identified.errors).toBeUndefined();
  });

  it('answers __typename to any signed-in caller', async () => {
    const answer = await postGraphQL(
      stack.gateway().url,
      '{ __typename customers(first: 1) { __typename } }',
      {},
      IDENTIFIED,
    );
    expect(answer).toEqual({
      data: { __typename: 'Query', customers: { __typename: 'CustomerConnection' } },
    });
  });

  it.each([
    [
      'a field',
      '{ customers { nodes { nam } } }',
      'Cannot query field "nam" on type "Customer".',
      ' Did you mean "name"?',
    ],
    [
      'an enum value',
      '{ loans(orderBy: DPD_DES) { nodes { dpd } } }',
      'Value "DPD_DES" does not exist in "LoanOrder" enum.',
      ' Did you mean the enum value "DPD_DESC"?',
    ],
  ])('suggests %s only to a caller with an identity', async (_, query, message, suggestion) => {
    const anonymous = await post(stack.gateway().url, query);
    expect(anonymous.status).toBe(401);
    expect(JSON.stringify(anonymous.errors)).not.toContain('Did you mean');
    const identified = await post(stack.gateway().url, query, IDENTIFIED);
    expect(identified.errors?.map((error) => error.message)).toEqual([`${message}${suggestion}`]);
  });
});
