/**
 * Every class of bad input, for every payment mutation, through the gateway: the error code, the field it
 * names, and that payment_service is exactly as it was (every row of payments, payment_events, audit_log). The
 * cases are data (payment.cases.ts); this file runs them.
 */
import type { GraphQLResponse } from '@collexis/platform/http';
import { viewers } from '@collexis/platform/testing';
import { startTestStack, type TestStack } from '@collexis/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cases, type Expected, type Mutation } from './payment.cases';
import { payment } from './payment-fields';

const viewer = viewers.paymentProcessor;

const MUTATIONS: Record<Mutation, string> = {
  recordPayment: 'mutation M($input: RecordPaymentInput!) { recordPayment(input: $input) { created } }',
  processPaymentNotification:
    'mutation M($input: PaymentNotificationInput!) { processPaymentNotification(input: $input) { created } }',
  completePayment: 'mutation M($input: CompletePaymentInput!) { completePayment(input: $input) { changed } }',
  failPayment: 'mutation M($input: FailPaymentInput!) { failPayment(input: $input) { changed } }',
  reversePayment: 'mutation M($input: ReversePaymentInput!) { reversePayment(input: $input) { changed } }',
  syncPayments: /* GraphQL */ `mutation M($input: SyncPaymentsInput!) {
    syncPayments(input: $input) { rejected results { outcome error { code field message } } }
  }`,
};

interface SyncData {
  syncPayments: {
    rejected: number;
    results: { outcome: string; error: { code: string; field: string; message: string } | null }[];
  };
}

function hasSyncResults(data: unknown): data is SyncData {
  return typeof data === 'object' && data !== null && 'syncPayments' in data;
}

function expectFailure(response: GraphQLResponse<Record<string, unknown>>, expected: Expected): void {
  const [error] = response.errors ?? [];
  switch (expected.kind) {
    case 'field':
      expect(response.errors).toHaveLength(1);
      expect(error?.extensions).toMatchObject({ code: expected.code, field: expected.field });
      expect(error?.message.length).toBeGreaterThan(10);
      return;
    case 'graphql':
      expect(error?.extensions?.code).toBe(expected.code);
      expect(error?.message).toContain(expected.mentions);
      return;
    case 'rejected': {
      expect(response.errors).toBeUndefined();
      if (!hasSyncResults(response.data))
        throw new Error(`no syncPayments payload: ${JSON.stringify(response)}`);
      expect(response.data.syncPayments.rejected).toBe(1);
      expect(response.data.syncPayments.results[0]).toMatchObject({
        outcome: 'REJECTED',
        error: { code: expected.code, field: expected.field },
      });
    }
  }
}

describe('bad input to payment mutations through the gateway', () => {
  let stack: TestStack;

  /** Every row of payment_service's tables, in a stable order. */
  async function snapshot(): Promise<Record<string, unknown[]>> {
    const rows = async (table: string, order: string) =>
      (await stack.sql.query(`SELECT to_jsonb(t) AS row FROM payment_service.${table} t ORDER BY ${order}`))
        .rows;
    return {
      payments: await rows('payments', 'reference_number'),
      paymentEvents: await rows('payment_events', 'sequence'),
      auditLog: await rows('audit_log', 'id'),
    };
  }

  beforeAll(async () => {
    stack = await startTestStack();
    const record = (input: Record<string, unknown>) =>
      stack.query(MUTATIONS.recordPayment, { input }, viewer);
    await record({ ...payment, referenceNumber: 'BAD-PENDING', status: 'PENDING' });
    await record({ ...payment, referenceNumber: 'BAD-DONE' });
    await record({ ...payment, referenceNumber: 'BAD-FAILED', status: 'FAILED' });
    const { payments } = await snapshot();
    expect(payments).toHaveLength(3);
  });
  afterAll(() => stack?.stop());

  it.each(cases)(
    '$mutation with $problem: fails and changes nothing',
    async ({ mutation, input, expected }) => {
      const before = await snapshot();
      const response = await stack.query(MUTATIONS[mutation], { input }, viewer);
      expectFailure(response, expected);
      expect(await snapshot()).toEqual(before);
    },
  );
});
