import { anonymousCaller, callerOf } from '@collexis/platform/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { syncRuns } from '../src/db';
import { customerRecord } from './support/exports';
import { adminHeaders, type BankSyncHarness, startBankSync } from './support/harness';
import { PUSH_SYNC_BATCH, type Run } from './support/operations';

const AUDIT = /* GraphQL */ `
  query Audit($entityType: String, $entityKey: String, $first: Int, $after: String) {
    bankSyncAuditLog(entityType: $entityType, entityKey: $entityKey, first: $first, after: $after) {
      nodes { id occurredAt actor operation entityType entityKey before after }
      pageInfo { hasNextPage endCursor }
    }
  }
`;

interface AuditPage {
  bankSyncAuditLog: {
    nodes: {
      id: string;
      occurredAt: string;
      actor: string;
      operation: string;
      entityType: string;
      entityKey: string;
      before: unknown;
      after: unknown;
    }[];
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
  };
}

const agent = callerOf('agent.one', 'AGENT', 'SUPERVISOR');
const system = callerOf('t24-connector', 'SYSTEM');
const pushInput = {
  sourceSystem: 'T24',
  entityType: 'CUSTOMERS',
  records: [customerRecord(1), customerRecord(2)],
};

describe('who may write and who may read the audit log', () => {
  let bankSync: BankSyncHarness;
  let run: Run;

  beforeAll(async () => {
    bankSync = await startBankSync();
    const response = await bankSync.query<{ pushSyncBatch: { run: Run } }>(
      PUSH_SYNC_BATCH,
      { input: pushInput },
      system,
    );
    const pushed = response.data?.pushSyncBatch.run;
    if (!pushed) throw new Error(`push failed: ${JSON.stringify(response.errors)}`);
    run = pushed;
  });
  afterAll(() => bankSync?.stop());

  it('lets only ADMIN and SYSTEM write, and records nothing for the others', async () => {
    const anonymous = await bankSync.query(PUSH_SYNC_BATCH, { input: pushInput }, anonymousCaller);
    const forbidden = await bankSync.query(PUSH_SYNC_BATCH, { input: pushInput }, agent);

    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(forbidden.errors?.[0]).toMatchObject({
      message: 'pushSyncBatch needs the role ADMIN or SYSTEM',
      extensions: { code: 'FORBIDDEN' },
    });
    expect(await bankSync.db.select({ id: syncRuns.id }).from(syncRuns)).toEqual([{ id: run.id }]);
  });

  it('shows the audit log to ADMIN only', async () => {
    const response = await bankSync.query(AUDIT, {}, agent);

    expect(response.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(response.data).toBeNull();
  });

  it('records who ran each batch and each run, newest first, with what changed', async () => {
    const response = await bankSync.query<AuditPage>(AUDIT, {}, adminHeaders);

    expect(response.errors).toBeUndefined();
    expect(
      response.data?.bankSyncAuditLog.nodes.map(({ id: _id, occurredAt: _at, ...entry }) => entry),
    ).toEqual([
      {
        actor: 't24-connector',
        operation: 'pushSyncBatch',
        entityType: 'SyncRun',
        entityKey: run.id,
        before: { status: 'RUNNING' },
        after: expect.objectContaining({
          status: 'SUCCEEDED',
          inserted: 2,
          sourceSystem: 'T24',
          trigger: 'PUSH',
        }),
      },
      {
        actor: 't24-connector',
        operation: 'pushSyncBatch',
        entityType: 'customers',
        entityKey: run.id,
        before: null,
        after: {
          sourceSystem: 'T24',
          inserted: ['SYN000001', 'SYN000002'],
          updated: [],
          unchanged: 0,
          rejected: 0,
        },
      },
    ]);
  });

  it('filters by entity and pages with a cursor', async () => {
    const first = await bankSync.query<AuditPage>(
      AUDIT,
      { entityType: 'customers', entityKey: run.id, first: 1 },
      adminHeaders,
    );
    const page = first.data?.bankSyncAuditLog;
    const next = await bankSync.query<AuditPage>(AUDIT, { first: 1, after: null }, adminHeaders);
    const keyWithoutType = await bankSync.query(AUDIT, { entityKey: run.id }, adminHeaders);

    expect(page?.nodes.map((entry) => entry.entityType)).toEqual(['customers']);
    expect(page?.pageInfo.hasNextPage).toBe(false);
    expect(next.data?.bankSyncAuditLog.pageInfo.hasNextPage).toBe(true);
    expect(keyWithoutType.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'entityType',
    });
  });
});
