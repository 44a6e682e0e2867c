import { STATUS_CODES } from 'node:http';
import { currentRequest, failSpan, inClientSpan, requestIdHeader } from '@collexis/platform/observability';
import { Agent, errors as undiciErrors } from 'undici';
import type { FetchOutcome } from '../observability/metrics';
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
  /** Told how long each fetch took and how it ended (the gateway's metrics). @default nothing */
  onFetch?: (subgraph: string, outcome: FetchOutcome, seconds: number) => void;
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
  const onFetch = options.onFetch ?? (() => {});
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
      const started = performance.now();
      const ended = (outcome: FetchOutcome) =>
        onFetch(subgraph, outcome, (performance.now() - started) / 1000);
      // The request id of the client's request, and the trace context when tracing is on, go to every subgraph.
      const requestId = currentRequest()?.requestId;
      const sent: Record<string, string> = requestId
        ? { ...headers, [requestIdHeader]: requestId }
        : { ...headers };
      return inClientSpan(`POST ${subgraph}`, { 'collexis.subgraph': subgraph }, sent, async (span) => {
        try {
          const response = await agent.request({ ...target, method: 'POST', headers: sent, body });
          const contentType = response.headers['content-type'];
          const answer = {
            subgraph,
            status: response.statusCode,
            statusText: STATUS_CODES[response.statusCode] ?? '',
            contentType: typeof contentType === 'string' ? contentType : null,
            body: await response.body.text(),
          };
          const outcome = answer.status < 300 ? 'ok' : 'http_error';
          if (outcome !== 'ok') failSpan(span, `HTTP ${answer.status}`);
          ended(outcome);
          return answer;
        } catch (error) {
          const code = failureCode(error);
          failSpan(span, code);
          ended(code === SubgraphFailureCode.Timeout ? 'timeout' : 'unavailable');
          return failedFetchResponse(subgraph, body, code, timeoutMs);
        }
      });
    },
    close: () => agent.close(),
  };
}
