import {
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLFormattedError,
  Kind,
  type OperationDefinitionNode,
  parse,
  type SelectionSetNode,
} from 'graphql';
import { isResultMap } from '../result-map';
import type { SubgraphHttpResponse } from './transport';

/** Codes of the errors the gateway answers with when a subgraph gives no answer. */
export const SubgraphFailureCode = {
  /** The subgraph could not be reached (refused, reset, unknown host). */
  Unavailable: 'SERVICE_UNAVAILABLE',
  /** The subgraph did not answer within the gateway's subgraph timeout. */
  Timeout: 'SUBGRAPH_TIMEOUT',
} as const;
export type SubgraphFailureCode = (typeof SubgraphFailureCode)[keyof typeof SubgraphFailureCode];

function failureMessage(subgraph: string, code: SubgraphFailureCode, timeoutMs: number): string {
  return code === SubgraphFailureCode.Timeout
    ? `the ${subgraph} subgraph did not answer within ${timeoutMs} ms; a write it was sent may or may not have been applied`
    : `the ${subgraph} subgraph is unavailable`;
}

/** Response names of the fields a selection set asks of an object of `typename` (fragments expanded). */
function fieldNames(
  selectionSet: SelectionSetNode,
  typename: string | undefined,
  fragments: ReadonlyMap<string, FragmentDefinitionNode>,
  into: Set<string>,
): Set<string> {
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) {
      if (selection.name.value !== '__typename') into.add(selection.alias?.value ?? selection.name.value);
      continue;
    }
    const fragment =
      selection.kind === Kind.FRAGMENT_SPREAD ? fragments.get(selection.name.value) : selection;
    const condition = fragment?.typeCondition?.name.value;
    if (fragment && (!condition || !typename || condition === typename)) {
      fieldNames(fragment.selectionSet, typename, fragments, into);
    }
  }
  return into;
}

/**
 * The paths, as the subgraph would have written them, of everything the fetch asked for: each root field;
 * for an entity fetch, each field asked of each representation (`_entities.<i>.<field>`), or the entity
 * itself when no field applies to its type. The executors move them to the client's response paths.
 */
function requestedPaths(document: DocumentNode, variables: unknown): (string | number)[][] {
  const operation = document.definitions.find(
    (definition): definition is OperationDefinitionNode => definition.kind === Kind.OPERATION_DEFINITION,
  );
  if (!operation) return [];
  const fragments = new Map(
    document.definitions
      .filter((definition) => definition.kind === Kind.FRAGMENT_DEFINITION)
      .map((definition) => [definition.name.value, definition]),
  );
  const [root] = operation.selectionSet.selections;
  const representations = isResultMap(variables) ? variables.representations : undefined;
  if (root?.kind !== Kind.FIELD || root.name.value !== '_entities' || !Array.isArray(representations)) {
    return [...fieldNames(operation.selectionSet, undefined, fragments, new Set())].map((name) => [name]);
  }
  const entityFields = new Map<string | undefined, string[]>();
  return representations.flatMap((representation: unknown, index) => {
    const typename =
      isResultMap(representation) && typeof representation.__typename === 'string'
        ? representation.__typename
        : undefined;
    let names = entityFields.get(typename);
    if (!names) {
      names = root.selectionSet ? [...fieldNames(root.selectionSet, typename, fragments, new Set())] : [];
      entityFields.set(typename, names);
    }
    if (names.length === 0) return [['_entities', index]];
    return names.map((name) => ['_entities', index, name]);
  });
}

/** The fetch's request as sent, or nothing to place errors by when it cannot be read. */
function readRequest(body: string): { document: DocumentNode; variables: unknown } | null {
  try {
    const request: unknown = JSON.parse(body);
    if (!isResultMap(request) || typeof request.query !== 'string') return null;
    return { document: parse(request.query), variables: request.variables };
  } catch {
    return null;
  }
}

/**
 * What the gateway answers on behalf of a subgraph that gave no answer: a GraphQL result with no data and one
 * coded error at each path the fetch asked for, so that both executors null exactly those fields and keep
 * the rest of the response. The message names the subgraph, never its address.
 */
export function failedFetchResponse(
  subgraph: string,
  requestBody: string,
  code: SubgraphFailureCode,
  timeoutMs: number,
): SubgraphHttpResponse {
  const message = failureMessage(subgraph, code, timeoutMs);
  const request = readRequest(requestBody);
  const paths = request ? requestedPaths(request.document, request.variables) : [];
  const errors: GraphQLFormattedError[] =
    paths.length > 0
      ? paths.map((path) => ({ message, path, extensions: { code } }))
      : [{ message, extensions: { code } }];
  return {
    subgraph,
    status: 200,
    statusText: 'OK',
    contentType: 'application/json',
    body: JSON.stringify({ data: null, errors }),
  };
}
