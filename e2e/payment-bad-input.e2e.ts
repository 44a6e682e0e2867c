/**
 * Every class of bad input, for every payment mutation, through the gateway: the error code, the field it
 * names, and that payment_service is exactly as it was (every row of payments, payment_events, audit_log).
 */
import { type GraphQLResponse, postGraphQL } from '@collexis/platform/http';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestStack, type TestStack } from './support/stack';

const viewer = { 'x-collexis-user': 'proc.t24', 'x-collexis-roles': 'PAYMENT_PROCESSOR' };

const MUTATIONS = {
  recordPayment: 'mutation M($input: RecordPaymentInput!) { recordPayment(input: $input) { created } }',
  processPaymentNotification:
    'mutation M($input: PaymentNotificationInput!) { processPaymentNotification(input: $input) { created } }',
  completePayment: 'mutation M($input: CompletePaymentInput!) { completePayment(input: $input) { changed } }',
  failPayment: 'mutation M($input: FailPaymentInput!) { failPayment(input: $input) { changed } }',
  reversePayment: 'mutation M($input: ReversePaymentInput!) { reversePayment(input: $input) { changed } }',
  syncPayments: /* GraphQL */ `mutation M($input: SyncPaymentsInput!) {
    syncPayments(input: $input) { rejected results { outcome error { code field message } } }
  }`,
} as const;
type Mutation = keyof typeof MUTATIONS;

/** How the failure reaches the client. */
type Expected =
  /** A GraphQL error whose extensions name the field (the subgraph's own validation). */
  | { kind: 'field'; code: 'BAD_USER_INPUT' | 'NOT_FOUND' | 'CONFLICT'; field: string }
  /**
   * graphql-js rejected the variables, at the gateway or (for our custom scalars Decimal and DateTime, which the
   * gateway cannot check) in the subgraph; its message names the field.
   */
  | { kind: 'graphql'; code: 'BAD_USER_INPUT'; mentions: string }
  /** syncPayments keeps going: the record is REJECTED with the code and field in its result. */
  | { kind: 'rejected'; code: 'BAD_USER_INPUT' | 'CONFLICT'; field: string };

interface Case {
  mutation: Mutation;
  problem: string;
  input: Record<string, unknown>;
  expected: Expected;
}

const tomorrow = new Date(Date.now() + 86_400_000).toISOString();
const tooLong = 'X'.repeat(21);

const payment = {
  referenceNumber: 'BAD-NEW-1',
  loanAccountNumber: 'LN-BAD',
  cif: 'CIF-BAD',
  amount: '100.00',
  currency: 'VND',
  paymentDate: '2026-03-10T09:30:00Z',
  paymentMethod: 'CASH',
  status: 'COMPLETED',
  sourceSystem: 'T24',
};
const { sourceSystem: _batchWide, ...syncRecord } = payment;

const withField = (input: Record<string, unknown>, field: string, value: unknown) => ({
  ...input,
  [field]: value,
});
const without = (input: Record<string, unknown>, field: string) =>
  Object.fromEntries(Object.entries(input).filter(([key]) => key !== field));

/** The bad-input classes of a payment's own fields, each as a change to a valid payment. */
const paymentProblems: {
  problem: string;
  change(input: Record<string, unknown>): Record<string, unknown>;
  field: string;
  via: 'zod' | 'graphql';
  mentions?: string;
}[] = [
  {
    problem: 'a missing amount',
    change: (input) => without(input, 'amount'),
    field: 'amount',
    via: 'graphql',
    mentions: 'Field "amount" of required type "Decimal!" was not provided',
  },
  {
    problem: 'an unknown field',
    change: (input) => withField(input, 'discount', '1.00'),
    field: 'discount',
    via: 'graphql',
    mentions: 'Field "discount" is not defined by type',
  },
  {
    problem: 'a negative amount',
    change: (input) => withField(input, 'amount', '-5.00'),
    field: 'amount',
    via: 'zod',
  },
  {
    problem: 'a zero amount',
    change: (input) => withField(input, 'amount', '0.00'),
    field: 'amount',
    via: 'zod',
  },
  {
    problem: 'a non-numeric amount',
    change: (input) => withField(input, 'amount', 'ten'),
    field: 'amount',
    via: 'graphql',
  },
  {
    problem: 'an amount as a JSON number',
    change: (input) => withField(input, 'amount', 10.5),
    field: 'amount',
    via: 'graphql',
  },
  {
    problem: 'an amount with 3 decimals',
    change: (input) => withField(input, 'amount', '10.125'),
    field: 'amount',
    via: 'zod',
  },
  {
    problem: 'an amount beyond DECIMAL(18,2)',
    change: (input) => withField(input, 'amount', '12345678901234567.00'),
    field: 'amount',
    via: 'graphql',
  },
  {
    problem: 'an unknown currency code',
    change: (input) => withField(input, 'currency', 'XYZ'),
    field: 'currency',
    via: 'zod',
  },
  {
    problem: 'a lower-case currency code',
    change: (input) => withField(input, 'currency', 'vnd'),
    field: 'currency',
    via: 'zod',
  },
  {
    problem: 'a reference number longer than 20',
    change: (input) => withField(input, 'referenceNumber', tooLong),
    field: 'referenceNumber',
    via: 'zod',
  },
  {
    problem: 'an empty reference number',
    change: (input) => withField(input, 'referenceNumber', ''),
    field: 'referenceNumber',
    via: 'zod',
  },
  {
    problem: 'a loan account number longer than 20',
    change: (input) => withField(input, 'loanAccountNumber', tooLong),
    field: 'loanAccountNumber',
    via: 'zod',
  },
  {
    problem: 'a CIF longer than 20',
    change: (input) => withField(input, 'cif', tooLong),
    field: 'cif',
    via: 'zod',
  },
  {
    problem: 'a payment method longer than 20',
    change: (input) => withField(input, 'paymentMethod', 'BANK_TRANSFER_ONLINE_X'),
    field: 'paymentMethod',
    via: 'zod',
  },
  {
    problem: 'a status reason longer than 500',
    change: (input) => withField(input, 'statusReason', 'x'.repeat(501)),
    field: 'statusReason',
    via: 'zod',
  },
  {
    problem: 'an unparsable payment date',
    change: (input) => withField(input, 'paymentDate', '10/03/2026'),
    field: 'paymentDate',
    via: 'graphql',
  },
  {
    problem: 'a payment date in the future',
    change: (input) => withField(input, 'paymentDate', tomorrow),
    field: 'paymentDate',
    via: 'zod',
  },
  {
    problem: 'a status that is no PaymentStatus',
    change: (input) => withField(input, 'status', 'PAID'),
    field: 'status',
    via: 'graphql',
  },
];

