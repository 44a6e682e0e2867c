import type { WebSocket, WebSocketServer } from 'ws';

/** ws's errors for a frame the client got wrong: too large, malformed, bad UTF-8 (`WS_ERR_*`). */
function isClientProtocolError(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && code.startsWith('WS_ERR_');
}

/**
 * Keeps a client's protocol violation from reaching graphql-ws, which prints every socket error to the console
 * as an internal error with its stack: a client sending 5 MB against a 1 MB limit is not the server's fault,
 * and one line per attempt would let any client flood the logs. ws has already closed that socket with the
 * code that says why (1009 too large, 1002 malformed, 1007 bad UTF-8). Must be attached before graphql-ws.
 */
export function absorbClientProtocolErrors(server: WebSocketServer): void {
  server.on('connection', (socket: WebSocket) => {
    const emit = socket.emit.bind(socket);
    socket.emit = (event: string | symbol, ...args: unknown[]) =>
      event === 'error' && isClientProtocolError(args[0]) ? true : emit(event, ...args);
  });
}
