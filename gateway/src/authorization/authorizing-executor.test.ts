import type { GatewayExecutor, GatewayGraphQLRequestContext } from '@apollo/server-gateway-interface';
import { accessRulesOf, type Viewer } from '@collexis/platform/graphql';
import { buildSchema, Kind, parse, print } from 'graphql';
import { describe, expect, it } from 'vitest';
import type { AccessControl } from './authorize-operation';
import { authorizingExecutor } from './authorizing-executor';

const sdl = `
  directive @requiresScopes(scopes: [[String!]!]!) on FIELD_DEFINITION | OBJECT
  type Query { customer: Customer @requiresScopes(scopes: [["AGENT"], ["ADMIN"]]) }
  type Customer { cif: String! note: String @requiresScopes(scopes: [["ADMIN"]]) }
`;
const accessControl = (): AccessControl => ({ schema: buildSchema(sdl), rules: accessRulesOf(parse(sdl)) });

const QUERY = '{ customer { cif note } }';

/** Stands in for Apollo's call of the executor: the parts of a request context the wrapper reads. */
function request(viewer: Viewer): GatewayGraphQLRequestContext {
  const document = parse(QUERY);
  const operation = document.definitions[0];
  if (operation?.kind !== Kind.OPERATION_DEFINITION) throw new Error('no operation');
  return {
    document,
    operation,
    source: QUERY,
    queryHash: 'hash-of-the-query',
    operationName: null,
    context: { viewer },
  } as unknown as GatewayGraphQLRequestContext;
}

/** What the planner would be asked to run, and an answer of the shape it asked for. */
function recordingExecutor(seen: string[]): GatewayExecutor {
  return async (requestContext) => {
    seen.push(print(requestContext.document));
    return {
      data: { customer: { cif: 'C1', note: requestContext.source.includes('note') ? 'n' : undefined } },
    };
  };
}

describe('authorizingExecutor', () => {
  it('keeps a verdict per operation and role set: the same query runs whole for one role and cut for another', async () => {
    const seen: string[] = [];
    const control = accessControl();
    const execute = authorizingExecutor(recordingExecutor(seen), () => control);
    const admin = { id: 'a', roles: ['ADMIN'] };
    const agent = { id: 'b', roles: ['AGENT'] };
    for (const viewer of [admin, agent, admin, agent]) await execute(request(viewer));
    expect(seen.map((text) => text.includes('note'))).toEqual([true, false, true, false]);
    const cut = await execute(request(agent));
    expect(cut.data).toEqual({ customer: { cif: 'C1', note: null } });
    expect(cut.errors?.map((error) => [error.path, error.extensions?.code])).toEqual([
      [['customer', 'note'], 'FORBIDDEN'],
    ]);
  });

  it('judges again under a new supergraph', async () => {
    const seen: string[] = [];
    let control = accessControl();
    const execute = authorizingExecutor(recordingExecutor(seen), () => control);
    const agent = { id: 'b', roles: ['AGENT'] };
    await execute(request(agent));
    const open = sdl.replace('@requiresScopes(scopes: [["ADMIN"]])', '');
    control = { schema: buildSchema(open), rules: accessRulesOf(parse(open)) };
    await execute(request(agent));
    expect(seen.map((text) => text.includes('note'))).toEqual([false, true]);
  });
});
