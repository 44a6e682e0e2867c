/**
 * bank-sync's events through the gateway, as a sync operator watches them: a run's ENTITY_UPDATED per entity
 * type with the keys that changed and SYNC_COMPLETED with its counts, SYNC_FAILED for a run that stops, nothing
 * but SYNC_COMPLETED for an export imported again, and a loan's bucket before and after a pushed change.
 */
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { gatewayHeaders, subscribe, viewers } from '@collexis/platform/testing';
import { startTestStack, type TestStack } from '@collexis/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loan, writeExport } from '../bank-sync/support/exports';

const EVENT = /* GraphQL */ `
  cursor type entityType entityTypes sourceSystem affectedRecords status insertedCount updatedCount
  unchangedCount rejectedCount failureReason run { id status }
  loanChanges { accountNumber cif status previousStatus delinquencyStatus previousDelinquencyStatus }
`;

const OPERATOR_BOARD = /* GraphQL */ `
  subscription Operator($after: String) { syncEvents(after: $after) { ${EVENT} } }
`;

interface SyncEvent {
  cursor: string;
  type: string;
  entityType: string | null;
  entityTypes: string[];
  sourceSystem: string | null;
  affectedRecords: string[];
  status: string | null;
  insertedCount: number | null;
  updatedCount: number | null;
  unchangedCount: number | null;
  rejectedCount: number | null;
  failureReason: string | null;
  run: { id: string; status: string } | null;
  loanChanges: Record<string, string | null>[];
}

const RUN_SYNC = /* GraphQL */ `
  mutation RunSync($input: RunSyncInput!) { runSync(input: $input) { run { id status } } }
`;
const PUSH = /* GraphQL */ `
  mutation Push($input: PushSyncBatchInput!) { pushSyncBatch(input: $input) { run { id status } } }
`;

