import type { DisposalStack } from '@collexis/platform/testing';
import pg from 'pg';
import {
  type PaymentSubgraph,
  startPaymentSubgraph,
} from '../../../subgraphs/payment/test/support/payment-subgraph';

/**
 * The payment subgraph a consumer test reads events from, and a pool on its database for the test's own
 * tables and SQL; both disposed with `disposal`.
 */
export async function startPaymentSubgraphWithPool(
  disposal: DisposalStack,
): Promise<{ subgraph: PaymentSubgraph; pool: pg.Pool }> {
  const subgraph = disposal.use(await startPaymentSubgraph());
  const pool = new pg.Pool({ connectionString: subgraph.databaseUrl, max: 5 });
  disposal.defer(() => pool.end());
  return { subgraph, pool };
}
