import { parseEnv, port, postgresUrl } from '@collexis/platform/env';
import { z } from 'zod';

export const bankSyncEnv = z.object({
  PORT: port(4001),
  HOST: z.string().default('127.0.0.1'),
  DATABASE_URL: z.string({ error: 'is required: the postgres:// URL of the database' }).pipe(postgresUrl),
  /** Per-statement limit; the server cancels a query that runs longer. */
  STATEMENT_TIMEOUT_MS: z.coerce.number().int().positive().default(10_000),
  /** The payment subgraph's /graphql URL; when set, loan balances follow its payment events. */
  PAYMENT_URL: z
    .url({ error: 'must be the http(s) URL of the payment subgraph /graphql endpoint' })
    .optional(),
  /** Folder where core systems drop their exports for `runSync`. */
  SYNC_INBOX_DIR: z.string().min(1).default('.data/inbox'),
});

export type BankSyncEnv = z.infer<typeof bankSyncEnv>;
export const readBankSyncEnv = () => parseEnv(bankSyncEnv);
