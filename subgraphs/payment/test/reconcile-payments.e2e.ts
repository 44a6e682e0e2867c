import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { paymentFixture } from './support/fixtures';
import { type PaymentSubgraph, startPaymentSubgraph } from './support/payment-subgraph';

const RECONCILE = /* GraphQL */ `
  query Reconcile($input: ReconcilePaymentsInput!) {
    reconcilePayments(input: $input) {
      date sourceSystem corePaymentCount crmPaymentCount matchedCount balanced
      missingInCrm { referenceNumber amount currency status }
      extraInCrm { referenceNumber }
      amountMismatches { referenceNumber crmAmount crmCurrency coreAmount coreCurrency payment { referenceNumber } }
      statusMismatches { referenceNumber crmStatus coreStatus }
    }
  }
`;

const day = (hour: number) => new Date(Date.UTC(2026, 2, 10, hour));

describe('reconcilePayments', () => {
  let subgraph: PaymentSubgraph;
  const reconcile = (input: Record<string, unknown>) =>
    subgraph.query<{ reconcilePayments: unknown }>(RECONCILE, { input });

  beforeAll(async () => {
    subgraph = await startPaymentSubgraph();
    await subgraph.insert([
      paymentFixture(1, { referenceNumber: 'MATCH', amount: '100.00', paymentDate: day(9) }),
      paymentFixture(2, { referenceNumber: 'AMOUNT', amount: '200.00', paymentDate: day(10) }),
      paymentFixture(3, { referenceNumber: 'STATUS', status: 'REVERSED', paymentDate: day(11) }),
      paymentFixture(4, { referenceNumber: 'EXTRA', paymentDate: day(12) }),
      paymentFixture(5, { referenceNumber: 'W4-EXTRA', sourceSystem: 'W4', paymentDate: day(13) }),
      paymentFixture(6, { referenceNumber: 'NEXT-DAY', paymentDate: day(24) }),
    ]);
  });
  afterAll(() => subgraph?.stop());

  const corePayments = [
    { referenceNumber: 'MATCH', amount: '100', currency: 'VND', status: 'COMPLETED' },
    { referenceNumber: 'AMOUNT', amount: '250.00', currency: 'VND', status: 'COMPLETED' },
    { referenceNumber: 'STATUS', amount: '3.50', currency: 'VND', status: 'COMPLETED' },
    { referenceNumber: 'MISSING', amount: '75.25', currency: 'VND', status: 'COMPLETED' },
  ];

  it("reports the day's matched, missing, extra and mismatched payments of one source system", async () => {
    const response = await reconcile({ date: '2026-03-10', sourceSystem: 'T24', corePayments });
    expect(response).toEqual({
      data: {
        reconcilePayments: {
          date: '2026-03-10',
          sourceSystem: 'T24',
          corePaymentCount: 4,
          crmPaymentCount: 4,
          matchedCount: 1,
          balanced: false,
          missingInCrm: [
            { referenceNumber: 'MISSING', amount: '75.25', currency: 'VND', status: 'COMPLETED' },
          ],
          extraInCrm: [{ referenceNumber: 'EXTRA' }],
          amountMismatches: [
            {
              referenceNumber: 'AMOUNT',
              crmAmount: '200.00',
              crmCurrency: 'VND',
              coreAmount: '250.00',
              coreCurrency: 'VND',
              payment: { referenceNumber: 'AMOUNT' },
            },
          ],
          statusMismatches: [{ referenceNumber: 'STATUS', crmStatus: 'REVERSED', coreStatus: 'COMPLETED' }],
        },
      },
    });
  });

  it('compares every source system when none is given, and is balanced when both sides agree', async () => {
    const all = await reconcile({ date: '2026-03-10', corePayments });
    expect(all.data?.reconcilePayments).toMatchObject({ crmPaymentCount: 5, extraInCrm: [{}, {}] });
    const balanced = await reconcile({
      date: '2026-03-11',
      corePayments: [{ referenceNumber: 'NEXT-DAY', amount: '6.50', currency: 'VND', status: 'COMPLETED' }],
    });
    expect(balanced.data?.reconcilePayments).toMatchObject({ matchedCount: 1, balanced: true });
  });

  it('changes nothing', async () => {
    const before = await subgraph.counts();
    await reconcile({ date: '2026-03-10', corePayments });
    expect(await subgraph.counts()).toEqual(before);
  });

  it('answers BAD_USER_INPUT naming the field for a bad core list', async () => {
    const twice = await reconcile({ date: '2026-03-10', corePayments: [corePayments[0], corePayments[0]] });
    expect(twice.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.corePayments.1.referenceNumber',
    });
    const badCurrency = await reconcile({
      date: '2026-03-10',
      corePayments: [{ ...corePayments[0], currency: 'XYZ' }],
    });
    expect(badCurrency.errors?.[0]?.extensions).toMatchObject({ field: 'input.corePayments.0.currency' });
    const badDate = await reconcile({ date: '2026-02-30', corePayments });
    expect(badDate.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
  });
});
