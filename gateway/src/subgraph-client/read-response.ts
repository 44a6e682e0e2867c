import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { isResultMap } from '../result-map';
import type { SubgraphHttpResponse } from './transport';

/** A subgraph's GraphQL response body. */
export interface SubgraphResult {
  data?: Record<string, unknown> | null;
  errors?: GraphQLFormattedError[];
}

function isJson(contentType: string | null): boolean {
  return (
    contentType !== null &&
    (contentType.startsWith('application/json') ||
      contentType.startsWith('application/graphql-response+json'))
  );
}

function parseBody(response: SubgraphHttpResponse): unknown {
  return isJson(response.contentType) ? JSON.parse(response.body) : response.body;
}

function isGraphQLErrorBody(body: string): boolean {
  try {
    const parsed: unknown = JSON.parse(body);
    return isResultMap(parsed) && Array.isArray(parsed.errors);
  } catch {
    return false;
  }
}

/**
 * Whether a failure status is handed on as the GraphQL result it carries (decision 0012), with either
 * executor: a subgraph answers a variable it cannot coerce (a malformed Decimal or Date) with HTTP 400 and a
 * body of GraphQL errors.
 */
export function isPassedThrough(response: SubgraphHttpResponse): boolean {
  return response.status === 400 && isGraphQLErrorBody(response.body);
}

/**
 * Reads a subgraph's HTTP response as @apollo/gateway's RemoteGraphQLDataSource does, with the gateway's one
 * amendment (decision 0012): a 400 that carries GraphQL errors is a GraphQL result, so the client sees the
 * subgraph's BAD_USER_INPUT. Any other failure status throws the error the stock data source throws.
 */
export function readSubgraphResponse(response: SubgraphHttpResponse): SubgraphResult {
  const body = parseBody(response);
  if ((response.status < 200 || response.status > 299) && !isPassedThrough(response)) {
    throw new GraphQLError(`${response.status}: ${response.statusText}`, {
      extensions: {
        response: {
          // As the stock data source reports it over the client's fetcher, whose Response's URL is the
          // subgraph's name: its address stays inside the gateway.
          url: response.subgraph,
          status: response.status,
          statusText: response.statusText,
          body,
        },
        ...(response.status === 401 ? { code: 'UNAUTHENTICATED' } : {}),
        ...(response.status === 403 ? { code: 'FORBIDDEN' } : {}),
      },
    });
  }
  if (!isResultMap(body)) throw new Error(`Expected JSON response body, but received: ${String(body)}`);
  return body;
}
