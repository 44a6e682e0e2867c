/**
 * The split floor over plain node:http: each process verifies the access token, reads its JSON body, answers
 * with JSON. What four processes cost when nothing but HTTP, JSON and SQL runs in them.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { TokenVerifier } from '@collexis/platform/graphql';
import { bearerToken } from '@collexis/platform/graphql';
import { createServer, listen, RequestError, type RunningServer, readBody } from '@collexis/platform/http';
import { CUSTOMER_360 } from '../scenarios';
import { customer360, type StartFront } from './front';
import { partClient, plainProtocol } from './part-client';
import { type PartInput, readPart, type StartPart } from './parts';

const MAX_BODY_BYTES = 1024 * 1024;

/** The request's body as a JSON object, or a 400. */
async function readJson(request: IncomingMessage): Promise<Record<string, unknown>> {
  const raw = await readBody(request, MAX_BODY_BYTES);
  try {
    const body: unknown = JSON.parse(raw);
    if (typeof body === 'object' && body !== null) return body as Record<string, unknown>;
  } catch {}
  throw new RequestError(400, 'The body is not a JSON object.', { code: 'BAD_REQUEST' });
}

function send(response: ServerResponse, status: number, json: unknown) {
  const text = JSON.stringify(json);
  response.writeHead(status, {
    'content-type': 'application/json',
    'content-length': Buffer.byteLength(text),
  });
  response.end(text);
}

/** One plain process: `answer` gets the verified request's JSON body and returns the JSON to send. */
async function startPlain(
  port: number,
  verifier: TokenVerifier,
  answer: (body: Record<string, unknown>, request: IncomingMessage) => Promise<unknown>,
  onStop: () => Promise<void>,
): Promise<RunningServer> {
  const server = createServer(async (request, response) => {
    try {
      await verifier.verify(bearerToken(request)).catch(() => {
        throw new RequestError(401, 'Sign in.', { code: 'UNAUTHENTICATED' });
      });
      send(response, 200, await answer(await readJson(request), request));
    } catch (error) {
      const refused =
        error instanceof RequestError
          ? error
          : new RequestError(500, 'Internal server error', { code: 'INTERNAL_SERVER_ERROR' });
      send(response, refused.status, {
        errors: [{ message: refused.message, extensions: refused.extensions }],
      });
    }
  });
  const listening = await listen(server, port);
  return {
    url: listening.url,
    port: listening.port,
    stop: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await onStop();
    },
  };
}

export const startPlainPart: StartPart = (name, port, verifier, sql, onStop) =>
  startPlain(port, verifier, (body) => readPart(name, sql, body as PartInput), onStop);

/** The plain front answers only the bench's Customer 360 query, as `{ data: { customer } }`. */
export const startPlainFront: StartFront = (port, verifier, parts) => {
  const client = partClient(parts, plainProtocol);
  return startPlain(
    port,
    verifier,
    async (body, request) => {
      const variables = body.variables as Record<string, unknown> | undefined;
      if (body.query !== CUSTOMER_360 || typeof variables?.cif !== 'string') {
        throw new RequestError(400, "Only the bench's Customer 360 query is served here.", {
          code: 'BAD_REQUEST',
        });
      }
      return {
        data: {
          customer: await customer360(variables.cif, client.caller(String(request.headers.authorization))),
        },
      };
    },
    async () => client.close(),
  );
};
