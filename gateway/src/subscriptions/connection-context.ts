import type { Viewer } from '@collexis/platform/graphql';
import type { Context } from 'graphql-ws';
import type { Extra } from 'graphql-ws/use/ws';
import { WebSocket } from 'ws';
import type { ClientSocket } from './client-stream';

/** What the subscription engine knows of one client subscription. */
export interface SubscriptionContext {
  viewer: Viewer;
  /** The client's connection parameters, handed on to the upstream subscription. */
  connectionParams: Record<string, unknown>;
  /** Closes this client's socket (every subscription on it). */
  closeSocket: (code: number, reason: string) => void;
  /** The client's socket, which the stream writes this subscription's results to. */
  socket: ClientSocket;
  /** The id the client gave this subscription. */
  subscriptionId: string;
  [key: string]: unknown;
}

/** A client's graphql-ws connection, as graphql-ws hands it to the server's hooks. */
export type ConnectionContext = Context<Record<string, unknown>, Extra>;

/** The context graphql-ws builds for one subscription: its caller and its socket. */
export function connectionContext(
  ctx: ConnectionContext,
  subscriptionId: string,
  viewer: Viewer,
): SubscriptionContext {
  const { socket, request } = ctx.extra;
  return {
    viewer,
    connectionParams: ctx.connectionParams ?? {},
    closeSocket: (code, reason) => socket.close(code, reason),
    socket: {
      send: (message, sent) => socket.send(message, sent),
      isOpen: () => socket.readyState === WebSocket.OPEN,
      // The upgraded request's TCP socket is the one the WebSocket writes to.
      cork: () => request.socket.cork(),
      uncork: () => request.socket.uncork(),
    },
    subscriptionId,
  };
}

export function isSubscriptionContext(value: unknown): value is SubscriptionContext {
  return (
    typeof value === 'object' &&
    value !== null &&
    'viewer' in value &&
    'closeSocket' in value &&
    'socket' in value &&
    'subscriptionId' in value
  );
}
