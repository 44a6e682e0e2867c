import { runService } from '@collexis/platform/http';
import { readPaymentEnv } from './env';
import { start } from './server';

await runService('payment subgraph', () => {
  const env = readPaymentEnv();
  return start({
    port: env.PORT,
    host: env.HOST,
    database: { url: env.DATABASE_URL, statementTimeoutMs: env.STATEMENT_TIMEOUT_MS },
  });
});
