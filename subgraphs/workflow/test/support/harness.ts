import { startTestSubgraph, type TestSubgraph } from '@collexis/platform/testing';
import type { NodePgDatabase } from 'drizzle-orm/node-postgres';
import { inject } from 'vitest';
import { migrations, schema } from '../../src/db';
import { start } from '../../src/server';

/** The workflow subgraph alone on a database of its own (see startTestSubgraph). */
export type Harness = TestSubgraph<typeof schema, Awaited<ReturnType<typeof start>>>;

/**
 * A database of its own with the workflow migrations applied, filled by `fill`, and the workflow subgraph
 * serving it on a free port (without bank-sync: tests that need it are in e2e/workflow).
 */
export function startHarness(fill: (db: NodePgDatabase<typeof schema>) => Promise<void>): Promise<Harness> {
  return startTestSubgraph({
    adminUrl: inject('postgresAdminUrl'),
    name: 'workflow',
    schema,
    migrations,
    start,
    fill,
  });
}
