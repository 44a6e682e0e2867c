import type { FieldSelection } from '@apollo/federation-internals';
import { evaluateCondition, type FetchNode } from '@apollo/query-planner';
import type {
  GatewayExecutionResult,
  GatewayExecutor,
  GatewayGraphQLRequestContext,
} from '@apollo/server-gateway-interface';
import type { Viewer } from '@collexis/platform/graphql';
import {
  type DocumentNode,
  executeSync,
  GraphQLError,
  getVariableValues,
  Kind,
  OperationTypeNode,
  type VariableDefinitionNode,
  visit,
} from 'graphql';
import {
  readSubgraphResponse,
  type SubgraphHttpResponse,
  type SubgraphIdentity,
  type SubgraphTransport,
} from '../subgraph-client';
import type { CompiledOperation, OperationCompiler } from './compiled-operation';
import { executePlan } from './plan-executor';
import { shapeResponse } from './shape-response';

export interface CollexisExecutorOptions {
  compiler: () => OperationCompiler;
  /** Identical query fetches in flight share one HTTP exchange. @default true */
  shareInflight?: boolean;
  /** How subgraphs are reached: the gateway's subgraph client. */
  transport: SubgraphTransport;
  /** Who each fetch is on behalf of: the client's credentials. */
  identity: SubgraphIdentity;
  /** Runs what this executor leaves to the stock one (see CompiledOperation.supported). */
  fallback: GatewayExecutor;
}

/** One request's subgraph headers, and a key for them computed once per request for InflightFetches. */
interface RequestHeaders {
  values: Record<string, string>;
  key: string;
}

/**
 * Identical query fetches in flight at the same time (same subgraph, headers and body) share one HTTP
 * exchange; each caller parses its own copy, because merging mutates what it parses. Mutations never share.
 */
class InflightFetches {
  private readonly pending = new Map<string, Promise<SubgraphHttpResponse>>();

  constructor(private readonly transport: SubgraphTransport) {}

  send(subgraph: string, body: string, headers: RequestHeaders, shareable: boolean) {
    if (!shareable) return this.transport(subgraph, body, headers.values);
    const key = `${subgraph}\n${headers.key}\n${body}`;
    const inflight = this.pending.get(key);
    if (inflight) return inflight;
    const sent = this.transport(subgraph, body, headers.values).finally(() => this.pending.delete(key));
    this.pending.set(key, sent);
    return sent;
  }
}

function introspectionDocument(
  selection: FieldSelection,
  variableDefinitions: readonly VariableDefinitionNode[] | undefined,
): DocumentNode {
  const field = selection.expandFragments().toSelectionNode();
  const used = new Set<string>();
  visit(field, { Variable: ({ name }) => void used.add(name.value) });
  return {
    kind: Kind.DOCUMENT,
    definitions: [
      {
        kind: Kind.OPERATION_DEFINITION,
        operation: OperationTypeNode.QUERY,
        variableDefinitions: variableDefinitions?.filter((definition) =>
          used.has(definition.variable.name.value),
        ),
        selectionSet: { kind: Kind.SELECTION_SET, selections: [field] },
      },
    ],
  };
}

/** The request's variables checked against the operation, as the stock gateway checks them before planning. */
export function variableErrors(
  compiler: OperationCompiler,
  requestContext: GatewayGraphQLRequestContext,
): readonly GraphQLError[] | undefined {
  const definitions = requestContext.operation.variableDefinitions;
  if (!definitions) return undefined;
  return getVariableValues(
    compiler.planning.apiGraphQLSchema,
    definitions,
    requestContext.request.variables ?? {},
  ).errors;
}

function errorResult(error: unknown): GatewayExecutionResult {
  if (error instanceof GraphQLError) return { errors: [error] };
  if (error instanceof Error) return { errors: [new GraphQLError(error.message, { originalError: error })] };
  return { errors: [new GraphQLError('Unexpected error during query plan execution')] };
}

/**
 * The gateway's own executor of cached query plans (decision 0016): plans and shaping compiled once per
 * operation, subgraph HTTP over a pooled keep-alive client, identical in-flight query fetches shared.
 * Its responses equal @apollo/gateway's for the same plan, errors and paths included; the differential
 * executor proves it on every operation the tests send.
 */
export function createCollexisExecutor(options: CollexisExecutorOptions): GatewayExecutor {
  const inflight = new InflightFetches(options.transport);
  const shareInflight = options.shareInflight ?? true;
  return async (requestContext: GatewayGraphQLRequestContext): Promise<GatewayExecutionResult> => {
    const { request, document, queryHash } = requestContext;
    const compiler = options.compiler();
    const invalid = variableErrors(compiler, requestContext);
    if (invalid) return { errors: invalid };
    const compiled = compiler.compile(queryHash, document, request.operationName);
    if (compiled.plan.node?.kind === 'Subscription') {
      throw new Error('Execution of subscriptions not supported by gateway');
    }
    if (!compiled.supported) return options.fallback(requestContext);
    return execute(compiled, compiler, requestContext);
  };

  async function execute(
    compiled: CompiledOperation,
    compiler: OperationCompiler,
    requestContext: GatewayGraphQLRequestContext,
  ): Promise<GatewayExecutionResult> {
    const variables = requestContext.request.variables ?? {};
    const viewer: Viewer | undefined = requestContext.context.viewer;
    const headersBySubgraph = new Map<string, Promise<RequestHeaders>>();
    const headersFor = (subgraph: string) => {
      let headers = headersBySubgraph.get(subgraph);
      if (!headers) {
        headers = options.identity
          .headers(subgraph, viewer)
          .then((values) => ({ values, key: JSON.stringify(values) }));
        headersBySubgraph.set(subgraph, headers);
      }
      return headers;
    };
    const send = async (fetch: FetchNode, fetchVariables: Record<string, unknown>) => {
      const headers = await headersFor(fetch.serviceName);
      const body = JSON.stringify({
        query: fetch.operation,
        variables: fetchVariables,
        operationName: fetch.operationName,
      });
      const shareable = shareInflight && fetch.operationKind === OperationTypeNode.QUERY;
      return readSubgraphResponse(await inflight.send(fetch.serviceName, body, headers, shareable));
    };
    const { data, errors } = await executePlan(
      {
        supergraphSchema: compiler.planning.supergraphSchema,
        variables,
        condition: (variable) =>
          evaluateCondition(
            { kind: 'Condition', condition: variable },
            compiled.operation.variableDefinitions,
            variables,
          ),
        send,
      },
      compiled.root,
    );
    const definitions = requestContext.operation.variableDefinitions;
    try {
      const shaped = shapeResponse(compiled.shape, data, variables, (selection) => {
        const result = executeSync({
          schema: compiler.planning.apiGraphQLSchema,
          document: introspectionDocument(selection, definitions),
          rootValue: {},
          variableValues: variables,
        });
        const responseName = selection.element.responseName();
        return result.data && Object.hasOwn(result.data, responseName)
          ? result.data[responseName]
          : undefined;
      });
      if (errors.length === 0 && shaped.errors.length > 0) {
        return { extensions: { valueCompletion: shaped.errors }, data: shaped.data };
      }
      return errors.length === 0 ? { data: shaped.data } : { errors, data: shaped.data };
    } catch (error) {
      return errorResult(error);
    }
  }
}
