import { createTestDatabase, type TestDatabase } from '@collexis/platform/testing';
import { type Stack, type StackOptions, startStack } from '@collexis/stack';
import { inject } from 'vitest';

export interface TestStack extends Stack {
  database: TestDatabase;
}

/**
 * The whole system on a database of its own, for one test file; `stop` also drops the database. Its gateway
 * runs the differential executor, so every operation a test sends is also answered by the stock executor
 * and compared, and `stop` fails the file if any answer differed.
 */
export async function startTestStack(
  demo: StackOptions['demo'] = false,
  options: Omit<StackOptions, 'databaseUrl' | 'demo'> = {},
): Promise<TestStack> {
  const database = await createTestDatabase(inject('postgresAdminUrl'));
  try {
    const stack = await startStack({
      ...options,
      gateway: { executor: 'differential', ...options.gateway },
      databaseUrl: database.url,
      demo,
    });
    return {
      ...stack,
      database,
      stop: async () => {
        const mismatches = stack.gateway.executorMismatches.length;
        await stack.stop();
        await database.drop();
        if (mismatches > 0) throw new Error(`the executors answered ${mismatches} operations differently`);
      },
    };
  } catch (error) {
    await database.drop();
    throw error;
  }
}
