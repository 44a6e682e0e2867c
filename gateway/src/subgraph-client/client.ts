import { STATUS_CODES } from 'node:http';
import { Agent, errors as undiciErrors } from 'undici';
import { failedFetchResponse, SubgraphFailureCode } from './failed-fetch';
import type { SubgraphIdentity } from './identity';
import type { SubgraphTransport } from './transport';

/** Where each subgraph answers, by its name in the supergraph (`join__graph(name:)`). */
export type SubgraphEndpoints = ReadonlyMap<string, string>;

export interface SubgraphClientOptions {
  endpoints: SubgraphEndpoints;
  /** Signs the credential every request carries. */
  identity: SubgraphIdentity;
  /**
   * Milliseconds a subgraph may take to connect, to start its answer, or between two parts of its body;
   * past it the fetch is answered with SUBGRAPH_TIMEOUT errors. @default 30000
   */
  timeoutMs?: number;
  /** Sockets kept open per subgraph origin. @default 64 */
  connectionsPerOrigin?: number;
}

/** The gateway's one way to reach a subgraph over HTTP. */
export interface SubgraphClient {
  readonly endpoints: SubgraphEndpoints;
  /** The one place a request gets its caller's credential. */
  readonly identity: SubgraphIdentity;
  readonly timeoutMs: number;
  send: SubgraphTransport;
  /** Closes the pooled sockets; the gateway calls it when it stops. */
  close(): Promise<void>;
}

const timeoutErrors = [
  undiciErrors.ConnectTimeoutError,
  undiciErrors.HeadersTimeoutError,
  undiciErrors.BodyTimeoutError,
];

function failureCode(error: unknown): SubgraphFailureCode {
  return timeoutErrors.some((type) => error instanceof type)
    ? SubgraphFailureCode.Timeout
    : SubgraphFailureCode.Unavailable;
}

/**
 * Subgraph HTTP through one undici pooled keep-alive Agent: no WHATWG streams and no Request/Response objects
 * per call, which is where the stock data source's fetch spent most of its CPU (docs/decisions/0016). A
 * subgraph that cannot be reached or does not answer in time gets a GraphQL answer written on its behalf
 * (failed-fetch.ts), so one subgraph down costs only the fields it serves.
 */
export function createSubgraphClient(options: SubgraphClientOptions): SubgraphClient {
  const timeoutMs = options.timeoutMs ?? 30_000;
  const agent = new Agent({
    connections: options.connectionsPerOrigin ?? 64,
    keepAliveTimeout: 30_000,
    connectTimeout: timeoutMs,
    headersTimeout: timeoutMs,
    bodyTimeout: timeoutMs,
  });
  const targets = new Map<string, { origin: string; path: string }>();
  const targetOf = (subgraph: string) => {
    let target = targets.get(subgraph);
    if (!target) {
      const url = options.endpoints.get(subgraph);
      if (!url) throw new Error(`the supergraph has no subgraph named ${subgraph}`);
      const parsed = new URL(url);
      target = { origin: parsed.origin, path: `${parsed.pathname}${parsed.search}` };
      targets.set(subgraph, target);
    }
    return target;
  };
  return {
    endpoints: options.endpoints,
    identity: options.identity,
    timeoutMs,
    async send(subgraph, body, headers) {
      const target = targetOf(subgraph);
      try {
        const response = await agent.request({ ...target, method: 'POST', headers, body });
        const contentType = response.headers['content-type'];
        return {
          subgraph,
          status: response.statusCode,
          statusText: STATUS_CODES[response.statusCode] ?? '',
          contentType: typeof contentType === 'string' ? contentType : null,
          body: await response.body.text(),
        };
      } catch (error) {
        return failedFetchResponse(subgraph, body, failureCode(error), timeoutMs);
      }
    },
    close: () => agent.close(),
  };
}
