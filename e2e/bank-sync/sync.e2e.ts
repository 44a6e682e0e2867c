/**
 * bank-sync's synchronisation through the gateway: importing exports (runSync), pushing batches
 * (pushSyncBatch), and reading the outcome (syncStatus, syncRuns, syncRun, staleRecords, findBySourceSystem,
 * the audit log) as the desktop app and the core systems do.
 */
import { viewers } from '@collexis/platform/testing';
import { startTestStack, type TestStack } from '@collexis/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { customer, writeExport } from './support/exports';

const RUN = 'id sourceSystem trigger status insertedCount updatedCount unchangedCount rejectedCount files';

const RUN_SYNC = /* GraphQL */ `
  mutation RunSync($input: RunSyncInput!) { runSync(input: $input) { run { ${RUN} } } }
`;

const PUSH = /* GraphQL */ `
  mutation Push($input: PushSyncBatchInput!) {
    pushSyncBatch(input: $input) { run { ${RUN} errors { nodes { batchIndex code field reason } } } }
  }
`;

interface Run {
  id: string;
  sourceSystem: string;
  trigger: string;
  status: string;
  insertedCount: number;
  updatedCount: number;
  unchangedCount: number;
  rejectedCount: number;
  files: string[];
  errors?: { nodes: { batchIndex: number; code: string; field: string; reason: string }[] };
}

