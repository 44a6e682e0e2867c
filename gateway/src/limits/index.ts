import type { ApolloServerPlugin } from '@apollo/server';
import type { LimitsContext } from './caller';
import { type RequestLimits, resolveRequestLimits } from './options';
import { requestLimitsPlugin } from './plugin';

export { defaultRequestLimits, type RequestLimits } from './options';

/** The request limits, ready to be handed to the gateway's Apollo Server and its HTTP handler. */
export interface GatewayRequestLimits {
  /** For `graphqlRequestHandler`: larger bodies get HTTP 413. */
  maxBodyBytes: number;
  plugin: ApolloServerPlugin<LimitsContext>;
  /** Apollo Server settings the limits rely on, to spread into its options. */
  apolloOptions: { allowBatchedHttpRequests: boolean; introspection: boolean };
}

/** The defaults overridden by `overrides` (decision 0020), as a plugin and settings for the gateway. */
export function requestLimits(overrides?: Partial<RequestLimits>): GatewayRequestLimits {
  const limits = resolveRequestLimits(overrides);
  return {
    maxBodyBytes: limits.maxBodyBytes,
    plugin: requestLimitsPlugin(limits),
    apolloOptions: {
      // One operation per request: a batch would multiply every limit by its length (Apollo's default, pinned).
      allowBatchedHttpRequests: false,
      // On whatever NODE_ENV says: the plugin refuses introspection to callers without an identity.
      introspection: true,
    },
  };
}
