import { resolve } from 'node:path';
import { databaseOptionsOf } from '@collexis/platform/env';
import { runService } from '@collexis/platform/http';
import { readBankSyncEnv } from './env';
import { start } from './server';

await runService('bank-sync subgraph', () => {
  const env = readBankSyncEnv();
  return start({
    port: env.PORT,
    host: env.HOST,
    database: databaseOptionsOf(env),
    paymentUrl: env.PAYMENT_URL,
    syncInboxDir: resolve(env.SYNC_INBOX_DIR),
  });
});
