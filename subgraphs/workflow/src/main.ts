import { runService } from '@collexis/platform/http';
import { readWorkflowEnv } from './env';
import { start } from './server';

await runService('workflow subgraph', () => {
  const env = readWorkflowEnv(process.env);
  return start({
    port: env.PORT,
    host: env.HOST,
    database: {
      url: env.DATABASE_URL,
      statementTimeoutMs: env.STATEMENT_TIMEOUT_MS,
      applicationName: 'collexis-workflow',
    },
    bankSyncUrl: env.BANK_SYNC_URL,
    paymentUrl: env.PAYMENT_URL,
  });
});
