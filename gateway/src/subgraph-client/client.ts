import { STATUS_CODES } from 'node:http';
import { Agent } from 'undici';

/** What one subgraph answered over HTTP, before it is read as GraphQL. */
export interface SubgraphHttpResponse {
  url: string;
  status: number;
  statusText: string;
  contentType: string | null;
  body: string;
}

/** One POST of a GraphQL request body to a subgraph. Rejects only when no HTTP response came back. */
export type SubgraphTransport = (
  url: string,
  body: string,
  headers: Record<string, string>,
) => Promise<SubgraphHttpResponse>;

export interface PooledTransport {
  send: SubgraphTransport;
  close(): Promise<void>;
}

/**
 * Subgraph HTTP through undici's pooled keep-alive client: no WHATWG streams and no Request/Response objects
 * per call, which is where the stock data source's fetch spent most of its CPU (docs/decisions/0016).
 */
export function createPooledTransport(
  /** Sockets kept open per subgraph origin. @default 64 */
  connectionsPerOrigin = 64,
): PooledTransport {
  const agent = new Agent({ connections: connectionsPerOrigin, keepAliveTimeout: 30_000 });
  const targets = new Map<string, { origin: string; path: string }>();
  const targetOf = (url: string) => {
    let target = targets.get(url);
    if (!target) {
      const parsed = new URL(url);
      target = { origin: parsed.origin, path: `${parsed.pathname}${parsed.search}` };
      targets.set(url, target);
    }
    return target;
  };
  return {
    async send(url, body, headers) {
      const response = await agent.request({
        ...targetOf(url),
        method: 'POST',
        headers,
        body,
      });
      const contentType = response.headers['content-type'];
      return {
        url,
        status: response.statusCode,
        statusText: STATUS_CODES[response.statusCode] ?? '',
        contentType: typeof contentType === 'string' ? contentType : null,
        body: await response.body.text(),
      };
    },
    close: () => agent.close(),
  };
}
