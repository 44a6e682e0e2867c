import { createDatabase, type Database } from '@collexis/platform/db';
import { DisposalStack } from '@collexis/platform/testing';
import { startTestStack, type TestStack } from '@collexis/testkit';
import { schema } from '../../../subgraphs/workflow/src/db';
import { insertTestCustomers } from './customers';

export interface WorkflowStackOptions {
  /** Test customers bank-sync holds, each with one loan (see customers.ts). @default 20 */
  customers?: number;
  /** Runs the payment subgraph, with workflow consuming its events. @default false */
  payment?: boolean;
  /**
   * Sends `query` through the gateway (payment then runs too, consumed only when `payment` is set); otherwise
   * straight to the workflow subgraph. @default false
   */
  gateway?: boolean;
}

/** A workflow test's stack, with drizzle on the workflow schema for fixtures and expectations. */
export interface WorkflowStack extends TestStack {
  db: Database<typeof schema>['db'];
}

/** bank-sync with the test customers and the workflow subgraph asking it, plus payment and the gateway if asked. */
export async function startWorkflowStack(options: WorkflowStackOptions = {}): Promise<WorkflowStack> {
  const disposal = new DisposalStack();
  return disposal.setUp(async () => {
    const stack = disposal.use(
      await startTestStack({
        subgraphs: options.payment || options.gateway ? undefined : ['bank-sync', 'workflow'],
        consumers: options.payment ? ['workflow'] : false,
        gateway: options.gateway ? {} : false,
        endpoint: options.gateway ? 'gateway' : 'workflow',
      }),
    );
    await insertTestCustomers(stack.sql, options.customers ?? 20);
    const workflow = createDatabase(schema, { url: stack.databaseUrl });
    disposal.defer(workflow.close);
    return { ...stack, db: workflow.db, stop: () => disposal.dispose() };
  });
}
