import { buildOperationContext, executeQueryPlan, type GraphQLDataSource } from '@apollo/gateway';
import type {
  GatewayExecutionResult,
  GatewayExecutor,
  GatewayGraphQLRequestContext,
} from '@apollo/server-gateway-interface';
import type { Fetcher } from '@apollo/utils.fetcher';
import { GraphQLError } from 'graphql';
import { variableErrors } from './collexis-executor';
import type { OperationCompiler } from './compiled-operation';
import type { SubgraphHttpResponse, SubgraphTransport } from './subgraph-transport';

/** One subgraph request our executor made and what came back (or why nothing did). */
interface Exchange {
  url: string;
  request: string;
  outcome: { response: SubgraphHttpResponse } | { error: Error };
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
  return async (url, body, headers) => {
    try {
      const response = await transport(url, body, headers);
      exchanges.push({ url, request: canonicalRequest(body), outcome: { response } });
      return response;
    } catch (error) {
      const failure = error instanceof Error ? error : new Error(String(error));
      exchanges.push({ url, request: canonicalRequest(body), outcome: { error: failure } });
      throw error;
    }
  };
}

/** Answers the stock data source's fetches from the recording; a request ours never made is a difference. */
function replayFetcher(exchanges: readonly Exchange[]): Fetcher {
  return async (url, init) => {
    const request = canonicalRequest(typeof init?.body === 'string' ? init.body : '');
    const exchange = exchanges.find((candidate) => candidate.url === url && candidate.request === request);
    if (!exchange) throw new Error(`the stock executor sent a request ours did not: ${url} ${request}`);
    if ('error' in exchange.outcome) throw exchange.outcome.error;
    const { response } = exchange.outcome;
    const replayed = new Response(response.body, {
      status: response.status,
      statusText: response.statusText,
      headers: response.contentType ? { 'content-type': response.contentType } : {},
    });
    Object.defineProperty(replayed, 'url', { value: response.url });
    return replayed;
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
  /** A data source for one subgraph with the given fetcher, as the stock gateway builds them. */
  dataSource: (subgraph: string, fetcher: Fetcher) => GraphQLDataSource;
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
 * @apollo/gateway's executeQueryPlan with the same plan over RemoteGraphQLDataSources that replay the
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
    const fetcher = replayFetcher(exchanges);
    const serviceMap = Object.fromEntries(
      options.subgraphNames.map((name) => [name, options.dataSource(name, fetcher)]),
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
