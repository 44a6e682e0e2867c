import { parseEnv, port, postgresUrl } from '@collexis/platform/env';
import { z } from 'zod';

const graphqlUrl = z.url({ message: 'must be an http(s) URL of a subgraph /graphql endpoint' });

export const workflowEnv = z.object({
  PORT: port(4003),
  HOST: z.string().default('127.0.0.1'),
  DATABASE_URL: postgresUrl,
  /** Per-statement limit; a runaway query is cancelled by PostgreSQL. */
  STATEMENT_TIMEOUT_MS: z.coerce.number().int().positive().default(10_000),
  /** bank-sync's /graphql: writes check the customers and loans they name there. */
  BANK_SYNC_URL: graphqlUrl.optional(),
  /** payment's /graphql: when set, cases react to payment events. */
  PAYMENT_URL: graphqlUrl.optional(),
});

export type WorkflowEnv = z.infer<typeof workflowEnv>;

export const readWorkflowEnv = (source: NodeJS.ProcessEnv) => parseEnv(workflowEnv, source);
