import { parseEnv, port } from '@collexis/platform/env';
import { z } from 'zod';
import { executorNames } from './execution/execution-gateway';

const url = z.url({ message: 'must be an http(s) URL of a subgraph /graphql endpoint' });

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
});

export const readGatewayEnv = () => parseEnv(gatewayEnv);
