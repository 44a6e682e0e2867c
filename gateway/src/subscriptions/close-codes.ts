/** Close codes the gateway's subscription endpoint uses beyond graphql-ws's own. */
export const GatewayCloseCode = {
  /** The caller already has as many sockets open as `maxConnectionsPerCaller` allows; sent at connection_init. */
  TooManyConnections: 4008,
  /** No valid token in connection_init (graphql-ws's own code for it). Sign in, then reconnect. */
  Unauthorized: 4401,
  /** The connection's token expired. Reconnect with a new token and the last cursor received. */
  TokenExpired: 4403,
  /** The client did not read fast enough; its buffer overflowed. Reconnect with the last cursor received. */
  SlowConsumer: 4429,
} as const;
