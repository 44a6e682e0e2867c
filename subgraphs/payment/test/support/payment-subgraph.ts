import { startTestSubgraph, type TestSubgraph, viewers } from '@collexis/platform/testing';
import { count } from 'drizzle-orm';
import { inject } from 'vitest';
import { auditLog, migrations, paymentEvents, payments, schema } from '../../src/db';
import type { NewPaymentRow } from '../../src/db/database';
import { type PaymentServer, start } from '../../src/server';

/** Rows in each table of payment_service. */
export interface TableCounts {
  payments: number;
  paymentEvents: number;
  auditLog: number;
}

/** The payment subgraph alone on a database of its own (see startTestSubgraph). */
export interface PaymentSubgraph extends TestSubgraph<typeof schema, PaymentServer> {
  insert(rows: NewPaymentRow[]): Promise<void>;
  counts(): Promise<TableCounts>;
  /** Subscribers receiving live events from the running server. */
  liveSubscriberCount(): number;
}

/** A payment processor and an admin, as the tests act. */
export const processor = viewers.paymentProcessor;
export const admin = viewers.admin;

/** A database of its own with the payment migrations applied, and the payment subgraph serving it on a free port. */
export async function startPaymentSubgraph(): Promise<PaymentSubgraph> {
  const subgraph = await startTestSubgraph({
    adminUrl: inject('postgresAdminUrl'),
    name: 'payment',
    schema,
    migrations,
    start,
  });
  const { db } = subgraph;
  const countOf = async (table: typeof payments | typeof paymentEvents | typeof auditLog) => {
    const [row] = await db.select({ rows: count() }).from(table);
    return row?.rows ?? 0;
  };
  return {
    ...subgraph,
    insert: async (rows) => {
      await db.insert(payments).values(rows);
    },
    counts: async () => ({
      payments: await countOf(payments),
      paymentEvents: await countOf(paymentEvents),
      auditLog: await countOf(auditLog),
    }),
    liveSubscriberCount: () => subgraph.server()?.liveSubscriberCount() ?? 0,
  };
}
