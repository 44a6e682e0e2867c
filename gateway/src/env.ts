import { devAccessToken } from '@collexis/identity';
import { logLevel, parseEnv, port } from '@collexis/platform/env';
import { z } from 'zod';
import { executorNames } from './execution/execution-gateway';
import { defaultRequestLimits, type RequestLimits } from './limits';
import { type SubgraphUrls, supergraphSubgraphs } from './subgraph-endpoints';
import { defaultSubscriptionLimits, type SubscriptionLimits } from './subscriptions/limits';

/** `SUBGRAPH_URL_<GRAPH>` replaces the URL of the supergraph's `join__Graph` value `<GRAPH>`. */
const SUBGRAPH_URL_PREFIX = 'SUBGRAPH_URL_';

const url = z.url({ message: 'must be an http(s) URL of a subgraph /graphql endpoint' });

const limit = (fallback: number) =>
  z.coerce.number({ message: 'must be a positive integer' }).int().positive().default(fallback);

/** `ROLE=limit` pairs separated by commas, e.g. `ANALYST=100000,SUPERVISOR=20000`; empty for none. */
const roleLimits = (fallback: Readonly<Record<string, number>>) =>
  z
    .string()
    .transform((text, context) => {
      const limits: Record<string, number> = {};
      for (const pair of text.split(',').filter((part) => part.trim() !== '')) {
        const match = /^\s*([A-Za-z_]+)\s*=\s*(\d+)\s*$/.exec(pair);
        const value = Number(match?.[2]);
        if (!match?.[1] || !(value > 0)) {
          context.addIssue({ code: 'custom', message: `"${pair}" is not ROLE=positive integer` });
          return z.NEVER;
        }
        limits[match[1].toUpperCase()] = value;
      }
      return limits;
    })
    .default({ ...fallback });

const settings = {
  PORT: port(4000),
  HOST: z.string().default('127.0.0.1'),
  /** The least severe level logged (JSON lines on standard output): fatal, error, warn, info, debug, trace or silent. */
  LOG_LEVEL: logLevel,
  /** Path of the composed supergraph; `introspect` composes from the running subgraphs instead. */
  SUPERGRAPH: z.string().default('schema/supergraph.graphql'),
  /** The query-plan executor: ours, @apollo/gateway's, or both compared on every request (decision 0016). */
  GATEWAY_EXECUTOR: z.enum(executorNames).default('collexis'),
  /** `false` sends every query fetch even when an identical one is in flight (our executor only). */
  GATEWAY_SHARE_INFLIGHT: z.stringbool().default(true),
  /**
   * Where the keys that verify access tokens come from: an https JWKS URL (production; cached, refetched for an
   * unknown key at most every 30 s) or `file:/path/jwks.json` (the embedded stack's, made by `pnpm start`).
   */
  AUTH_JWKS: z.string({ error: 'is required: an https:// JWKS URL or file:/path/to/jwks.json' }).min(1),
  /** The `iss` every access token must carry. */
  AUTH_ISSUER: z.string().min(1).default(devAccessToken.issuer),
  /** The `aud` every access token must carry. */
  AUTH_AUDIENCE: z.string().min(1).default(devAccessToken.audience),
  /** Path of the gateway's private key (a JWK): it signs the credential every subgraph request carries. */
  GATEWAY_SIGNING_KEY: z.string({ error: "is required: the path of the gateway's private JWK" }).min(1),
  /** Milliseconds a subgraph may take before the fields asked of it fail with SUBGRAPH_TIMEOUT. */
  SUBGRAPH_TIMEOUT_MS: z.coerce.number().int().positive().default(30_000),
  // What one request may ask (src/limits/options.ts, decision 0020).
  GATEWAY_MAX_BODY_BYTES: limit(defaultRequestLimits.maxBodyBytes),
  GATEWAY_MAX_TOKENS: limit(defaultRequestLimits.maxTokens),
  GATEWAY_MAX_SELECTIONS: limit(defaultRequestLimits.maxSelections),
  GATEWAY_MAX_DEPTH: limit(defaultRequestLimits.maxDepth),
  GATEWAY_MAX_ALIASES: limit(defaultRequestLimits.maxAliases),
  GATEWAY_MAX_DIRECTIVES: limit(defaultRequestLimits.maxDirectives),
  GATEWAY_MAX_REPEATED_FIELDS: limit(defaultRequestLimits.maxRepeatedFields),
  GATEWAY_MAX_COST: limit(defaultRequestLimits.maxCost),
  GATEWAY_MAX_COST_BY_ROLE: roleLimits(defaultRequestLimits.maxCostByRole),
  GATEWAY_COST_LIST_SIZE: limit(defaultRequestLimits.costListSize),
  GATEWAY_MAX_VARIABLE_DEPTH: limit(defaultRequestLimits.maxVariableDepth),
  GATEWAY_MAX_VARIABLE_LIST_ITEMS: limit(defaultRequestLimits.maxVariableListItems),
  // What one graphql-ws client may hold (src/subscriptions/limits.ts, docs/subscriptions.md).
  GATEWAY_MAX_SUBSCRIPTIONS_PER_CONNECTION: limit(defaultSubscriptionLimits.maxSubscriptionsPerConnection),
  GATEWAY_MAX_CONNECTIONS_PER_CALLER: limit(defaultSubscriptionLimits.maxConnectionsPerCaller),
  GATEWAY_SUBSCRIPTION_REPLAY_LIMIT: limit(defaultSubscriptionLimits.maxReplayEvents),
};

