import { databaseOptionsOf, identityOptionsOf } from '@collexis/platform/env';
import { runService } from '@collexis/platform/http';
import { readWorkflowEnv } from './env';
import { start } from './server';

await runService('workflow subgraph', async () => {
  const env = readWorkflowEnv();
  return start({
    port: env.PORT,
    host: env.HOST,
    database: databaseOptionsOf(env),
    identity: await identityOptionsOf(env),
    bankSyncUrl: env.BANK_SYNC_URL,
    paymentUrl: env.PAYMENT_URL,
  });
});
