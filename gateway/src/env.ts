import { parseEnv, port } from '@collexis/platform/env';
import { z } from 'zod';
import { executorNames } from './execution/execution-gateway';
import { defaultRequestLimits, type RequestLimits } from './limits';

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

export const gatewayEnv = z.object({
  PORT: port(4000),
  HOST: z.string().default('127.0.0.1'),
  BANK_SYNC_URL: url.default('http://127.0.0.1:4001/graphql'),
  PAYMENT_URL: url.default('http://127.0.0.1:4002/graphql'),
  WORKFLOW_URL: url.default('http://127.0.0.1:4003/graphql'),
  /** Path of the composed supergraph; `introspect` composes from the running subgraphs instead. */
  SUPERGRAPH: z.string().default('schema/supergraph.graphql'),
  /** The query-plan executor: ours, @apollo/gateway's, or both compared on every request (decision 0016). */
  GATEWAY_EXECUTOR: z.enum(executorNames).default('collexis'),
  /** `false` sends every query fetch even when an identical one is in flight (our executor only). */
  GATEWAY_SHARE_INFLIGHT: z.stringbool().default(true),
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
});

export type GatewayEnv = z.infer<typeof gatewayEnv>;

export const readGatewayEnv = () => parseEnv(gatewayEnv);

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
