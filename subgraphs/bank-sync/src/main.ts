import { resolve } from 'node:path';
import { readBankSyncEnv } from './env';
import { start } from './server';

try {
  const env = readBankSyncEnv();
  const server = await start({
    port: env.PORT,
    host: env.HOST,
    database: { url: env.DATABASE_URL, statementTimeoutMs: env.STATEMENT_TIMEOUT_MS },
    paymentUrl: env.PAYMENT_URL,
    syncInboxDir: resolve(env.SYNC_INBOX_DIR),
  });
  console.log(`bank-sync subgraph ready at ${server.url}`);
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
