import { gatewayHeaders, readerCaller } from '@collexis/platform/testing';
import { startTestStack, type TestStack } from '@collexis/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sendRaw } from './support/hostile-requests';

interface Malformation {
  name: string;
  body: string;
  status: number;
  code: string;
  message: RegExp;
}

const body = (fields: Record<string, unknown>) => JSON.stringify(fields);
const CUSTOMER = 'query Customer($cif: String!) { customer(cif: $cif) { cif } }';

const malformations: Malformation[] = [
  {
    name: 'an unknown operationName',
    body: body({ query: CUSTOMER, variables: { cif: 'X' }, operationName: 'Nope' }),
    status: 400,
    code: 'OPERATION_RESOLUTION_FAILURE',
    message: /^Unknown operation named "Nope"\.$/,
  },
  {
    name: 'two operations and no operationName',
    body: body({ query: 'query A { __typename } query B { __typename }' }),
    status: 400,
    code: 'OPERATION_RESOLUTION_FAILURE',
    message: /^Must provide operation name if query contains multiple operations\.$/,
  },
  {
    name: 'no query',
    body: body({ variables: { cif: 'X' } }),
    status: 400,
    code: 'BAD_REQUEST',
    message: /must contain a non-empty `query`/,
  },
  {
    name: 'a query that is not a string',
    body: body({ query: 5 }),
    status: 400,
    code: 'BAD_REQUEST',
    message: /^GraphQL queries must be strings\.$/,
  },
  {
    name: 'variables that are not an object',
    body: body({ query: CUSTOMER, variables: ['X'] }),
    status: 400,
    code: 'BAD_REQUEST',
    message: /`variables` in a POST body must be an object/,
  },
  {
    name: 'variables sent as a JSON string',
    body: body({ query: CUSTOMER, variables: '{"cif":"X"}' }),
    status: 400,
    code: 'BAD_REQUEST',
    message: /`variables` in a POST body should be provided as an object/,
  },
  {
    name: 'a variable of the wrong type',
    body: body({ query: CUSTOMER, variables: { cif: 5 } }),
    status: 400,
    code: 'BAD_USER_INPUT',
    message: /^Variable "\$cif" got invalid value 5; String cannot represent a non string value: 5$/,
  },
  {
    name: 'a required variable left out',
    body: body({ query: CUSTOMER }),
    status: 400,
    code: 'BAD_USER_INPUT',
    message: /^Variable "\$cif" of required type "String!" was not provided\.$/,
  },
  {
    name: 'an operationName that is not a string',
    body: body({ query: CUSTOMER, variables: { cif: 'X' }, operationName: 7 }),
    status: 400,
    code: 'BAD_REQUEST',
    message: /`operationName` in a POST body must be a string/,
  },
  {
    name: 'a syntax error',
    body: body({ query: '{ customers { nodes { cif } }' }),
    status: 400,
    code: 'GRAPHQL_PARSE_FAILED',
    message: /^Syntax Error: Expected Name, found <EOF>\.$/,
  },
  {
    name: 'a body that is not JSON',
    body: '{"query": "{ __typename }"',
    status: 400,
    code: 'BAD_REQUEST',
    message: /^Request body is not valid JSON\.$/,
  },
  {
    name: 'a body of JSON arrays nested 100,000 deep',
    body: `${'['.repeat(100_000)}${']'.repeat(100_000)}`,
    status: 400,
    code: 'BAD_REQUEST',
    message: /^Operation batching disabled\.$/,
  },
  {
    name: 'a subscription over HTTP',
    body: body({ query: 'subscription { paymentEvents { sequence } }' }),
    status: 400,
    code: 'BAD_REQUEST',
    message: /^Subscriptions are served over graphql-ws/,
  },
];

describe('every request-level malformation is a 4xx with a clear message', () => {
  let stack: TestStack;

  beforeAll(async () => {
    stack = await startTestStack({ consumers: false });
  });
  afterAll(async () => {
    await stack?.stop();
  });

  it.each(malformations)('$name', async (malformation) => {
    const { status, body: answer } = await sendRaw(
      stack.gateway().url,
      malformation.body,
      await gatewayHeaders(readerCaller),
    );
    expect(answer.errors).toHaveLength(1);
    expect(answer.errors?.[0]?.message).toMatch(malformation.message);
    expect(answer.errors?.[0]?.extensions?.code).toBe(malformation.code);
    expect(status).toBe(malformation.status);
  });
});
