import { databaseOptionsOf, identityOptionsOf } from '@collexis/platform/env';
import { runService } from '@collexis/platform/http';
import { createLogger, startTracingFromEnv, stoppingTracing } from '@collexis/platform/observability';
import { readWorkflowEnv } from './env';

// Before the server loads `pg`, which tracing instruments as it loads; off (and nothing loaded) unless OTEL_* asks.
const tracing = await startTracingFromEnv(process.env, 'workflow');
const { start } = await import('./server');

await runService('workflow subgraph', async () => {
  const env = readWorkflowEnv();
  const server = await start({
    port: env.PORT,
    host: env.HOST,
    logger: createLogger({ service: 'workflow', level: env.LOG_LEVEL }),
    database: databaseOptionsOf(env),
    identity: await identityOptionsOf(env),
    bankSyncUrl: env.BANK_SYNC_URL,
    paymentUrl: env.PAYMENT_URL,
  });
  return stoppingTracing(server, tracing);
});
