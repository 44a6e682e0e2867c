import type { FetchNode, PlanNode, ResponsePath } from '@apollo/query-planner';
import { GraphQLError, type GraphQLSchema } from 'graphql';
import { isResultMap, type ResultMap } from '../result-map';
import type { SubgraphResult } from '../subgraph-client';
import { deepMerge } from './deep-merge';
import { representationOf } from './entity-representations';
import { downstreamErrors } from './subgraph-errors';

/** Sends one fetch of the plan to its subgraph and reads the answer. */
export type SendFetch = (fetch: FetchNode, variables: Record<string, unknown>) => Promise<SubgraphResult>;

export interface PlanExecution {
  supergraphSchema: GraphQLSchema;
  /** The request's variables as the client sent them. */
  variables: Record<string, unknown>;
  /** Decides a `Condition` node (@skip/@include on a variable). */
  condition(variable: string): boolean;
  send: SendFetch;
}

interface Cursor {
  path: ResponsePath;
  data: ResultMap | unknown[];
  fullResult: ResultMap;
}

/** Every non-null value under `path` (`@` steps into each list element), as @apollo/gateway flattens. */
function flattenAt(value: unknown, path: ResponsePath): unknown {
  if (path.length === 0 || value === null || value === undefined) return value;
  const [head, ...rest] = path;
  if (head === '@') {
    if (!Array.isArray(value)) throw new Error('Unexpected non-list value in result for path element @');
    return value.flatMap((element) => flattenAt(element, rest));
  }
  if (typeof head !== 'string') throw new Error(`Unexpected ${typeof head} found in path`);
  if (!isResultMap(value)) throw new Error(`Unexpected array in result for path element ${head}`);
  return flattenAt(Object.hasOwn(value, head) ? value[head] : undefined, rest);
}

function moveInto(cursor: Cursor, path: ResponsePath): Cursor | undefined {
  const data = flattenAt(cursor.data, path);
  if (!isResultMap(data) && !Array.isArray(data)) return undefined;
  return { path: [...cursor.path, ...path], data, fullResult: cursor.fullResult };
}

function usedVariables(fetch: FetchNode, provided: Record<string, unknown>): Record<string, unknown> {
  const variables: Record<string, unknown> = {};
  for (const name of fetch.variableUsages ?? []) {
    if (Object.hasOwn(provided, name) && provided[name] !== undefined) variables[name] = provided[name];
  }
  return variables;
}

/** What Apollo Server would make of a thrown value: a GraphQLError as is, anything else wrapped. */
function toGraphQLError(error: unknown): GraphQLError {
  if (error instanceof GraphQLError) return error;
  if (error instanceof Error) return new GraphQLError(error.message, { originalError: error });
  return new GraphQLError(String(error));
}

async function executeFetch(
  execution: PlanExecution,
  fetch: FetchNode,
  cursor: Cursor,
  errors: GraphQLError[],
): Promise<void> {
  const entities = Array.isArray(cursor.data) ? cursor.data.filter(isResultMap) : [cursor.data];
  if (entities.length === 0) return;
  const variables = usedVariables(fetch, execution.variables);
  const requires = fetch.requires;
  if (!requires) {
    const result = await execution.send(fetch, variables);
    if (result.errors) errors.push(...downstreamErrors(result.errors, fetch, cursor));
    for (const entity of entities) deepMerge(entity, result.data);
    return;
  }
  const representations: ResultMap[] = [];
  const owners: ResultMap[] = [];
  for (const entity of entities) {
    const representation = representationOf(execution.supergraphSchema, entity, requires);
    if (representation?.__typename) {
      representations.push(representation);
      owners.push(entity);
    }
  }
  if (representations.length === 0) return;
  if ('representations' in variables) throw new Error('Variables cannot contain key "representations"');
  const result = await execution.send(fetch, { ...variables, representations });
  if (result.errors) errors.push(...downstreamErrors(result.errors, fetch, cursor));
  if (!result.data) return;
  const received = result.data._entities;
  if (!Array.isArray(received)) throw new Error('Expected "data._entities" in response to be an array');
  if (received.length !== representations.length) {
    throw new Error(`Expected "data._entities" to contain ${representations.length} elements`);
  }
  owners.forEach((owner, index) => {
    const entity = received[index];
    if (isResultMap(entity) && !entity.__typename) entity.__typename = owner.__typename;
    deepMerge(owner, entity);
  });
}

async function executeNode(
  execution: PlanExecution,
  node: PlanNode,
  cursor: Cursor | undefined,
  errors: GraphQLError[],
): Promise<void> {
  if (!cursor) return;
  switch (node.kind) {
    case 'Sequence':
      for (const child of node.nodes) await executeNode(execution, child, cursor, errors);
      return;
    case 'Parallel':
      await Promise.all(node.nodes.map((child) => executeNode(execution, child, cursor, errors)));
      return;
    case 'Flatten':
      return executeNode(execution, node.node, moveInto(cursor, node.path), errors);
    case 'Fetch':
      try {
        await executeFetch(execution, node, cursor, errors);
      } catch (error) {
        errors.push(toGraphQLError(error));
      }
      return;
    case 'Condition': {
      const branch = execution.condition(node.condition) ? node.ifClause : node.elseClause;
      if (branch) await executeNode(execution, branch, cursor, errors);
      return;
    }
    case 'Defer':
      throw new Error('@defer support is not available in the gateway');
  }
}

/**
 * Runs a cached query plan: fetches in the plan's order (sequences one after another, parallel branches
 * together), each entity fetch fed by the representations of what earlier fetches returned. Returns the
 * merged data, not yet shaped to the operation, and the subgraphs' errors placed at their response paths.
 */
export async function executePlan(
  execution: PlanExecution,
  root: PlanNode | undefined,
): Promise<{ data: ResultMap; errors: GraphQLError[] }> {
  const data: ResultMap = {};
  const errors: GraphQLError[] = [];
  if (root) await executeNode(execution, root, { path: [], data, fullResult: data }, errors);
  return { data, errors };
}