const subgraphUrlVariables = (env: Record<string, unknown>) =>
  Object.entries(env).filter(([variable]) => variable.startsWith(SUBGRAPH_URL_PREFIX));

export const gatewayEnv = z
  .looseObject(settings)
  // Checked even when another variable is wrong, so that one message lists every problem.
  .superRefine(
    (env, context) => {
      for (const [variable, value] of subgraphUrlVariables(env)) {
        const parsed = url.safeParse(value);
        if (!parsed.success) {
          context.addIssue({ code: 'custom', path: [variable], message: parsed.error.issues[0]?.message });
        }
      }
    },
    { when: () => true },
  )
  .transform((env) => {
    const known = Object.fromEntries(
      Object.keys(settings).map((key) => [key, env[key as keyof typeof settings]]),
    );
    /** Subgraph URLs by the graph their variable names (`ORDER_HISTORY` for SUBGRAPH_URL_ORDER_HISTORY). */
    const subgraphUrls = Object.fromEntries(
      subgraphUrlVariables(env).map(([variable, value]) => [
        variable.slice(SUBGRAPH_URL_PREFIX.length),
        String(value),
      ]),
    );
    return { ...(known as { [K in keyof typeof settings]: z.infer<(typeof settings)[K]> }), subgraphUrls };
  });

export type GatewayEnv = z.infer<typeof gatewayEnv>;

export const readGatewayEnv = () => parseEnv(gatewayEnv);

/**
 * The `SUBGRAPH_URL_<GRAPH>` variables as URL overrides by subgraph name. With a supergraph, `<GRAPH>` is a
 * value of its `join__Graph` enum and any other is refused. Without one (`SUPERGRAPH=introspect`) they are
 * the whole list of subgraphs, each named `<GRAPH>` in lower case with `_` read as `-`
 * (SUBGRAPH_URL_ORDER_HISTORY is `order-history`), which is how composition names the enum values back.
 */
export function subgraphUrlOverrides(
  byGraph: Readonly<Record<string, string>>,
  supergraphSdl: string | undefined,
): SubgraphUrls {
  if (supergraphSdl === undefined) {
    return Object.fromEntries(
      Object.entries(byGraph).map(([graph, url]) => [graph.toLowerCase().replaceAll('_', '-'), url]),
    );
  }
  const subgraphs = supergraphSubgraphs(supergraphSdl);
  const overrides: Record<string, string> = {};
  for (const [graph, url] of Object.entries(byGraph)) {
    const subgraph = subgraphs.find((candidate) => candidate.enumValue === graph);
    if (!subgraph) {
      throw new Error(
        `${SUBGRAPH_URL_PREFIX}${graph} names no subgraph of the supergraph; its graphs are ${subgraphs.map((s) => s.enumValue).join(', ')}`,
      );
    }
    overrides[subgraph.name] = url;
  }
  return overrides;
}

/** The request limits the environment sets. */
export function requestLimitsFromEnv(env: GatewayEnv): RequestLimits {
  return {
    maxBodyBytes: env.GATEWAY_MAX_BODY_BYTES,
    maxTokens: env.GATEWAY_MAX_TOKENS,
    maxSelections: env.GATEWAY_MAX_SELECTIONS,
    maxDepth: env.GATEWAY_MAX_DEPTH,
    maxAliases: env.GATEWAY_MAX_ALIASES,
    maxDirectives: env.GATEWAY_MAX_DIRECTIVES,
    maxRepeatedFields: env.GATEWAY_MAX_REPEATED_FIELDS,
    maxCost: env.GATEWAY_MAX_COST,
    maxCostByRole: env.GATEWAY_MAX_COST_BY_ROLE,
    costListSize: env.GATEWAY_COST_LIST_SIZE,
    maxVariableDepth: env.GATEWAY_MAX_VARIABLE_DEPTH,
    maxVariableListItems: env.GATEWAY_MAX_VARIABLE_LIST_ITEMS,
  };
}

/** The subscription limits the environment sets. */
export function subscriptionLimitsFromEnv(env: GatewayEnv): SubscriptionLimits {
  return {
    maxSubscriptionsPerConnection: env.GATEWAY_MAX_SUBSCRIPTIONS_PER_CONNECTION,
    maxConnectionsPerCaller: env.GATEWAY_MAX_CONNECTIONS_PER_CALLER,
    maxReplayEvents: env.GATEWAY_SUBSCRIPTION_REPLAY_LIMIT,
  };
}
