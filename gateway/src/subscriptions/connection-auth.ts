import { authenticate, connectionToken, type TokenVerifier, type Viewer } from '@collexis/platform/graphql';
import type { Context } from 'graphql-ws';
import type { Extra } from 'graphql-ws/use/ws';
import type { WebSocket } from 'ws';
import { GatewayCloseCode } from './close-codes';

/** A reason fits a WebSocket close frame (123 bytes). */
const closeReason = (text: string) => text.slice(0, 120);

/**
 * Who is on each graphql-ws connection: verified once, at connection_init, from `authorization` in its
 * payload; a socket without a valid token is closed with 4401, and one whose token expires is closed then
 * with 4403 "token expired", so the client reconnects with a new token and resumes from its cursor.
 */
export class ConnectionCallers {
  private readonly callers = new WeakMap<WebSocket, Viewer>();

  constructor(private readonly verifier: TokenVerifier) {}

  /** graphql-ws's onConnect: false refuses the connection (its socket is already being closed). */
  readonly onConnect = async (ctx: Context<Record<string, unknown>, Extra>): Promise<boolean> => {
    const { socket } = ctx.extra;
    try {
      const viewer = await authenticate(this.verifier, connectionToken(ctx.connectionParams));
      this.callers.set(socket, viewer);
      if (viewer.expiresAt) this.closeAtExpiry(socket, viewer.expiresAt);
      return true;
    } catch (error) {
      socket.close(
        GatewayCloseCode.Unauthorized,
        closeReason(error instanceof Error ? error.message : 'Unauthorized'),
      );
      return false;
    }
  };

  /** The verified caller of a connection that onConnect accepted. */
  callerOf(socket: WebSocket): Viewer {
    const viewer = this.callers.get(socket);
    if (!viewer) throw new Error('a subscription on a connection that was not authenticated');
    return viewer;
  }

  private closeAtExpiry(socket: WebSocket, expiresAt: Date) {
    const timer = setTimeout(
      () => socket.close(GatewayCloseCode.TokenExpired, 'token expired: reconnect with a new token'),
      Math.max(0, expiresAt.getTime() - Date.now()),
    );
    timer.unref();
    socket.once('close', () => clearTimeout(timer));
  }
}
