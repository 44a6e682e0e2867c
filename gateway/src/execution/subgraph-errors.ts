import { ERRORS, errorCodeDef } from '@apollo/federation-internals';
import type { FetchNode, ResponsePath } from '@apollo/query-planner';
import { GraphQLError, type GraphQLErrorExtensions, type GraphQLFormattedError } from 'graphql';
import { isResultMap } from '../result-map';

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
