import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { readGatewayEnv } from './env';
import { startGateway } from './server';

try {
  const env = readGatewayEnv();
  const supergraphSdl =
    env.SUPERGRAPH === 'introspect'
      ? undefined
      : await readFile(resolve(import.meta.dirname, '../..', env.SUPERGRAPH), 'utf8');
  const gateway = await startGateway({
    port: env.PORT,
    host: env.HOST,
    supergraphSdl,
    subgraphs: { 'bank-sync': env.BANK_SYNC_URL, payment: env.PAYMENT_URL, workflow: env.WORKFLOW_URL },
  });
  console.log(`gateway ready at ${gateway.url}`);
  const shutdown = async () => {
    await gateway.stop();
    process.exit(0);
  };
  process.once('SIGINT', shutdown);
  process.once('SIGTERM', shutdown);
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
