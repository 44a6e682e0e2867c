/** Bad input to every payment mutation, as data: the mutation, the problem, the input, the failure expected. */
import { payment, paymentProblems, syncRecord, tooLong, withField, without } from './payment-fields';

export type Mutation =
  | 'recordPayment'
  | 'processPaymentNotification'
  | 'completePayment'
  | 'failPayment'
  | 'reversePayment'
  | 'syncPayments';

/** How the failure reaches the client. */
export type Expected =
  /** A GraphQL error whose extensions name the field (the subgraph's own validation). */
  | { kind: 'field'; code: 'BAD_USER_INPUT' | 'NOT_FOUND' | 'CONFLICT'; field: string }
  /**
   * graphql-js rejected the variables, at the gateway or (for our custom scalars Decimal and DateTime, which the
   * gateway cannot check) in the subgraph; its message names the field.
   */
  | { kind: 'graphql'; code: 'BAD_USER_INPUT'; mentions: string }
  /** syncPayments keeps going: the record is REJECTED with the code and field in its result. */
  | { kind: 'rejected'; code: 'BAD_USER_INPUT' | 'CONFLICT'; field: string };

export interface Case {
  mutation: Mutation;
  problem: string;
  input: Record<string, unknown>;
  expected: Expected;
}

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

export const cases: Case[] = [
  ...recordCases('recordPayment', payment),
  ...recordCases('processPaymentNotification', { ...payment, requiresReceipt: true }),
  ...syncCases(),
  ...statusChangeCases('completePayment', 'BAD-PENDING'),
  ...statusChangeCases('failPayment', 'BAD-PENDING'),
  ...statusChangeCases('reversePayment', 'BAD-DONE'),
];
