import { type GraphQLDataSourceProcessOptions, RemoteGraphQLDataSource } from '@apollo/gateway';
import type { Fetcher } from '@apollo/utils.fetcher';
import type { Viewer } from '@collexis/platform/graphql';
import type { SubgraphIdentity } from './identity';
import { isPassedThrough } from './read-response';
import type { SubgraphHttpResponse, SubgraphTransport } from './transport';

/** The context the gateway gives each operation; the stock executor hands it to every data source. */
export interface GatewayContext {
  viewer: Viewer;
}

/**
 * A transport's answer as a fetch Response, with the gateway's 400 pass-through (decision 0012): a 400 whose
 * body is a GraphQL result becomes a 200, which @apollo/gateway would otherwise hide behind
 * INTERNAL_SERVER_ERROR. Its `url` is the subgraph's name, so no error the stock data source builds from it
 * carries the subgraph's address.
 */
function toFetchResponse(response: SubgraphHttpResponse): Response {
  const fetched = new Response(response.body, {
    status: isPassedThrough(response) ? 200 : response.status,
    statusText: response.statusText,
    headers: response.contentType ? { 'content-type': response.contentType } : {},
  });
  // A constructed Response has no URL of its own; the stock data source reports this one in its errors.
  Object.defineProperty(fetched, 'url', { value: response.subgraph });
  return fetched;
}

/** The fetcher of a stock data source for one subgraph, sending through the given transport. */
function transportFetcher(send: SubgraphTransport, subgraph: string): Fetcher {
  return async (_url, init) => {
    const body = typeof init?.body === 'string' ? init.body : '';
    return toFetchResponse(await send(subgraph, body, init?.headers ?? {}));
  };
}

/**
 * @apollo/gateway's data source over the gateway's subgraph client, with the caller's identity attached by
 * the client's one function: what the stock executor, the subscription engine's follow-up fetches and
 * composition from running subgraphs use.
 */
class SubgraphDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  constructor(
    private readonly subgraph: string,
    private readonly identity: SubgraphIdentity,
    config: ConstructorParameters<typeof RemoteGraphQLDataSource<GatewayContext>>[0],
  ) {
    super(config);
  }

  override async willSendRequest({ request, context }: GraphQLDataSourceProcessOptions<GatewayContext>) {
    const viewer = 'viewer' in context ? context.viewer : undefined;
    for (const [name, value] of Object.entries(await this.identity.headers(this.subgraph, viewer))) {
      request.http?.headers.set(name, value);
    }
  }
}

/** A data source for one subgraph that sends through `send` (the client, or the differential's replay). */
export function createSubgraphDataSource(
  send: SubgraphTransport,
  identity: SubgraphIdentity,
  subgraph: string,
  url: string,
): SubgraphDataSource {
  return new SubgraphDataSource(subgraph, identity, { url, fetcher: transportFetcher(send, subgraph) });
}
