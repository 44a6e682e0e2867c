import type { ApolloServerPlugin } from '@apollo/server';
import type { DocumentNode, GraphQLSchema } from 'graphql';
import type { LimitsContext } from './caller';
import { refuseExcessTokens, shapeLimits } from './document-limits';
import { type RequestLimits, resolveRequestLimits } from './options';
import { requestLimitsPlugin } from './plugin';
import { refuseExcessVariables } from './variables';

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

/**
 * The limits for a subscribe message over graphql-ws, which Apollo Server never sees: those that bound the
 * work of checking and planning it (tokens, fragment expansion, repeated fields, depth, directives, variables),
 * each throwing a LimitExceededError at the same point of the work as for a request over HTTP.
 */
export interface SubscribeLimits {
  /** Largest WebSocket message; a larger one closes the socket (1009) before it is parsed. */
  maxMessageBytes: number;
  /** Before the query is parsed: its tokens. */
  refuseExcessSource(query: string): void;
  /** Once parsed, before graphql-js validates it: fragment expansion, repeated fields, depth, aliases, directives. */
  refuseExcessShape(schema: GraphQLSchema, document: DocumentNode): void;
  /** The variables' nesting and list sizes. */
  refuseExcessVariables(variables: Record<string, unknown>): void;
}

/** The defaults overridden by `overrides` (decision 0020), as checks for the subscription server. */
export function subscribeLimits(overrides?: Partial<RequestLimits>): SubscribeLimits {
  const limits = resolveRequestLimits(overrides);
  return {
    maxMessageBytes: limits.maxBodyBytes,
    refuseExcessSource: (query) => refuseExcessTokens(query, limits.maxTokens),
    // Aliases are bounded by the selections alone: what they multiply is each event's resolution, which the
    // cost estimate does not model for subscriptions, and dashboards alias fields to shape their rows.
    refuseExcessShape: shapeLimits({ ...limits, maxAliases: limits.maxSelections }),
    refuseExcessVariables: (variables) => refuseExcessVariables(variables, limits),
  };
}
