import { resolve } from 'node:path';
import { databaseOptionsOf, identityOptionsOf } from '@collexis/platform/env';
import { runService } from '@collexis/platform/http';
import { createLogger, startTracingFromEnv, stoppingTracing } from '@collexis/platform/observability';
import { readBankSyncEnv } from './env';

// Before the server loads `pg`, which tracing instruments as it loads; off (and nothing loaded) unless OTEL_* asks.
const tracing = await startTracingFromEnv(process.env, 'bank-sync');
const { start } = await import('./server');

await runService('bank-sync subgraph', async () => {
  const env = readBankSyncEnv();
  const server = await start({
    port: env.PORT,
    host: env.HOST,
    logger: createLogger({ service: 'bank-sync', level: env.LOG_LEVEL }),
    database: databaseOptionsOf(env),
    identity: await identityOptionsOf(env),
    paymentUrl: env.PAYMENT_URL,
    syncInboxDir: resolve(env.SYNC_INBOX_DIR),
  });
  return stoppingTracing(server, tracing);
});
