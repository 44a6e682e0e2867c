import { parseEnv, serviceEnv } from '@collexis/platform/env';
import { z } from 'zod';

export const bankSyncEnv = serviceEnv(4001).extend({
  /** The payment subgraph's /graphql URL; when set, loan balances follow its payment events. */
  PAYMENT_URL: z
    .url({ error: 'must be the http(s) URL of the payment subgraph /graphql endpoint' })
    .optional(),
  /** Folder where core systems drop their exports for `runSync`. */
  SYNC_INBOX_DIR: z.string().min(1).default('.data/inbox'),
});

export type BankSyncEnv = z.infer<typeof bankSyncEnv>;

export const readBankSyncEnv = (source: NodeJS.ProcessEnv = process.env): BankSyncEnv =>
  parseEnv(bankSyncEnv, source);
