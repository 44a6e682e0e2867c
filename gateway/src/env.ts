import { parseEnv, port } from '@collexis/platform';
import { z } from 'zod';

const url = z.url({ message: 'must be an http(s) URL of a subgraph /graphql endpoint' });

export const gatewayEnv = z.object({
  PORT: port(4000),
  HOST: z.string().default('127.0.0.1'),
  BANK_SYNC_URL: url.default('http://127.0.0.1:4001/graphql'),
  PAYMENT_URL: url.default('http://127.0.0.1:4002/graphql'),
  WORKFLOW_URL: url.default('http://127.0.0.1:4003/graphql'),
  /** Path of the composed supergraph; `introspect` composes from the running subgraphs instead. */
  SUPERGRAPH: z.string().default('schema/supergraph.graphql'),
});

export const readGatewayEnv = () => parseEnv(gatewayEnv);
