import { parseEnv, postgresUrl } from '@collexis/platform/env';
import { migrateAll } from '@collexis/stack';
import { z } from 'zod';

/** Applies every domain's pending migrations to DATABASE_URL; safe to run again. */
try {
  const env = parseEnv(z.object({ DATABASE_URL: postgresUrl }));
  await migrateAll(env.DATABASE_URL, (line) => console.log(line));
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
