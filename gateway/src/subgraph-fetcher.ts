import type { Fetcher } from '@apollo/utils.fetcher';

function isGraphQLErrorBody(body: string): boolean {
  try {
    const parsed: unknown = JSON.parse(body);
    return typeof parsed === 'object' && parsed !== null && Array.isArray(Reflect.get(parsed, 'errors'));
  } catch {
    return false;
  }
}

/**
 * Subgraph HTTP through Node's pooled keep-alive fetch (undici). A subgraph answers a variable it cannot
 * coerce (a malformed Decimal or Date) with HTTP 400 and a well-formed GraphQL body; @apollo/gateway would
 * hide that behind INTERNAL_SERVER_ERROR, so such a response is handed on as the GraphQL result it is, and
 * the client sees the subgraph's BAD_USER_INPUT with its field.
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
