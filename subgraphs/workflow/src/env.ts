import { parseEnv, port, postgresUrl } from '@collexis/platform';
import { z } from 'zod';

export const workflowEnv = z.object({
  PORT: port(4003),
  HOST: z.string().default('127.0.0.1'),
  DATABASE_URL: postgresUrl,
  /** Per-statement limit; a runaway query is cancelled by PostgreSQL. */
  STATEMENT_TIMEOUT_MS: z.coerce.number().int().positive().default(10_000),
});

export type WorkflowEnv = z.infer<typeof workflowEnv>;

export const readWorkflowEnv = (source: NodeJS.ProcessEnv) => parseEnv(workflowEnv, source);
