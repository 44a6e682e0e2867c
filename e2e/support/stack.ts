import { createTestDatabase, type TestDatabase } from '@collexis/platform/testing';
import { type Stack, type StackOptions, startStack } from '@collexis/stack';
import { inject } from 'vitest';

export interface TestStack extends Stack {
  database: TestDatabase;
}

/** The whole system on a database of its own, for one test file; `stop` also drops the database. */
export async function startTestStack(
  demo: StackOptions['demo'] = false,
  options: Omit<StackOptions, 'databaseUrl' | 'demo'> = {},
): Promise<TestStack> {
  const database = await createTestDatabase(inject('postgresAdminUrl'));
  try {
    const stack = await startStack({ ...options, databaseUrl: database.url, demo });
    return {
      ...stack,
      database,
      stop: async () => {
        await stack.stop();
        await database.drop();
      },
    };
  } catch (error) {
    await database.drop();
    throw error;
  }
}
