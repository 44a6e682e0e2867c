import { type RunningGateway, startGateway } from '@collexis/gateway';
import { postGraphQL } from '@collexis/platform/http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestStack, type TestStack } from './support/stack';

const QUERY = /* GraphQL */ `
  { customers(first: 3) { nodes { cif loans { accountNumber payments(first: 2) { nodes { amount } } } case { customerStatus } } } }
`;

describe('the gateway in development mode', () => {
  let stack: TestStack;
  let composing: RunningGateway;

  beforeAll(async () => {
    stack = await startTestStack({ customers: 10 }, { consumers: false });
    composing = await startGateway({ port: 0, executor: 'differential', subgraphs: stack.subgraphUrls });
  });
  afterAll(async () => {
    await composing?.stop();
    await stack?.stop();
  });

  it('composes the supergraph from the running subgraphs and answers as the checked-in one does', async () => {
    const fromCheckedIn = await stack.query(QUERY);
    const fromRunning = await postGraphQL(composing.url, QUERY);
    expect(fromCheckedIn.errors).toBeUndefined();
    expect(fromRunning).toEqual(fromCheckedIn);
  });
});