describe('sync events through the gateway over graphql-ws', () => {
  let stack: TestStack;
  const asAdmin = () => gatewayHeaders(viewers.admin);

  async function sync(query: string, input: Record<string, unknown>): Promise<string> {
    const response = await stack.query<Record<string, { run: { id: string } }>>(
      query,
      { input },
      viewers.coreSystem,
    );
    const run = response.data?.runSync?.run ?? response.data?.pushSyncBatch?.run;
    if (!run) throw new Error(`sync failed: ${JSON.stringify(response.errors)}`);
    return run.id;
  }

  async function head(): Promise<string> {
    const response = await stack.query<{ syncEventsHead: string }>('{ syncEventsHead }', {}, viewers.admin);
    if (!response.data) throw new Error(`syncEventsHead failed: ${JSON.stringify(response.errors)}`);
    return response.data.syncEventsHead;
  }

  beforeAll(async () => {
    stack = await startTestStack({ consumers: false });
  });
  afterAll(() => stack?.stop());

  it("shows a run's changed keys per entity type, then its completion; the same export again only completes", async () => {
    const board = subscribe<{ syncEvents: SyncEvent }>(
      stack.gateway().url,
      OPERATOR_BOARD,
      { after: await head() },
      asAdmin,
    );
    await board.connected;
    await writeExport(stack.syncInboxDir);
    const first = await sync(RUN_SYNC, { sourceSystem: 'T24' });
    const events = (await board.waitFor(5)).map((event) => event.syncEvents);

    expect(events.map((event) => [event.type, event.entityType, event.affectedRecords])).toEqual([
      ['ENTITY_UPDATED', 'CUSTOMERS', ['GW000001', 'GW000002', 'GW000003']],
      ['ENTITY_UPDATED', 'PHONES', ['GW000001/MOBILE', 'GW000002/MOBILE', 'GW000003/MOBILE']],
      ['ENTITY_UPDATED', 'LOANS', ['GWLN000001', 'GWLN000002', 'GWLN000003']],
      ['ENTITY_UPDATED', 'DUE_SEGMENTATIONS', ['GWLN000001/2026-03-01']],
      ['SYNC_COMPLETED', null, []],
    ]);
    expect(events.every((event) => event.run?.id === first && event.sourceSystem === 'T24')).toBe(true);
    expect(events[2]?.loanChanges[0]).toEqual({
      accountNumber: 'GWLN000001',
      cif: 'GW000001',
      status: 'OPEN',
      previousStatus: null,
      delinquencyStatus: 'BUCKET_2',
      previousDelinquencyStatus: null,
    });
    expect(events[4]).toMatchObject({
      entityTypes: [
        'CUSTOMERS',
        'PHONES',
        'ADDRESSES',
        'EMAILS',
        'REFERENCE_CUSTOMERS',
        'LOANS',
        'COLLATERALS',
        'LOAN_COLLATERALS',
        'DUE_SEGMENTATIONS',
      ],
      status: 'SUCCEEDED',
      insertedCount: 10,
      updatedCount: 0,
      unchangedCount: 0,
      rejectedCount: 0,
      run: { id: first, status: 'SUCCEEDED' },
    });

    await writeExport(stack.syncInboxDir);
    const second = await sync(RUN_SYNC, { sourceSystem: 'T24' });
    const [again] = (await board.waitFor(6)).slice(5).map((event) => event.syncEvents);
    await board.close();
    expect(board.errors).toEqual([]);
    expect(again).toMatchObject({
      type: 'SYNC_COMPLETED',
      unchangedCount: 10,
      insertedCount: 0,
      run: { id: second },
    });
    expect(board.received).toHaveLength(6);
  });

  it("shows SYNC_FAILED with the reason for a run that stops, and a loan's bucket before and after a push", async () => {
    const board = subscribe<{ syncEvents: SyncEvent }>(
      stack.gateway().url,
      OPERATOR_BOARD,
      { after: await head() },
      asAdmin,
    );
    await board.connected;
    await mkdir(join(stack.syncInboxDir, 'OTHER_customers_broken.jsonl'));
    const failed = await sync(RUN_SYNC, { sourceSystem: 'OTHER' });
    const worse = { ...loan('GWLN000002', 'GW000002'), dpd: 65, delinquency_status: 'BUCKET_3' };
    await sync(PUSH, { sourceSystem: 'T24', entityType: 'LOANS', records: [worse] });
    const events = (await board.waitFor(3)).map((event) => event.syncEvents);
    await board.close();

    expect(events[0]).toMatchObject({
      type: 'SYNC_FAILED',
      sourceSystem: 'OTHER',
      status: 'FAILED',
      failureReason: expect.stringContaining('EISDIR'),
      run: { id: failed, status: 'FAILED' },
    });
    expect(events[1]).toMatchObject({
      type: 'ENTITY_UPDATED',
      entityType: 'LOANS',
      affectedRecords: ['GWLN000002'],
    });
    expect(events[1]?.loanChanges).toEqual([
      {
        accountNumber: 'GWLN000002',
        cif: 'GW000002',
        status: 'OPEN',
        previousStatus: 'OPEN',
        delinquencyStatus: 'BUCKET_3',
        previousDelinquencyStatus: 'BUCKET_2',
      },
    ]);
    expect(events[2]).toMatchObject({ type: 'SYNC_COMPLETED', status: 'SUCCEEDED', updatedCount: 1 });
  });

  it('filters by event type and entity type, and refuses an empty list', async () => {
    const page = await stack.query<{ syncEvents: { nodes: SyncEvent[] } }>(
      `query { syncEvents(filter: { types: [ENTITY_UPDATED], entityTypes: [LOANS] }) { nodes { ${EVENT} } } }`,
      {},
      viewers.supervisor,
    );
    expect(page.errors).toBeUndefined();
    expect(page.data?.syncEvents.nodes.map((event) => event.affectedRecords)).toEqual([
      ['GWLN000001', 'GWLN000002', 'GWLN000003'],
      ['GWLN000002'],
    ]);
    const refused = await stack.query(
      'query { syncEvents(filter: { entityTypes: [] }) { nodes { cursor } } }',
      {},
      viewers.admin,
    );
    expect(refused.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'filter.entityTypes',
    });
  });
});
