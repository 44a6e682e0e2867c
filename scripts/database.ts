import { mkdir } from 'node:fs/promises';
import { resolve } from 'node:path';
import { startEmbeddedPostgres } from '@collexis/platform/embedded';
import pg from 'pg';
import type { StackEnv } from './env';

export interface StackDatabase {
  url: string;
  /** Stops the embedded server; a no-op for a DATABASE_URL the user gave. */
  stop(): Promise<void>;
}

const DATABASE = 'collexis';

async function ensureDatabase(adminUrl: string, name: string): Promise<void> {
  const client = new pg.Client(adminUrl);
  await client.connect();
  try {
    const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (!rowCount) await client.query(`CREATE DATABASE ${name}`);
  } finally {
    await client.end();
  }
}

/** DATABASE_URL when given; otherwise the embedded PostgreSQL, its data kept in a git-ignored folder. */
export async function openStackDatabase(env: StackEnv, log: (line: string) => void): Promise<StackDatabase> {
  if (env.DATABASE_URL) return { url: env.DATABASE_URL, stop: async () => {} };
  const dataDir = resolve(env.EMBEDDED_PG_DIR);
  await mkdir(dataDir, { recursive: true });
  log(`starting embedded PostgreSQL on port ${env.EMBEDDED_PG_PORT} (data in ${dataDir})`);
  const server = await startEmbeddedPostgres({ dataDir, port: env.EMBEDDED_PG_PORT });
  await ensureDatabase(server.url, DATABASE);
  return { url: server.urlFor(DATABASE), stop: () => server.stop() };
}
