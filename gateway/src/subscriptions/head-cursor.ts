import type { Viewer } from '@collexis/platform/graphql';
import { GraphQLError } from 'graphql';
import { readSubgraphResponse, type SubgraphClient } from '../subgraph-client';

/**
 * The newest cursor upstream, where a client that wants live events only starts, by the convention that a
 * subscription field `x` has a query field `xHead` on the same subgraph.
 */
export async function headCursor(
  client: SubgraphClient,
  subgraph: string,
  rootFieldName: string,
  viewer: Viewer,
): Promise<bigint> {
  const field = `${rootFieldName}Head`;
  const response = await client.send(
    subgraph,
    JSON.stringify({ query: `{ ${field} }` }),
    await client.identity.headers(subgraph, viewer),
  );
  const result = readSubgraphResponse(response);
  const head = result.data?.[field];
  if (typeof head !== 'string') {
    const reasons = result.errors?.map((error) => error.message).join('; ');
    throw new GraphQLError(`${subgraph} did not tell where its events end${reasons ? `: ${reasons}` : ''}`);
  }
  return BigInt(head);
}
