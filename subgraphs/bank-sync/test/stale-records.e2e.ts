import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { customers } from '../src/db';
import { customerRecord, type ExportRecord, phoneRecord } from './support/exports';
import { adminHeaders, type BankSyncHarness, startBankSync } from './support/harness';
import { PUSH_SYNC_BATCH, type Run } from './support/operations';
import { readAllPages } from './support/pages';

const STALE = /* GraphQL */ `
  query Stale($entityType: SyncEntityType!, $olderThan: DateTime!, $sourceSystem: SourceSystem, $first: Int, $after: String) {
    staleRecords(entityType: $entityType, olderThan: $olderThan, sourceSystem: $sourceSystem, first: $first, after: $after) {
      edges { cursor node { entityType naturalKey key sourceSystem lastSyncedAt lastSeenAt } }
      nodes { entityType naturalKey key sourceSystem lastSyncedAt lastSeenAt }
      pageInfo { hasNextPage endCursor }
    }
  }
`;

interface StaleRecord {
  entityType: string;
  naturalKey: string;
  key: Record<string, string>;
  sourceSystem: string;
  lastSyncedAt: string | null;
  lastSeenAt: string | null;
}

describe('stale records', () => {
  let bankSync: BankSyncHarness;
  let firstRun: Run;
  let secondRun: Run;

  const push = async (entityType: string, records: ExportRecord[], sourceSystem = 'T24') => {
    const response = await bankSync.query<{ pushSyncBatch: { run: Run } }>(
      PUSH_SYNC_BATCH,
      { input: { sourceSystem, entityType, records } },
      adminHeaders,
    );
    const run = response.data?.pushSyncBatch.run;
    if (!run) throw new Error(`push failed: ${JSON.stringify(response.errors)}`);
    return run;
  };
  const stale = (variables: Record<string, unknown>) =>
    readAllPages<StaleRecord>(bankSync, 'staleRecords', STALE, {
      olderThan: secondRun.startedAt,
      ...variables,
    });

  beforeAll(async () => {
    bankSync = await startBankSync();
    firstRun = await push('CUSTOMERS', [customerRecord(1), customerRecord(2), customerRecord(3)]);
    await push('PHONES', [phoneRecord(1), phoneRecord(2)]);
    await push('CUSTOMERS', [customerRecord(4)], 'W4');
    await bankSync.db.insert(customers).values({
      cif: 'CRM000001',
      type: 'INDIVIDUAL',
      segment: 'RETAIL',
      status: 'ACTIVE',
      sourceSystem: 'CRM',
      createdBy: 'agent.one',
      updatedBy: 'agent.one',
    });
    // The next export carries customers 1 and 2 unchanged and phone 1: the rest is not seen again.
    secondRun = await push('CUSTOMERS', [customerRecord(1), customerRecord(2)]);
    await push('PHONES', [phoneRecord(1)]);
  });
  afterAll(() => bankSync?.stop());

  it('lists the records no export has carried since the date, and those no sync ever saw', async () => {
    const { nodes } = await stale({ entityType: 'CUSTOMERS', first: 1 });

    expect(
      nodes.map((record) => [record.naturalKey, record.sourceSystem, record.lastSeenAt === null]),
    ).toEqual([
      ['CRM000001', 'CRM', true],
      ['SYN000003', 'T24', false],
      ['SYN000004', 'W4', false],
    ]);
    expect(secondRun).toMatchObject({ insertedCount: 0, updatedCount: 0, unchangedCount: 2 });
  });

  it('counts a record carried again unchanged as seen, though its row was not rewritten', async () => {
    const { nodes } = await stale({
      entityType: 'CUSTOMERS',
      olderThan: new Date(Date.now() + 60_000).toISOString(),
    });
    const customer1 = nodes.find((record) => record.naturalKey === 'SYN000001');

    expect(customer1?.lastSyncedAt).not.toBeNull();
    expect(Date.parse(customer1?.lastSyncedAt ?? '')).toBeLessThanOrEqual(Date.parse(secondRun.startedAt));
    expect(Date.parse(customer1?.lastSeenAt ?? '')).toBeGreaterThanOrEqual(Date.parse(secondRun.startedAt));
    expect(Date.parse(firstRun.startedAt)).toBeLessThan(Date.parse(secondRun.startedAt));
  });

  it('filters by source system and names two-part keys by field', async () => {
    const w4 = await stale({ entityType: 'CUSTOMERS', sourceSystem: 'W4' });
    const phones = await stale({ entityType: 'PHONES' });

    expect(w4.nodes.map((record) => record.naturalKey)).toEqual(['SYN000004']);
    expect(phones.nodes).toEqual([
      expect.objectContaining({
        entityType: 'PHONES',
        naturalKey: 'SYN000002/MOBILE',
        key: { cif: 'SYN000002', type: 'MOBILE' },
      }),
    ]);
  });
});
