import { databaseOptionsOf, identityOptionsOf } from '@collexis/platform/env';
import { runService } from '@collexis/platform/http';
import { readPaymentEnv } from './env';
import { start } from './server';

await runService('payment subgraph', async () => {
  const env = readPaymentEnv();
  return start({
    port: env.PORT,
    host: env.HOST,
    database: databaseOptionsOf(env),
    identity: await identityOptionsOf(env),
  });
});
