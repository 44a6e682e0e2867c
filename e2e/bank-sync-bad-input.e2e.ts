/**
 * Bad input to bank-sync's mutations through the gateway, class by class. A bad mutation input is refused
 * with its code (and the field) before anything is written: every bank_sync_service table is unchanged. A bad
 * record inside a valid batch or export is rejected on its own, with its code and field in the run's errors,
 * and leaves the synchronised tables unchanged.
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type BankSyncSystem, callers, startBankSyncSystem } from './bank-sync-system';

const PUSH = /* GraphQL */ `
  mutation Push($input: PushSyncBatchInput!) {
    pushSyncBatch(input: $input) { run { status insertedCount updatedCount rejectedCount errors { nodes { line batchIndex code field } } } }
  }
`;
const RUN_SYNC = /* GraphQL */ `
  mutation RunSync($input: RunSyncInput!) {
    runSync(input: $input) { run { status insertedCount updatedCount rejectedCount errors { nodes { line batchIndex code field } } } }
  }
`;

interface RunResult {
  status: string;
  insertedCount: number;
  updatedCount: number;
  rejectedCount: number;
  errors: { nodes: { line: number | null; batchIndex: number | null; code: string; field: string }[] };
}

const customer = {
  cif: 'BI000001',
  type: 'INDIVIDUAL',
  name: 'Bad Input',
  segment: 'RETAIL',
  status: 'ACTIVE',
};
const loan = {
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

/** Every table of the schema, row by row: what "nothing changed" is checked against. */
async function dumpSchema(system: BankSyncSystem): Promise<Record<string, unknown[]>> {
  const { rows: tables } = await system.sql.query<{ name: string }>(
    `SELECT table_name AS name FROM information_schema.tables WHERE table_schema = 'bank_sync_service' ORDER BY 1`,
  );
  const dump: Record<string, unknown[]> = {};
  for (const { name } of tables) {
    dump[name] = (await system.sql.query(`SELECT * FROM bank_sync_service."${name}" ORDER BY 1`)).rows;
  }
  return dump;
}

/** The synchronised tables only: a run that rejects records is itself recorded, the data is not touched. */
async function dumpSyncedData(system: BankSyncSystem) {
  const {
    sync_runs: _runs,
    sync_run_entities: _entities,
    sync_run_errors: _errors,
    audit_log: _audit,
    ...data
  } = await dumpSchema(system);
  return data;
}

describe('bad input to bank-sync mutations', () => {
  let system: BankSyncSystem;

  beforeAll(async () => {
    system = await startBankSyncSystem();
    const seeded = await system.query(
      PUSH,
      { input: { sourceSystem: 'T24', entityType: 'CUSTOMERS', records: [customer] } },
      callers.coreSystem,
    );
    expect(seeded.errors).toBeUndefined();
  });
  afterAll(() => system?.stop());

  describe('refused before anything is written', () => {
    const variables = (input: Record<string, unknown>) => ({ input });
    const cases: {
      name: string;
      query: string;
      variables?: Record<string, unknown>;
      caller?: Record<string, string>;
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
        caller: {},
        code: 'UNAUTHENTICATED',
        field: 'runSync',
      },
      {
        name: 'runSync by an agent',
        query: RUN_SYNC,
        variables: variables({ sourceSystem: 'T24' }),
        caller: callers.agent,
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
        caller: callers.agent,
        code: 'FORBIDDEN',
        field: 'pushSyncBatch',
      },
    ];

    it.each(cases)('$name: $code', async ({ query, variables: given, caller, code, field }) => {
      const before = await dumpSchema(system);

      const response = await system.query(query, given, caller ?? callers.coreSystem);

      const [error] = response.errors ?? [];
      expect(error?.extensions?.code).toBe(code);
      const named = error?.extensions?.field ?? error?.message;
      expect(String(named)).toContain(field);
      expect(await dumpSchema(system)).toEqual(before);
    });

    it('runSync while another run of the source system holds its lock: CONFLICT', async () => {
      const lock = await system.sql.connect();
      try {
        await lock.query("SELECT pg_advisory_lock(hashtext('bank_sync_service.sync_runs'), hashtext('T24'))");
        const before = await dumpSchema(system);

        const response = await system.query(RUN_SYNC, { input: { sourceSystem: 'T24' } }, callers.coreSystem);

        expect(response.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', field: 'sourceSystem' });
        expect(await dumpSchema(system)).toEqual(before);
      } finally {
        await lock.query(
          "SELECT pg_advisory_unlock(hashtext('bank_sync_service.sync_runs'), hashtext('T24'))",
        );
        lock.release();
      }
    });
  });

  /** One bad record per class: the field at fault, its code, and the record. */
  const badRecords: { name: string; code: string; field: string; record: Record<string, unknown> }[] = [
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

  describe('bad records of pushSyncBatch are rejected one by one', () => {
    it.each(badRecords)('$name: $code on $field', async ({ code, field, record }) => {
      const before = await dumpSyncedData(system);

      const response = await system.query<{ pushSyncBatch: { run: RunResult } }>(
        PUSH,
        { input: { sourceSystem: 'T24', entityType: 'LOANS', records: [record] } },
        callers.coreSystem,
      );

      expect(response.errors).toBeUndefined();
      expect(response.data?.pushSyncBatch.run).toEqual({
        status: 'PARTIAL',
        insertedCount: 0,
        updatedCount: 0,
        rejectedCount: 1,
        errors: { nodes: [{ line: null, batchIndex: 0, code, field }] },
      });
      expect(await dumpSyncedData(system)).toEqual(before);
    });
  });

  it('bad records of a runSync export are rejected line by line, and the data is unchanged', async () => {
    const columns = [...Object.keys(loan), 'branch', 'source_system'];
    const cell = (value: unknown) => (value === undefined || value === null ? '' : String(value));
    const lines = badRecords.map(({ record }) => columns.map((column) => cell(record[column])).join(','));
    await writeFile(
      join(system.inboxDir, 'T24_loans_bad.csv'),
      `${columns.join(',')}\n${lines.join('\n')}\n`,
    );
    const before = await dumpSyncedData(system);

    const response = await system.query<{ runSync: { run: RunResult } }>(
      RUN_SYNC,
      { input: { sourceSystem: 'T24', entityTypes: ['LOANS'] } },
      callers.coreSystem,
    );

    const run = response.data?.runSync.run;
    expect(run).toMatchObject({
      status: 'PARTIAL',
      insertedCount: 0,
      updatedCount: 0,
      rejectedCount: badRecords.length,
    });
    expect(run?.errors.nodes).toEqual(
      badRecords.map(({ code, field }, i) => ({ line: i + 2, batchIndex: null, code, field })),
    );
    expect(await dumpSyncedData(system)).toEqual(before);
  });
});
