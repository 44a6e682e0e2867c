import { parse } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningServer } from '../http';
import { readerCaller, subgraphHeaders, testKeys, testSubgraphIdentity } from '../testing';
import { createSubgraphIdentity } from './identity';
import { startSubgraphServer } from './server';

const typeDefs = parse(`
  extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key"])
  type Query { greeting: String! }
`);

describe('startSubgraphServer', () => {
  let server: RunningServer;
  const seen: { cacheControl: boolean }[] = [];

  beforeAll(async () => {
    server = await startSubgraphServer({
      typeDefs,
      resolvers: {
        Query: {
          greeting: (_root: unknown, _args: unknown, _context: unknown, info: object) => {
            seen.push({ cacheControl: 'cacheControl' in info });
            return 'hello';
          },
        },
      },
      context: async (viewer) => ({ viewer }),
      credentials: createSubgraphIdentity('test', await testSubgraphIdentity(await testKeys())).verifier,
      port: 0,
    });
  });
  afterAll(() => server?.stop());

  const ask = (headers: Record<string, string>) =>
    fetch(server.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify({ query: '{ greeting }' }),
    });

  it('resolves fields without per-field cache hints, and marks its answer not to be stored', async () => {
    const response = await ask(await subgraphHeaders(readerCaller, 'test'));
    expect(await response.json()).toEqual({ data: { greeting: 'hello' } });
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(seen).toEqual([{ cacheControl: false }]);
  });

  it('marks a refused request not to be stored either', async () => {
    const response = await ask({});
    expect(response.status).toBe(401);
    expect(response.headers.get('cache-control')).toBe('no-store');
  });
});
