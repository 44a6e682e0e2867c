import { buildOperationContext, executeQueryPlan, type GraphQLDataSource } from '@apollo/gateway';
import type {
  GatewayExecutionResult,
  GatewayExecutor,
  GatewayGraphQLRequestContext,
} from '@apollo/server-gateway-interface';
import { GraphQLError } from 'graphql';
import type { SubgraphHttpResponse, SubgraphTransport } from '../subgraph-client';
import { variableErrors } from './collexis-executor';
import type { OperationCompiler } from './compiled-operation';

/** One subgraph request our executor made and what came back. */
interface Exchange {
  subgraph: string;
  request: string;
  response: SubgraphHttpResponse;
}

/** A subgraph request body with its variables' key order removed from the comparison. */
function canonicalRequest(body: string): string {
  const sortKeys = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(sortKeys);
    if (typeof value !== 'object' || value === null) return value;
    return Object.fromEntries(
      Object.keys(value)
        .sort()
        .map((key) => [key, sortKeys(Reflect.get(value, key))]),
    );
  };
  return JSON.stringify(sortKeys(JSON.parse(body)));
}

function recordingTransport(transport: SubgraphTransport, exchanges: Exchange[]): SubgraphTransport {
  return async (subgraph, body, headers) => {
    const response = await transport(subgraph, body, headers);
    exchanges.push({ subgraph, request: canonicalRequest(body), response });
    return response;
  };
}

/** Answers the stock data sources' fetches from the recording; a request ours never made is a difference. */
function replayTransport(exchanges: readonly Exchange[]): SubgraphTransport {
  return async (subgraph, body) => {
    const request = canonicalRequest(body);
    const exchange = exchanges.find(
      (candidate) => candidate.subgraph === subgraph && candidate.request === request,
    );
    if (!exchange) throw new Error(`the stock executor sent a request ours did not: ${subgraph} ${request}`);
    return exchange.response;
  };
}

/** The response as a client receives it, for comparison: errors as their JSON form. */
function observable(result: GatewayExecutionResult): string {
  return JSON.stringify({
    data: result.data,
    errors: result.errors?.map((error) =>
      error instanceof GraphQLError ? error.toJSON() : { message: String(Reflect.get(error, 'message')) },
    ),
    extensions: result.extensions,
  });
}

export interface DifferentialOptions {
  compiler: () => OperationCompiler;
  /** Our executor, built over the transport it is given. */
  ours: (transport: SubgraphTransport) => GatewayExecutor;
  transport: SubgraphTransport;
  /** A data source for one subgraph sending through the given transport, as the stock gateway's are built. */
  dataSource: (subgraph: string, send: SubgraphTransport) => GraphQLDataSource;
  subgraphNames: readonly string[];
  /** Told about every difference found. */
  onMismatch: (mismatch: ExecutorMismatch) => void;
}

export interface ExecutorMismatch {
  operationName: string | null;
  query: string;
  variables: Record<string, unknown> | undefined;
  ours: string;
  stock: string;
}

/**
 * Runs every request through our executor for real, recording each subgraph exchange, then through
 * @apollo/gateway's executeQueryPlan with the same plan over its RemoteGraphQLDataSources replaying the
 * recording, so mutations run once. A difference in data, errors, paths or extensions is reported and
 * the client gets an EXECUTOR_MISMATCH error instead of an answer, so no test can pass over it.
 */
export function createDifferentialExecutor(options: DifferentialOptions): GatewayExecutor {
  return async (requestContext: GatewayGraphQLRequestContext) => {
    const compiled = options
      .compiler()
      .compile(requestContext.queryHash, requestContext.document, requestContext.request.operationName);
    // What ours hands to the stock executor anyway has nothing to compare.
    if (!compiled.supported) return options.ours(options.transport)(requestContext);
    const exchanges: Exchange[] = [];
    const ours = await options.ours(recordingTransport(options.transport, exchanges))(requestContext);
    const stock = await stockOver(requestContext, exchanges);
    const oursSeen = observable(ours);
    const stockSeen = observable(stock);
    if (oursSeen === stockSeen) return ours;
    const mismatch: ExecutorMismatch = {
      operationName: requestContext.operationName,
      query: requestContext.source,
      variables: requestContext.request.variables,
      ours: oursSeen,
      stock: stockSeen,
    };
    options.onMismatch(mismatch);
    return {
      errors: [
        new GraphQLError('our executor and the stock executor answered this operation differently', {
          extensions: { code: 'EXECUTOR_MISMATCH', ours: oursSeen, stock: stockSeen },
        }),
      ],
    };
  };

  async function stockOver(
    requestContext: GatewayGraphQLRequestContext,
    exchanges: readonly Exchange[],
  ): Promise<GatewayExecutionResult> {
    const compiler = options.compiler();
    const invalid = variableErrors(compiler, requestContext);
    if (invalid) return { errors: invalid };
    const operationContext = buildOperationContext({
      schema: compiler.planning.apiGraphQLSchema,
      operationDocument: requestContext.document,
      operationName: requestContext.request.operationName,
    });
    const replay = replayTransport(exchanges);
    const serviceMap = Object.fromEntries(
      options.subgraphNames.map((name) => [name, options.dataSource(name, replay)]),
    );
    const compiled = compiler.compile(
      requestContext.queryHash,
      requestContext.document,
      requestContext.request.operationName,
    );
    return executeQueryPlan(
      compiled.plan,
      serviceMap,
      requestContext,
      operationContext,
      compiler.planning.supergraphSchema,
      compiler.planning.apiSchema,
    );
  }
}
