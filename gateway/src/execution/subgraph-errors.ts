import { ERRORS, errorCodeDef } from '@apollo/federation-internals';
import type { FetchNode, ResponsePath } from '@apollo/query-planner';
import { ErrorCode } from '@collexis/platform/graphql';
import type { Logger } from '@collexis/platform/observability';
import { GraphQLError, type GraphQLErrorExtensions, type GraphQLFormattedError } from 'graphql';
import { isResultMap } from '../result-map';
import type { SubgraphEndpoints } from '../subgraph-client';

/** Where a fetch's results land in the response: the flatten path and the data gathered so far. */
export interface FetchCursor {
  path: ResponsePath;
  fullResult: Record<string, unknown>;
}

/**
 * The concrete response paths a flatten path covers, e.g. `['loans', '@']` over two loans gives
 * `['loans', 0]` and `['loans', 1]`; entity i of an `_entities` fetch is at the i-th of them.
 */
function hydratedPaths(parent: ResponsePath, path: ResponsePath, data: unknown, into: ResponsePath[]): void {
  if (data === null || data === undefined) return;
  const [head, ...rest] = path;
  if (head === undefined) {
    into.push([...parent]);
  } else if (head === '@') {
    if (!Array.isArray(data)) throw new Error('expected array when encountering `@`');
    for (const [index, value] of data.entries()) hydratedPaths([...parent, index], rest, value, into);
  } else if (Array.isArray(data)) {
    for (const [index, value] of data.entries()) hydratedPaths([...parent, index], path, value, into);
  } else if (isResultMap(data) && typeof head === 'string' && Object.hasOwn(data, head)) {
    hydratedPaths([...parent, head], rest, data[head], into);
  }
}

/** Rewrites a subgraph error's path into the client's response, computing the entity paths only when needed. */
function errorPathRewriter(fetch: FetchNode, cursor: FetchCursor) {
  let entityPaths: ResponsePath[] | undefined;
  return (errorPath: readonly (string | number)[] | undefined): ResponsePath | undefined => {
    const entityIndex = errorPath?.[1];
    if (fetch.requires && errorPath && typeof entityIndex === 'number') {
      if (!entityPaths) {
        entityPaths = [];
        hydratedPaths([], cursor.path, cursor.fullResult, entityPaths);
      }
      return [...(entityPaths[entityIndex] ?? []), ...errorPath.slice(2)];
    }
    return errorPath ? [...cursor.path, ...errorPath] : undefined;
  };
}

/** The client-facing errors of one subgraph response, coded and placed as @apollo/gateway places them. */
export function downstreamErrors(
  errors: readonly GraphQLFormattedError[],
  fetch: FetchNode,
  cursor: FetchCursor,
): GraphQLError[] {
  const rewritePath = errorPathRewriter(fetch, cursor);
  return errors.map((error) => {
    const message = error.message || `Error while fetching subquery from service "${fetch.serviceName}"`;
    const extensions: GraphQLErrorExtensions = { ...error.extensions, serviceName: fetch.serviceName };
    const options = { path: rewritePath(error.path), extensions };
    const codeDefinition = errorCodeDef(error);
    if (!codeDefinition && error.extensions?.code) return new GraphQLError(message, options);
    return (codeDefinition ?? ERRORS.DOWNSTREAM_SERVICE_ERROR).err(message, options);
  });
}

/** `extensions.code` of a subgraph that answered, but not with GraphQL: an HTTP error status or another body. */
const SUBGRAPH_ERROR = 'SUBGRAPH_ERROR';

/** The HTTP failure both executors describe in `extensions.response`, as the stock data source does. */
interface FailedResponse {
  url: string;
  status: number;
  statusText: string;
}

function isFailedResponse(value: unknown): value is FailedResponse {
  return (
    isResultMap(value) &&
    typeof value.url === 'string' &&
    typeof value.status === 'number' &&
    typeof value.statusText === 'string'
  );
}

/** The error and what it wraps (GraphQLError.originalError, Error.cause), outermost first. */
function causes(error: unknown): unknown[] {
  const chain: unknown[] = [];
  for (let current = error; current instanceof Error && chain.length < 10; ) {
    chain.push(current);
    current =
      current instanceof GraphQLError && current.originalError ? current.originalError : current.cause;
  }
  return chain;
}

/** A socket-level failure: Node's system errors (ECONNREFUSED, ETIMEDOUT, ...) and undici's (UND_ERR_...). */
function isUnreachable(error: unknown): boolean {
  return causes(error).some((cause) => {
    const code: unknown = isResultMap(cause) ? cause.code : undefined;
    return typeof code === 'string' && /^(E[A-Z]+|UND_ERR_[A-Z_]+)$/.test(code);
  });
}

/** A 2xx body that is not a GraphQL result, worded alike by both executors, or JSON that does not parse. */
function isNotGraphQL(error: unknown): boolean {
  return causes(error).some(
    (cause) =>
      cause instanceof SyntaxError ||
      (cause instanceof Error && cause.message.startsWith('Expected JSON response body')),
  );
}

const URL_IN_TEXT = /\bhttps?:\/\/[^\s"'<>]+/g;

/**
 * The gateway's `formatError`, the one place every error passes on its way to the client, from either
 * executor (the differential executor compares them before this): a subgraph's HTTP failure, an unreachable
 * subgraph and any internal error lose their URLs, bodies, addresses and messages, which are logged instead,
 * and get a code; a message that still holds a URL has it cut out.
 */
export function clientFacingError(subgraphs: SubgraphEndpoints, logger: Logger) {
  const masked = (
    formatted: GraphQLFormattedError,
    code: string,
    message: string,
    extensions: GraphQLErrorExtensions = {},
  ): GraphQLFormattedError => ({
    message,
    ...(formatted.path ? { path: formatted.path } : {}),
    extensions: { ...extensions, code },
  });
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const response = formatted.extensions?.response;
    const code = formatted.extensions?.code;
    if (isFailedResponse(response)) {
      logger.error(
        { subgraph: response.url || undefined, status: response.status, path: formatted.path },
        'subgraph answered an HTTP error',
      );
      const serviceName = subgraphs.has(response.url) ? response.url : undefined;
      const who = serviceName ? `The ${serviceName} service` : 'A service behind the gateway';
      const keptCode = code === ErrorCode.Unauthenticated || code === ErrorCode.Forbidden ? code : undefined;
      return masked(
        formatted,
        keptCode ?? SUBGRAPH_ERROR,
        `${[who, 'answered HTTP', response.status, response.statusText].filter(Boolean).join(' ')}.`,
        { status: response.status, ...(serviceName ? { serviceName } : {}) },
      );
    }
    if (code !== undefined && code !== 'INTERNAL_SERVER_ERROR') {
      return { ...formatted, message: formatted.message.replace(URL_IN_TEXT, '(internal URL)') };
    }
    logger.error({ err: error, path: formatted.path }, 'internal error');
    const serviceName = formatted.extensions?.serviceName;
    const from = typeof serviceName === 'string' ? { serviceName } : {};
    if (isUnreachable(error)) {
      return masked(
        formatted,
        ErrorCode.ServiceUnavailable,
        'A service behind the gateway is unavailable; try again later.',
      );
    }
    if (isNotGraphQL(error)) {
      return masked(
        formatted,
        SUBGRAPH_ERROR,
        'A service behind the gateway answered with something other than a GraphQL result.',
      );
    }
    return masked(formatted, 'INTERNAL_SERVER_ERROR', 'Internal server error', from);
  };
}
