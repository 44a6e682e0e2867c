import type { Fetcher } from '@apollo/utils.fetcher';
import { isGraphQLErrorBody } from './execution/subgraph-response';

/**
 * The stock data sources' fetcher with the gateway's 400 pass-through (decision 0012): a 400 whose body is a
 * GraphQL result becomes a 200, which @apollo/gateway would otherwise hide behind INTERNAL_SERVER_ERROR.
 */
export const passingGraphQL400 =
  (fetcher: Fetcher): Fetcher =>
  async (url, init) => {
    const response = await fetcher(url, init);
    if (response.status !== 400) return response;
    const body = await response.text();
    return new Response(body, {
      status: isGraphQLErrorBody(body) ? 200 : 400,
      statusText: response.statusText,
      headers: [...response.headers],
    });
  };

export const subgraphFetcher: Fetcher = passingGraphQL400(fetch);
