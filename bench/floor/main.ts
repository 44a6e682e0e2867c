/** The floor as its own process: the only place that reads its env. */
import { startFloor } from './server';

const databaseUrl = process.env.DATABASE_URL;
const port = Number(process.env.PORT ?? 0);
if (!databaseUrl) {
  console.error('DATABASE_URL is required: the postgres:// URL of the bench database');
  process.exit(1);
}
try {
  const server = await startFloor({ port, databaseUrl });
  console.log(`floor ready at ${server.url}`);
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
