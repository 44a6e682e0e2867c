import { resolve } from 'node:path';
import { runService } from '@collexis/platform/http';
import { readBankSyncEnv } from './env';
import { start } from './server';

await runService('bank-sync subgraph', () => {
  const env = readBankSyncEnv();
  return start({
    port: env.PORT,
    host: env.HOST,
    database: { url: env.DATABASE_URL, statementTimeoutMs: env.STATEMENT_TIMEOUT_MS },
    paymentUrl: env.PAYMENT_URL,
    syncInboxDir: resolve(env.SYNC_INBOX_DIR),
  });
});
