import { databaseOptionsOf, identityOptionsOf } from '@collexis/platform/env';
import { runService } from '@collexis/platform/http';
import { createLogger, startTracingFromEnv, stoppingTracing } from '@collexis/platform/observability';
import { readPaymentEnv } from './env';

// Before the server loads `pg`, which tracing instruments as it loads; off (and nothing loaded) unless OTEL_* asks.
const tracing = await startTracingFromEnv(process.env, 'payment');
const { start } = await import('./server');

await runService('payment subgraph', async () => {
  const env = readPaymentEnv();
  const server = await start({
    port: env.PORT,
    host: env.HOST,
    logger: createLogger({ service: 'payment', level: env.LOG_LEVEL }),
    database: databaseOptionsOf(env),
    identity: await identityOptionsOf(env),
  });
  return stoppingTracing(server, tracing);
});
