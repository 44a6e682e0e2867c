/**
 * Bad input to bank-sync's mutations, as data: whole mutations refused with their code and field, and single
 * records rejected inside a valid batch or export (see bank-sync.e2e.ts).
 */
import { anonymousCaller, type Caller, viewers } from '@collexis/platform/testing';

export const PUSH = /* GraphQL */ `
  mutation Push($input: PushSyncBatchInput!) {
    pushSyncBatch(input: $input) { run { status insertedCount updatedCount rejectedCount errors { nodes { line batchIndex code field } } } }
  }
`;
export const RUN_SYNC = /* GraphQL */ `
  mutation RunSync($input: RunSyncInput!) {
    runSync(input: $input) { run { status insertedCount updatedCount rejectedCount errors { nodes { line batchIndex code field } } } }
  }
`;

export const customer = {
  cif: 'BI000001',
  type: 'INDIVIDUAL',
  name: 'Bad Input',
  segment: 'RETAIL',
  status: 'ACTIVE',
};
export const loan = {
  account_number: 'BILN000001',
  cif: 'BI000001',
  product_type: 'PERSONAL_LOAN',
  original_amount: '50000000.00',
  currency: 'VND',
  disbursement_date: '2025-01-10',
  maturity_date: '2028-01-10',
  interest_rate: '14.0000',
  term: 36,
  payment_frequency: 'MONTHLY',
  outstanding: '42000000.00',
  remaining_amount: '43000000.00',
  due_amount: '1600000.00',
  next_payment_date: '2026-02-10',
  dpd: 0,
  delinquency_status: 'CURRENT',
  status: 'OPEN',
};
const pushInput = { sourceSystem: 'T24', entityType: 'LOANS', records: [loan] };

const variables = (input: Record<string, unknown>) => ({ input });

/** Mutations refused before anything is written: the code, and the field at fault. */
export const refusals: {
  name: string;
  query: string;
  variables?: Record<string, unknown>;
  caller?: Caller;
  code: string;
  /** extensions.field, or a word the message must name when graphql-js reports the problem. */
  field: string;
}[] = [
  {
    name: 'runSync without sourceSystem',
    query: RUN_SYNC,
    variables: variables({}),
    code: 'BAD_USER_INPUT',
    field: 'sourceSystem',
  },
  {
    name: 'runSync with an unknown field',
    query: RUN_SYNC,
    variables: variables({ sourceSystem: 'T24', folder: '/tmp' }),
    code: 'BAD_USER_INPUT',
    field: 'folder',
  },
  {
    name: 'runSync with an unknown field written inline',
    query: 'mutation { runSync(input: { sourceSystem: T24, folder: "/tmp" }) { run { id } } }',
    code: 'GRAPHQL_VALIDATION_FAILED',
    field: 'folder',
  },
  {
    name: 'runSync with an unknown source system',
    query: RUN_SYNC,
    variables: variables({ sourceSystem: 'SAP' }),
    code: 'BAD_USER_INPUT',
    field: 'input.sourceSystem',
  },
  {
    name: 'runSync with an unknown entity type',
    query: RUN_SYNC,
    variables: variables({ sourceSystem: 'T24', entityTypes: ['ACCOUNTS'] }),
    code: 'BAD_USER_INPUT',
    field: 'input.entityTypes',
  },
  {
    name: 'runSync of CRM, which is never synchronised',
    query: RUN_SYNC,
    variables: variables({ sourceSystem: 'CRM' }),
    code: 'BAD_USER_INPUT',
    field: 'input.sourceSystem',
  },
  {
    name: 'runSync with an empty list of entity types',
    query: RUN_SYNC,
    variables: variables({ sourceSystem: 'T24', entityTypes: [] }),
    code: 'BAD_USER_INPUT',
    field: 'input.entityTypes',
  },
  {
    name: 'runSync by an anonymous caller',
    query: RUN_SYNC,
    variables: variables({ sourceSystem: 'T24' }),
    caller: anonymousCaller,
    code: 'UNAUTHENTICATED',
    field: 'invalid token: missing',
  },
  {
    name: 'runSync by an agent',
    query: RUN_SYNC,
    variables: variables({ sourceSystem: 'T24' }),
    caller: viewers.collector,
    code: 'FORBIDDEN',
    field: 'runSync',
  },
  {
    name: 'pushSyncBatch without records',
    query: PUSH,
    variables: variables({ sourceSystem: 'T24', entityType: 'LOANS' }),
    code: 'BAD_USER_INPUT',
    field: 'records',
  },
  {
    name: 'pushSyncBatch with an unknown field',
    query: PUSH,
    variables: variables({ ...pushInput, dryRun: true }),
    code: 'BAD_USER_INPUT',
    field: 'dryRun',
  },
  {
    name: 'pushSyncBatch with an unknown entity type',
    query: PUSH,
    variables: variables({ ...pushInput, entityType: 'ACCOUNTS' }),
    code: 'BAD_USER_INPUT',
    field: 'input.entityType',
  },
  {
    name: 'pushSyncBatch of CRM records',
    query: PUSH,
    variables: variables({ ...pushInput, sourceSystem: 'CRM' }),
    code: 'BAD_USER_INPUT',
    field: 'input.sourceSystem',
  },
  {
    name: 'pushSyncBatch of no record',
    query: PUSH,
    variables: variables({ ...pushInput, records: [] }),
    code: 'BAD_USER_INPUT',
    field: 'input.records',
  },
  {
    name: 'pushSyncBatch of more than 1,000 records',
    query: PUSH,
    variables: variables({ ...pushInput, records: Array.from({ length: 1001 }, () => loan) }),
    code: 'BAD_USER_INPUT',
    field: 'input.records',
  },
  {
    name: 'pushSyncBatch of a record that is not an object',
    query: PUSH,
    variables: variables({ ...pushInput, records: [loan, 'BILN000002'] }),
    code: 'BAD_USER_INPUT',
    field: 'input.records.1',
  },
  {
    name: 'pushSyncBatch of a record that is a list',
    query: PUSH,
    variables: variables({ ...pushInput, records: [['BILN000002']] }),
    code: 'BAD_USER_INPUT',
    field: 'input.records.0',
  },
  {
    name: 'pushSyncBatch by an agent',
    query: PUSH,
    variables: variables(pushInput),
    caller: viewers.collector,
    code: 'FORBIDDEN',
    field: 'pushSyncBatch',
  },
];

