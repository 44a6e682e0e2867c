/** Close codes the gateway's subscription endpoint uses beyond graphql-ws's own. */
export const GatewayCloseCode = {
  /** The client did not read fast enough; its buffer overflowed. Reconnect with the last cursor received. */
  SlowConsumer: 4429,
} as const;