function recordCases(
  mutation: 'recordPayment' | 'processPaymentNotification',
  base: Record<string, unknown>,
): Case[] {
  return [
    ...paymentProblems.map(
      ({ problem, change, field, via, mentions }): Case => ({
        mutation,
        problem,
        input: change(base),
        expected:
          via === 'zod'
            ? { kind: 'field', code: 'BAD_USER_INPUT', field: `input.${field}` }
            : { kind: 'graphql', code: 'BAD_USER_INPUT', mentions: mentions ?? `"input.${field}"` },
      }),
    ),
    {
      mutation,
      problem: 'a source system that is no SourceSystem',
      input: withField(base, 'sourceSystem', 'SAP'),
      expected: { kind: 'graphql', code: 'BAD_USER_INPUT', mentions: '"input.sourceSystem"' },
    },
    {
      mutation,
      problem: 'a REVERSED status (reversing is its own mutation)',
      input: withField(base, 'status', 'REVERSED'),
      expected: { kind: 'field', code: 'BAD_USER_INPUT', field: 'input.status' },
    },
    {
      mutation,
      problem: 'a known reference number with different data',
      input: { ...base, referenceNumber: 'BAD-DONE', amount: '99.00' },
      expected: { kind: 'field', code: 'CONFLICT', field: 'input.amount' },
    },
  ];
}

function syncCases(): Case[] {
  const batch = (records: unknown[], sourceSystem: unknown = 'T24') => ({ sourceSystem, payments: records });
  return [
    ...paymentProblems.map(
      ({ problem, change, field, via, mentions }): Case => ({
        mutation: 'syncPayments',
        problem: `a record with ${problem.replace(/^an? /, '')}`,
        input: batch([change(syncRecord)]),
        expected:
          via === 'zod'
            ? { kind: 'rejected', code: 'BAD_USER_INPUT', field: `input.payments.0.${field}` }
            : {
                kind: 'graphql',
                code: 'BAD_USER_INPUT',
                mentions: mentions ?? `"input.payments[0].${field}"`,
              },
      }),
    ),
    {
      mutation: 'syncPayments',
      problem: 'a record conflicting with a known payment',
      input: batch([{ ...syncRecord, referenceNumber: 'BAD-DONE', amount: '99.00' }]),
      expected: { kind: 'rejected', code: 'CONFLICT', field: 'input.payments.0.amount' },
    },
    {
      mutation: 'syncPayments',
      problem: 'a missing source system',
      input: { payments: [syncRecord] },
      expected: {
        kind: 'graphql',
        code: 'BAD_USER_INPUT',
        mentions: 'Field "sourceSystem" of required type "SourceSystem!" was not provided',
      },
    },
    {
      mutation: 'syncPayments',
      problem: 'a source system that is no SourceSystem',
      input: batch([syncRecord], 'SAP'),
      expected: { kind: 'graphql', code: 'BAD_USER_INPUT', mentions: '"input.sourceSystem"' },
    },
    {
      mutation: 'syncPayments',
      problem: 'an empty batch',
      input: batch([]),
      expected: { kind: 'field', code: 'BAD_USER_INPUT', field: 'input.payments' },
    },
    {
      mutation: 'syncPayments',
      problem: 'a batch of more than 500 records',
      input: batch(
        Array.from({ length: 501 }, (_, n) => ({ ...syncRecord, referenceNumber: `BAD-MANY-${n}` })),
      ),
      expected: { kind: 'field', code: 'BAD_USER_INPUT', field: 'input.payments' },
    },
  ];
}

