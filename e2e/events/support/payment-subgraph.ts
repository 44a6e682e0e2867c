import { migrations, start } from '@collexis/payment';
import { type DisposalStack, startTestSubgraph, type TestSubgraph } from '@collexis/platform/testing';
import pg from 'pg';
import { inject } from 'vitest';

/** The payment subgraph as a test starts it. */
export type PaymentTestSubgraph = TestSubgraph<Record<string, never>, Awaited<ReturnType<typeof start>>>;

/**
 * A real payment subgraph on a test database of its own, the events a consumer test reads, and a pool on that
 * database for the test's own SQL; both disposed with `disposal`.
 */
export async function startPaymentSubgraph(
  disposal: DisposalStack,
): Promise<{ subgraph: PaymentTestSubgraph; pool: pg.Pool }> {
  const subgraph = disposal.use(
    await startTestSubgraph({
      adminUrl: inject('postgresAdminUrl'),
      name: 'payment',
      schema: {},
      migrations,
      start,
    }),
  );
  const pool = new pg.Pool({ connectionString: subgraph.databaseUrl, max: 5 });
  disposal.defer(() => pool.end());
  return { subgraph, pool };
}
