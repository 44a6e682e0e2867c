import { describe, expect, it } from 'vitest';
import { subgraphUrlOverrides } from './env';
import { resolveSubgraphEndpoints, supergraphSubgraphs } from './subgraph-endpoints';

// The part of a composed supergraph the gateway reads its subgraphs from.
const SUPERGRAPH = `
  directive @join__graph(name: String!, url: String!) on ENUM_VALUE
  enum join__Graph {
    ORDER_HISTORY @join__graph(name: "order-history", url: "http://orders:4001/graphql")
    USERS @join__graph(name: "users", url: "http://users:4002/graphql")
  }
`;

describe("a supergraph's subgraphs", () => {
  it('are read from its join__Graph enum: name, enum value and URL', () => {
    expect(supergraphSubgraphs(SUPERGRAPH)).toEqual([
      { name: 'order-history', enumValue: 'ORDER_HISTORY', url: 'http://orders:4001/graphql' },
      { name: 'users', enumValue: 'USERS', url: 'http://users:4002/graphql' },
    ]);
  });

  it('answer at the URLs written in it unless overridden by name, and an unknown name is refused', () => {
    expect([...resolveSubgraphEndpoints(SUPERGRAPH, { users: 'http://127.0.0.1:9/graphql' })]).toEqual([
      ['order-history', 'http://orders:4001/graphql'],
      ['users', 'http://127.0.0.1:9/graphql'],
    ]);
    expect(() => resolveSubgraphEndpoints(SUPERGRAPH, { payments: 'http://x/graphql' })).toThrow(
      'no subgraph named payments in the supergraph; it has order-history, users',
    );
    expect(() => resolveSubgraphEndpoints(SUPERGRAPH, { users: 'ftp://x' })).toThrow('http(s) URL');
  });

  it('are the overrides alone without a supergraph, which may not be empty', () => {
    expect([...resolveSubgraphEndpoints(undefined, { users: 'http://u/graphql' })]).toEqual([
      ['users', 'http://u/graphql'],
    ]);
    expect(() => resolveSubgraphEndpoints(undefined, {})).toThrow('needs the URL of each of them');
  });
});

describe('SUBGRAPH_URL_<GRAPH>', () => {
  it('overrides the subgraph whose join__Graph value is <GRAPH>, and refuses one the supergraph lacks', () => {
    expect(subgraphUrlOverrides({ ORDER_HISTORY: 'http://o/graphql' }, SUPERGRAPH)).toEqual({
      'order-history': 'http://o/graphql',
    });
    expect(() => subgraphUrlOverrides({ PAYMENT: 'http://p/graphql' }, SUPERGRAPH)).toThrow(
      'SUBGRAPH_URL_PAYMENT names no subgraph of the supergraph; its graphs are ORDER_HISTORY, USERS',
    );
  });

  it('names the subgraph <GRAPH> in lower case with `-` for `_` when there is no supergraph', () => {
    expect(subgraphUrlOverrides({ ORDER_HISTORY: 'http://o/graphql' }, undefined)).toEqual({
      'order-history': 'http://o/graphql',
    });
  });
});
