import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ensureDevKeys } from '@collexis/identity';
import type { TestProject } from 'vitest/node';
import { startEmbeddedPostgres } from '../embedded/postgres';
import { freePort } from '../http/net';
import { TEST_KEYS_DIR } from './callers';

declare module 'vitest' {
  export interface ProvidedContext {
    postgresAdminUrl: string;
  }
}

/**
 * One PostgreSQL for the whole test run: DATABASE_URL when given, otherwise an embedded server in a
 * temporary folder. Each test file then creates databases of its own on it (see createTestDatabase). Also one
 * folder of identity keys for the run, which every test process signs and verifies its tokens with
 * (testKeys), handed on to the workers in TEST_KEYS_DIR.
 */
export default async function setup(project: TestProject) {
  const keysDir = await mkdtemp(join(tmpdir(), 'collexis-test-keys-'));
  await ensureDevKeys(keysDir);
  process.env[TEST_KEYS_DIR] = keysDir;
  const removeKeys = () => rm(keysDir, { recursive: true, force: true });
  const given = process.env.DATABASE_URL;
  if (given) {
    project.provide('postgresAdminUrl', given);
    return removeKeys;
  }
  const dataDir = await mkdtemp(join(tmpdir(), 'collexis-test-pg-'));
  const postgres = await startEmbeddedPostgres({ dataDir, port: await freePort(), persistent: false });
  project.provide('postgresAdminUrl', postgres.url);
  return async () => {
    await postgres.stop();
    await rm(dataDir, { recursive: true, force: true });
    await removeKeys();
  };
}
