import { createGraphiQLFetcher, type Fetcher } from '@graphiql/toolkit';
import { GraphQLError } from 'graphql';
import { createClient } from 'graphql-ws';
import { graphqlWebSocketUrl, tokenCommand } from '../shared/token';
import { matchingQueryText } from './matching-query-text';

/** The value of the `Authorization` header the headers editor sets, whatever its case. */
function authorizationOf(headers: Record<string, unknown> | undefined): string | undefined {
  const entry = Object.entries(headers ?? {}).find(([name]) => name.toLowerCase() === 'authorization');
  return typeof entry?.[1] === 'string' ? entry[1] : undefined;
}

/** The answer GraphiQL shows when no token is set, instead of a bare 401. */
const noToken = {
  errors: [
    new GraphQLError(
      `No token yet. Get one with \`${tokenCommand('ANALYST')}\` and put it in the Headers tab as {"Authorization": "Bearer <token>"}.`,
    ),
  ],
};

/**
 * GraphiQL's fetcher for the gateway: queries over HTTP with the headers editor's headers, subscriptions over
 * graphql-ws on the same URL, signed in with the headers editor's `Authorization` in connection_init (a
 * browser cannot set headers on a WebSocket). A new token gets a new socket.
 */
export function gatewayFetcher(): Fetcher {
  const url = new URL('/graphql', window.location.href).href;
  let current: { authorization: string; fetcher: Fetcher; dispose: () => void } | null = null;
  const fetcherFor = (authorization: string) => {
    if (current?.authorization !== authorization) {
      current?.dispose();
      const wsClient = createClient({ url: graphqlWebSocketUrl(), connectionParams: { authorization } });
      current = {
        authorization,
        fetcher: createGraphiQLFetcher({ url, wsClient }),
        dispose: () => void wsClient.dispose(),
      };
    }
    return current.fetcher;
  };
  return (params, options) => {
    const authorization = authorizationOf(options?.headers);
    if (!authorization || !/^Bearer\s+\S+\.\S+\.\S+/i.test(authorization)) return Promise.resolve(noToken);
    return fetcherFor(authorization)(...matchingQueryText(params, options));
  };
}
