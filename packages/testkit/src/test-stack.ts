import { createTestDatabase, DisposalStack, testKeys, testRolePassword } from '@collexis/platform/testing';
import { type GatewaySettings, type Stack, type StackOptions, startStack } from '@collexis/stack';
import pg from 'pg';
import { inject } from 'vitest';
import { startTestGateway } from './test-gateway';

export interface TestStackOptions
  extends Omit<StackOptions, 'databaseUrl' | 'rolePasswords' | 'gateway' | 'startGateway' | 'keys'> {
  /** Serve this database, which the test owns, instead of an empty one made for the stack and dropped on stop. */
  databaseUrl?: string;
  /**
   * The gateway's settings, or false for no gateway. Its executor is always the differential one.
   * @default a gateway when every subgraph runs, none otherwise
   */
  gateway?: Omit<GatewaySettings, 'executor'> | false;
}

export interface TestStack extends Stack {
  /** SQL on the stack's database (session time zone UTC), for fixtures and expectations. */
  sql: pg.Pool;
}

/** The test run's domain roles share one password (see `testRolePassword`). */
export const testRolePasswords = {
  'bank-sync': testRolePassword,
  payment: testRolePassword,
  workflow: testRolePassword,
};

/**
 * The system, or the part of it a test file needs, on a database of its own (see `startStack` for the
 * choices), the subgraphs connected as their domains' roles. Its gateway runs the differential executor, so
 * every operation a test sends is also answered by the stock executor and compared; `stop` tears everything
 * down, drops the database, and fails if any answer differed.
 */
export async function startTestStack(options: TestStackOptions = {}): Promise<TestStack> {
  const disposal = new DisposalStack();
  return disposal.setUp(async () => {
    let { databaseUrl } = options;
    if (!databaseUrl) {
      const database = await createTestDatabase(inject('postgresAdminUrl'));
      disposal.defer(() => database.drop());
      databaseUrl = database.url;
    }
    const stack = disposal.use(
      await startStack({
        ...options,
        databaseUrl,
        rolePasswords: testRolePasswords,
        keys: await testKeys(),
        startGateway: startTestGateway,
      }),
    );
    const sql = new pg.Pool({ connectionString: databaseUrl, max: 3, options: '-c TimeZone=UTC' });
    disposal.defer(() => sql.end());
    return { ...stack, sql, stop: () => disposal.dispose() };
  });
}
