import { defaultDemoOptions, demoChunks } from '@collexis/demo-data';
import { count } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { payments } from '../src/db';
import { seedDemo } from '../src/demo/seed';
import { type PaymentSubgraph, startPaymentSubgraph } from './support/payment-subgraph';

const DEMO = { customers: 30, seed: 7 };

describe('seedDemo', () => {
  let subgraph: PaymentSubgraph;

  beforeAll(async () => {
    subgraph = await startPaymentSubgraph();
  });
  afterAll(() => subgraph?.stop());

  it("inserts the demo universe's payments once; a second run inserts nothing", async () => {
    const expected = [...demoChunks({ ...defaultDemoOptions, ...DEMO })].flatMap(
      (chunk) => chunk.payment.payments,
    );
    expect(expected.length).toBeGreaterThan(0);

    expect(await seedDemo({ url: subgraph.databaseUrl }, DEMO)).toEqual({ inserted: expected.length });
    expect(await seedDemo({ url: subgraph.databaseUrl }, DEMO)).toEqual({ inserted: 0 });
    const [stored] = await subgraph.db.select({ rows: count() }).from(payments);
    expect(stored?.rows).toBe(expected.length);
  });

  it('serves a seeded payment with its exact amount and date', async () => {
    const [payment] = [...demoChunks({ ...defaultDemoOptions, ...DEMO })].flatMap(
      (chunk) => chunk.payment.payments,
    );
    if (!payment) throw new Error('the demo universe has no payment');
    const response = await subgraph.query(
      /* GraphQL */ `query Seeded($ref: String!) { payment(referenceNumber: $ref) { amount paymentDate status } }`,
      { ref: payment.referenceNumber },
    );
    expect(response).toEqual({
      data: {
        payment: {
          amount: payment.amount,
          paymentDate: payment.paymentDate.toISOString(),
          status: payment.status,
        },
      },
    });
  });
});
