import { readWorkflowEnv } from './env';
import { start } from './server';

try {
  const env = readWorkflowEnv(process.env);
  const server = await start({
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
  console.log(`workflow subgraph ready at ${server.url}`);
  const shutdown = async () => {
    await server.stop();
    process.exit(0);
  };
  process.once('SIGINT', shutdown);
  process.once('SIGTERM', shutdown);
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
