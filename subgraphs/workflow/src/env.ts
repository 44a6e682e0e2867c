import { parseEnv, serviceEnv } from '@collexis/platform/env';
import { z } from 'zod';

const graphqlUrl = z.url({ message: 'must be an http(s) URL of a subgraph /graphql endpoint' });

export const workflowEnv = serviceEnv(4003).extend({
  /** bank-sync's /graphql: writes check the customers and loans they name there; cases react to its events. */
  BANK_SYNC_URL: graphqlUrl.optional(),
  /** payment's /graphql: when set, cases react to payment events. */
  PAYMENT_URL: graphqlUrl.optional(),
});

export type WorkflowEnv = z.infer<typeof workflowEnv>;

export const readWorkflowEnv = (source: NodeJS.ProcessEnv = process.env): WorkflowEnv =>
  parseEnv(workflowEnv, source);