/** One bad record per class: the field at fault, its code, and the record. */
export const badRecords: { name: string; code: string; field: string; record: Record<string, unknown> }[] = [
  {
    name: 'a missing field',
    code: 'BAD_USER_INPUT',
    field: 'currency',
    record: { ...loan, currency: undefined },
  },
  {
    name: 'an unknown field',
    code: 'BAD_USER_INPUT',
    field: 'branch',
    record: { ...loan, branch: 'HN01' },
  },
  {
    name: 'a wrong enum value',
    code: 'BAD_USER_INPUT',
    field: 'status',
    record: { ...loan, status: 'ACTIVE' },
  },
  {
    name: 'a negative amount',
    code: 'BAD_USER_INPUT',
    field: 'outstanding',
    record: { ...loan, outstanding: '-1.00' },
  },
  {
    name: 'a non-numeric amount',
    code: 'BAD_USER_INPUT',
    field: 'original_amount',
    record: { ...loan, original_amount: 'fifty' },
  },
  {
    name: 'more than 2 decimals',
    code: 'BAD_USER_INPUT',
    field: 'due_amount',
    record: { ...loan, due_amount: '10.001' },
  },
  {
    name: 'an unknown currency code',
    code: 'BAD_USER_INPUT',
    field: 'currency',
    record: { ...loan, currency: 'ABC' },
  },
  {
    name: 'a string longer than its column',
    code: 'BAD_USER_INPUT',
    field: 'product_type',
    record: { ...loan, product_type: 'P'.repeat(21) },
  },
  {
    name: 'a date that does not parse',
    code: 'BAD_USER_INPUT',
    field: 'maturity_date',
    record: { ...loan, maturity_date: '2028-02-30' },
  },
  {
    name: 'an id that does not exist',
    code: 'NOT_FOUND',
    field: 'cif',
    record: { ...loan, cif: 'BI999999' },
  },
  {
    name: 'a record of another source system',
    code: 'CONFLICT',
    field: 'source_system',
    record: { ...loan, source_system: 'W4' },
  },
];
