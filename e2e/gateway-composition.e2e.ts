import type { RunningGateway } from '@collexis/gateway';
import { postGraphQL } from '@collexis/platform/http';
import { DisposalStack, gatewayHeaders, readerCaller } from '@collexis/platform/testing';
import { startTestGateway, startTestStack, type TestStack } from '@collexis/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const QUERY = /* GraphQL */ `
  { customers(first: 3) { nodes { cif loans { accountNumber payments(first: 2) { nodes { amount } } } case { customerStatus } } } }
`;

describe('the gateway in development mode', () => {
  const disposal = new DisposalStack();
  let stack: TestStack;
  let composing: RunningGateway;

  beforeAll(async () => {
    stack = disposal.use(await startTestStack({ demo: { customers: 10 }, consumers: false }));
    composing = disposal.use(await startTestGateway({ subgraphs: stack.subgraphUrls() }));
  });
  afterAll(() => disposal.dispose());

  it('composes the supergraph from the running subgraphs and answers as the checked-in one does', async () => {
    const fromCheckedIn = await stack.query(QUERY);
    const fromRunning = await postGraphQL(composing.url, QUERY, {}, await gatewayHeaders(readerCaller));
    expect(fromCheckedIn.errors).toBeUndefined();
    expect(fromRunning).toEqual(fromCheckedIn);
  });
});
