/** The floor as its own process: the only place that reads its env. */
import { runService } from '@collexis/platform/http';
import { startFloor } from './server';

await runService('floor', () => {
  const databaseUrl = process.env.DATABASE_URL;
  if (!databaseUrl) throw new Error('DATABASE_URL is required: the postgres:// URL of the bench database');
  return startFloor({ port: Number(process.env.PORT ?? 0), databaseUrl });
});
