import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { type ApolloServer, type BaseContext, HeaderMap } from '@apollo/server';
import { Health } from './health';

/** A started service: where it answers, and how to stop it. */
export interface RunningServer {
  url: string;
  port: number;
  stop(): Promise<void>;
}

export interface GraphQLHttpOptions<TContext extends BaseContext> {
  apollo: ApolloServer<TContext>;
  /** Builds the per-request context (fresh loaders, viewer). */
  context: (req: IncomingMessage) => Promise<TContext>;
  /** Largest accepted request body in bytes; a larger one gets HTTP 413. @default 1048576 */
  maxBodyBytes?: number;
  /** Serves /health/live and /health/ready. @default live, and ready with no checks */
  health?: Health;
}

/** `extensions.code` of a request refused because it goes over a limit (here the body size; the gateway has more). */
export const LimitExceededCode = 'LIMIT_EXCEEDED';

/** A request refused before it reaches Apollo Server, answered as a GraphQL response with a code. */
export class RequestError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly extensions: Readonly<Record<string, unknown>>,
  ) {
    super(message);
  }
}

const bodyTooLarge = (maxBytes: number) =>
  new RequestError(413, `Request body limit of ${maxBytes} bytes exceeded.`, {
    code: LimitExceededCode,
    limit: 'bodyBytes',
    max: maxBytes,
  });

/**
 * The body, refused as soon as it is known to be too large. The rest of a refused body is still read and
 * dropped (within the server's request timeout), so that a client still sending receives the 413 rather
 * than a reset connection.
 */
export async function readBody(req: IncomingMessage, maxBytes: number): Promise<string> {
  const refuse = () => {
    req.resume();
    return bodyTooLarge(maxBytes);
  };
  if (Number(req.headers['content-length']) > maxBytes) throw refuse();
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req.iterator({ destroyOnReturn: false })) {
    size += (chunk as Buffer).length;
    if (size > maxBytes) throw refuse();
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

function parseBody(raw: string, contentType: string | undefined): unknown {
  if (!contentType?.includes('application/json')) return raw;
  if (raw === '') return undefined;
  try {
    return JSON.parse(raw);
  } catch {
    // A SyntaxError, or a RangeError from nesting too deep for the parser: either way the client's fault.
    throw new RequestError(400, 'Request body is not valid JSON.', { code: 'BAD_REQUEST' });
  }
}

function toHeaderMap(req: IncomingMessage): HeaderMap {
  const headers = new HeaderMap();
  for (const [key, value] of Object.entries(req.headers)) {
    if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
  }
  return headers;
}

/**
 * A node:http request handler that serves an Apollo Server on /graphql and the health endpoints beside it.
 * Every answer is `cache-control: no-store` unless the server chose otherwise: answers hold personal data.
 */
export function graphqlRequestHandler<TContext extends BaseContext>(options: GraphQLHttpOptions<TContext>) {
  const maxBodyBytes = options.maxBodyBytes ?? 1_048_576;
  const health = options.health ?? new Health();
  return async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (health.handle(req, res, url.pathname)) return;
    if (url.pathname !== '/graphql') {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('Not found: the graph is served on /graphql');
      return;
    }
    try {
      const body = parseBody(await readBody(req, maxBodyBytes), req.headers['content-type']);
      const response = await options.apollo.executeHTTPGraphQLRequest({
        httpGraphQLRequest: {
          method: req.method ?? 'GET',
          headers: toHeaderMap(req),
          search: url.search,
          body,
        },
        context: () => options.context(req),
      });
      res.setHeader('cache-control', 'no-store');
      for (const [key, value] of response.headers) res.setHeader(key, value);
      res.statusCode = response.status ?? 200;
      if (response.body.kind === 'complete') {
        res.end(response.body.string);
        return;
      }
      for await (const chunk of response.body.asyncIterator) res.write(chunk);
      res.end();
    } catch (error) {
      const refused =
        error instanceof RequestError
          ? error
          : new RequestError(500, 'Internal server error', { code: 'INTERNAL_SERVER_ERROR' });
      if (!res.headersSent) {
        res.writeHead(refused.status, { 'content-type': 'application/json', 'cache-control': 'no-store' });
      }
      res.end(JSON.stringify({ errors: [{ message: refused.message, extensions: refused.extensions }] }));
    }
  };
}

export interface Listening {
  server: Server;
  url: string;
  port: number;
}

/** Listens on the given port (0 for an ephemeral one) and reports the GraphQL URL. */
export async function listen(server: Server, port: number, host = '127.0.0.1'): Promise<Listening> {
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const address = server.address() as AddressInfo;
  return { server, port: address.port, url: `http://${host}:${address.port}/graphql` };
}

export { createServer };
