import { anonymousCaller, type Caller, callerOf } from '@collexis/platform/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { admin, type PaymentSubgraph, processor, startPaymentSubgraph } from './support/payment-subgraph';
import { paymentInput, RECORD_PAYMENT } from './support/payments';

const AUDIT = /* GraphQL */ `
  query Audit($entityType: String, $entityKey: String, $first: Int, $after: String) {
    paymentAuditLog(entityType: $entityType, entityKey: $entityKey, first: $first, after: $after) {
      nodes { id occurredAt actor operation entityType entityKey before after }
      pageInfo { hasNextPage endCursor }
    }
  }
`;

interface AuditEntry {
  id: string;
  actor: string;
  operation: string;
  entityType: string;
  entityKey: string;
  before: Record<string, unknown> | null;
  after: Record<string, unknown>;
}

interface AuditData {
  paymentAuditLog: { nodes: AuditEntry[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } };
}

describe('paymentAuditLog', () => {
  let subgraph: PaymentSubgraph;
  const audit = (variables: Record<string, unknown>, caller: Caller = admin) =>
    subgraph.query<AuditData>(AUDIT, variables, caller);

  beforeAll(async () => {
    subgraph = await startPaymentSubgraph();
    await subgraph.query(RECORD_PAYMENT, { input: paymentInput(1, { status: 'PENDING' }) }, processor);
    await subgraph.query(RECORD_PAYMENT, { input: paymentInput(2) }, processor);
    await subgraph.query(
      /* GraphQL */ `mutation { completePayment(input: { referenceNumber: "FT00000001" }) { changed } }`,
      {},
      callerOf('ops.jdoe', 'ADMIN'),
    );
  });
  afterAll(() => subgraph?.stop());

  it('is UNAUTHENTICATED without a caller and FORBIDDEN without the ADMIN role', async () => {
    for (const [caller, code] of [
      [anonymousCaller, 'UNAUTHENTICATED'],
      [processor, 'FORBIDDEN'],
    ] as const) {
      const response = await audit({}, caller);
      expect(response.errors?.[0]?.extensions?.code).toBe(code);
      expect(response.data ?? null).toBeNull();
    }
  });

  it('lists who changed what, newest first, with the entity before and after', async () => {
    const response = await audit({});
    const entries = response.data?.paymentAuditLog.nodes ?? [];
    expect(
      entries.map(({ actor, operation, entityType, entityKey }) => [actor, operation, entityType, entityKey]),
    ).toEqual([
      ['ops.jdoe', 'completePayment', 'Payment', 'FT00000001'],
      ['proc.t24', 'recordPayment', 'Payment', 'FT00000002'],
      ['proc.t24', 'recordPayment', 'Payment', 'FT00000001'],
    ]);
    expect(entries[0]?.before).toMatchObject({ status: 'PENDING', amount: '101.50', updatedBy: 'proc.t24' });
    expect(entries[0]?.after).toMatchObject({ status: 'COMPLETED', updatedBy: 'ops.jdoe' });
    expect(entries[2]?.before).toBeNull();
  });

  it('filters by entity and pages with a cursor', async () => {
    const first = await audit({ entityType: 'Payment', entityKey: 'FT00000001', first: 1 });
    expect(first.data?.paymentAuditLog.nodes.map((entry) => entry.operation)).toEqual(['completePayment']);
    expect(first.data?.paymentAuditLog.pageInfo.hasNextPage).toBe(true);
    const second = await audit({
      entityType: 'Payment',
      entityKey: 'FT00000001',
      after: first.data?.paymentAuditLog.pageInfo.endCursor,
    });
    expect(second.data?.paymentAuditLog.nodes.map((entry) => entry.operation)).toEqual(['recordPayment']);
    expect(second.data?.paymentAuditLog.pageInfo.hasNextPage).toBe(false);
    const bad = await audit({ after: 'not-a-cursor' });
    expect(bad.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
  });

  it('refuses an entity key without its entity type: keys are unique per entity type', async () => {
    const response = await audit({ entityKey: 'FT00000001' });
    expect(response.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'entityType' });
    expect(response.data).toBeNull();
  });
});