describe('bank-sync synchronisation through the gateway', () => {
  let stack: TestStack;

  const mutate = async (
    query: string,
    input: Record<string, unknown>,
    field: 'runSync' | 'pushSyncBatch',
  ) => {
    const response = await stack.query<Record<string, { run: Run }>>(query, { input }, viewers.coreSystem);
    expect(response.errors).toBeUndefined();
    const run = response.data?.[field]?.run;
    if (!run) throw new Error(`${field} returned no run`);
    return run;
  };
  const dump = async () => {
    const tables = ['customers', 'phones', 'loans', 'due_segmentations'];
    const rows = await Promise.all(
      tables.map(
        async (table) => (await stack.sql.query(`SELECT * FROM bank_sync_service.${table} ORDER BY id`)).rows,
      ),
    );
    return Object.fromEntries(tables.map((table, i) => [table, rows[i]]));
  };

  beforeAll(async () => {
    stack = await startTestStack({ consumers: false });
  });
  afterAll(() => stack?.stop());

  it('runSync imports the inbox exports, and the graph serves what they hold', async () => {
    await writeExport(stack.syncInboxDir);

    const run = await mutate(RUN_SYNC, { sourceSystem: 'T24' }, 'runSync');

    expect(run).toMatchObject({ trigger: 'FILE', status: 'SUCCEEDED', insertedCount: 10, rejectedCount: 0 });
    expect(run.files).toEqual([
      'T24_customers_20260131.csv',
      'T24_phones_20260131.jsonl',
      'T24_loans_20260131.jsonl',
      'T24_due_segmentations_20260131.jsonl',
    ]);
    const response = await stack.query(
      `{ customer(cif: "GW000001") { name sourceSystem createdBy phones { number } loans { accountNumber outstanding dueSegmentations { dueDate principalAmount } } } }`,
    );
    expect(response).toEqual({
      data: {
        customer: {
          name: 'Customer GW000001',
          sourceSystem: 'T24',
          createdBy: 'T24_SYNC',
          phones: [{ number: '091200000' }],
          loans: [
            {
              accountNumber: 'GWLN000001',
              outstanding: '210000000.00',
              dueSegmentations: [{ dueDate: '2026-03-01', principalAmount: '5000000.00' }],
            },
          ],
        },
      },
    });
  });

  it('runSync of the same export again changes no row and reports no change', async () => {
    const before = await dump();
    await writeExport(stack.syncInboxDir);

    const run = await mutate(RUN_SYNC, { sourceSystem: 'T24' }, 'runSync');

    expect(run).toMatchObject({ status: 'SUCCEEDED', insertedCount: 0, updatedCount: 0, unchangedCount: 10 });
    expect(await dump()).toEqual(before);
  });

  it('pushSyncBatch applies the valid records and names the field of each rejected one', async () => {
    const run = await mutate(
      PUSH,
      {
        sourceSystem: 'W4',
        entityType: 'CUSTOMERS',
        records: [
          customer('GW000004', 'SME'),
          { ...customer('GW000005'), segment: null },
          customer('GW000001', 'SME'),
        ],
      },
      'pushSyncBatch',
    );

    expect(run).toMatchObject({
      trigger: 'PUSH',
      status: 'PARTIAL',
      insertedCount: 1,
      updatedCount: 1,
      rejectedCount: 1,
    });
    expect(run.errors?.nodes).toEqual([
      { batchIndex: 1, code: 'BAD_USER_INPUT', field: 'segment', reason: 'is required' },
    ]);
  });

  it('syncStatus gives the latest run per source system and entity type, syncRuns the history newest first', async () => {
    const status = await stack.query<{
      syncStatus: { sourceSystem: string; entityType: string; status: string }[];
    }>('{ syncStatus { sourceSystem entityType status run { trigger } } }');
    const history = await stack.query<{ syncRuns: { nodes: { trigger: string; sourceSystem: string }[] } }>(
      '{ syncRuns(first: 10) { nodes { trigger sourceSystem } } }',
    );
    const t24Files = await stack.query<{ syncRuns: { nodes: { id: string }[] } }>(
      '{ syncRuns(filter: { sourceSystem: T24, trigger: FILE }) { nodes { id } } }',
    );

    expect(
      status.data?.syncStatus.map(({ sourceSystem, entityType }) => `${sourceSystem} ${entityType}`),
    ).toEqual([
      'T24 CUSTOMERS',
      'T24 PHONES',
      'T24 ADDRESSES',
      'T24 EMAILS',
      'T24 REFERENCE_CUSTOMERS',
      'T24 LOANS',
      'T24 COLLATERALS',
      'T24 LOAN_COLLATERALS',
      'T24 DUE_SEGMENTATIONS',
      'W4 CUSTOMERS',
    ]);
    expect(history.data?.syncRuns.nodes).toEqual([
      { trigger: 'PUSH', sourceSystem: 'W4' },
      { trigger: 'FILE', sourceSystem: 'T24' },
      { trigger: 'FILE', sourceSystem: 'T24' },
    ]);
    expect(t24Files.data?.syncRuns.nodes).toHaveLength(2);
  });

  it('syncRun returns one run with its counts per entity type', async () => {
    const latest = await stack.query<{ syncRuns: { nodes: { id: string }[] } }>(
      '{ syncRuns(first: 1) { nodes { id } } }',
    );
    const id = latest.data?.syncRuns.nodes[0]?.id;

    const response = await stack.query(
      'query Run($id: ID!) { syncRun(id: $id) { id entities { entityType insertedCount updatedCount rejectedCount } } }',
      { id },
    );

    expect(response.data).toEqual({
      syncRun: {
        id,
        entities: [{ entityType: 'CUSTOMERS', insertedCount: 1, updatedCount: 1, rejectedCount: 1 }],
      },
    });
  });

  it('staleRecords lists the records no export has carried since a date', async () => {
    const since = new Date().toISOString();
    await mutate(
      PUSH,
      { sourceSystem: 'T24', entityType: 'CUSTOMERS', records: [customer('GW000002'), customer('GW000003')] },
      'pushSyncBatch',
    );

    const response = await stack.query<{
      staleRecords: { nodes: { naturalKey: string; sourceSystem: string }[] };
    }>(
      'query Stale($since: DateTime!) { staleRecords(entityType: CUSTOMERS, olderThan: $since) { nodes { naturalKey sourceSystem } } }',
      { since },
    );

    expect(response.data?.staleRecords.nodes).toEqual([
      { naturalKey: 'GW000001', sourceSystem: 'W4' },
      { naturalKey: 'GW000004', sourceSystem: 'W4' },
    ]);
  });

  it('finds customers and loans by the system they came from', async () => {
    const response = await stack.query<{
      customers: { nodes: { cif: string }[] };
      loans: { nodes: { accountNumber: string }[] };
    }>(
      '{ customers(filter: { sourceSystem: W4 }) { nodes { cif } } loans(filter: { sourceSystem: T24 }) { nodes { accountNumber } } }',
    );

    expect(response.data?.customers.nodes).toEqual([{ cif: 'GW000001' }, { cif: 'GW000004' }]);
    expect(response.data?.loans.nodes.map((node) => node.accountNumber)).toEqual([
      'GWLN000001',
      'GWLN000002',
      'GWLN000003',
    ]);
  });

  it('bankSyncAuditLog shows ADMIN who synchronised what, and refuses others', async () => {
    const audit =
      '{ bankSyncAuditLog(entityType: "SyncRun", first: 10) { nodes { actor operation entityType } } }';

    const forAdmin = await stack.query<{
      bankSyncAuditLog: { nodes: { actor: string; operation: string }[] };
    }>(audit, {}, viewers.admin);
    const forAgent = await stack.query(audit, {}, viewers.collector);

    expect(forAdmin.data?.bankSyncAuditLog.nodes).toHaveLength(4);
    expect(forAdmin.data?.bankSyncAuditLog.nodes[0]).toEqual({
      actor: 't24-connector',
      operation: 'pushSyncBatch',
      entityType: 'SyncRun',
    });
    expect(forAgent.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});
