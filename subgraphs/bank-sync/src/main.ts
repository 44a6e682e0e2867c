import { resolve } from 'node:path';
import { databaseOptionsOf, identityOptionsOf } from '@collexis/platform/env';
import { runService } from '@collexis/platform/http';
import { readBankSyncEnv } from './env';
import { start } from './server';

await runService('bank-sync subgraph', async () => {
  const env = readBankSyncEnv();
  return start({
    port: env.PORT,
    host: env.HOST,
    database: databaseOptionsOf(env),
    identity: await identityOptionsOf(env),
    paymentUrl: env.PAYMENT_URL,
    syncInboxDir: resolve(env.SYNC_INBOX_DIR),
  });
});