function statusChangeCases(
  mutation: 'completePayment' | 'failPayment' | 'reversePayment',
  target: string,
): Case[] {
  const base: Record<string, unknown> =
    mutation === 'completePayment'
      ? { referenceNumber: target }
      : { referenceNumber: target, reason: 'Returned' };
  const cases: Case[] = [
    {
      mutation,
      problem: 'a missing reference number',
      input: without(base, 'referenceNumber'),
      expected: {
        kind: 'graphql',
        code: 'BAD_USER_INPUT',
        mentions: 'Field "referenceNumber" of required type "String!" was not provided',
      },
    },
    {
      mutation,
      problem: 'an unknown field',
      input: withField(base, 'status', 'COMPLETED'),
      expected: {
        kind: 'graphql',
        code: 'BAD_USER_INPUT',
        mentions: 'Field "status" is not defined by type',
      },
    },
    {
      mutation,
      problem: 'a reference number that is not a string',
      input: withField(base, 'referenceNumber', 42),
      expected: { kind: 'graphql', code: 'BAD_USER_INPUT', mentions: '"input.referenceNumber"' },
    },
    {
      mutation,
      problem: 'a reference number longer than 20',
      input: withField(base, 'referenceNumber', tooLong),
      expected: { kind: 'field', code: 'BAD_USER_INPUT', field: 'input.referenceNumber' },
    },
    {
      mutation,
      problem: 'an empty reference number',
      input: withField(base, 'referenceNumber', ''),
      expected: { kind: 'field', code: 'BAD_USER_INPUT', field: 'input.referenceNumber' },
    },
    {
      mutation,
      problem: 'a reference number that does not exist',
      input: withField(base, 'referenceNumber', 'BAD-NO-SUCH'),
      expected: { kind: 'field', code: 'NOT_FOUND', field: 'input.referenceNumber' },
    },
    {
      mutation,
      problem: 'a payment whose status does not allow it',
      input: withField(
        base,
        'referenceNumber',
        { completePayment: 'BAD-FAILED', failPayment: 'BAD-DONE', reversePayment: 'BAD-PENDING' }[mutation],
      ),
      expected: { kind: 'field', code: 'CONFLICT', field: 'input.referenceNumber' },
    },
  ];
  if (mutation === 'completePayment') return cases;
  return [
    ...cases,
    {
      mutation,
      problem: 'a missing reason',
      input: without(base, 'reason'),
      expected: {
        kind: 'graphql',
        code: 'BAD_USER_INPUT',
        mentions: 'Field "reason" of required type "String!" was not provided',
      },
    },
    {
      mutation,
      problem: 'an empty reason',
      input: withField(base, 'reason', ''),
      expected: { kind: 'field', code: 'BAD_USER_INPUT', field: 'input.reason' },
    },
    {
      mutation,
      problem: 'a reason longer than 500',
      input: withField(base, 'reason', 'x'.repeat(501)),
      expected: { kind: 'field', code: 'BAD_USER_INPUT', field: 'input.reason' },
    },
  ];
}

const cases: Case[] = [
  ...recordCases('recordPayment', payment),
  ...recordCases('processPaymentNotification', { ...payment, requiresReceipt: true }),
  ...syncCases(),
  ...statusChangeCases('completePayment', 'BAD-PENDING'),
  ...statusChangeCases('failPayment', 'BAD-PENDING'),
  ...statusChangeCases('reversePayment', 'BAD-DONE'),
];

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
  let sql: pg.Client;

  /** Every row of payment_service's tables, in a stable order. */
  async function snapshot(): Promise<Record<string, unknown[]>> {
    const rows = async (table: string, order: string) =>
      (await sql.query(`SELECT to_jsonb(t) AS row FROM payment_service.${table} t ORDER BY ${order}`)).rows;
    return {
      payments: await rows('payments', 'reference_number'),
      paymentEvents: await rows('payment_events', 'sequence'),
      auditLog: await rows('audit_log', 'id'),
    };
  }

  beforeAll(async () => {
    stack = await startTestStack();
    sql = new pg.Client(stack.database.url);
    await sql.connect();
    const record = (input: Record<string, unknown>) =>
      postGraphQL(stack.gatewayUrl, MUTATIONS.recordPayment, { input }, viewer);
    await record({ ...payment, referenceNumber: 'BAD-PENDING', status: 'PENDING' });
    await record({ ...payment, referenceNumber: 'BAD-DONE' });
    await record({ ...payment, referenceNumber: 'BAD-FAILED', status: 'FAILED' });
    const { payments } = await snapshot();
    expect(payments).toHaveLength(3);
  });
  afterAll(async () => {
    await sql?.end();
    await stack?.stop();
  });

  it.each(cases)(
    '$mutation with $problem: fails and changes nothing',
    async ({ mutation, input, expected }) => {
      const before = await snapshot();
      const response = await postGraphQL(stack.gatewayUrl, MUTATIONS[mutation], { input }, viewer);
      expectFailure(response, expected);
      expect(await snapshot()).toEqual(before);
    },
  );
});
