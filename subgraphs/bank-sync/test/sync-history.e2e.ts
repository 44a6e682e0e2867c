import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { GraphQLResponse } from '@collexis/platform/http';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { syncRuns } from '../src/db';
import {
  createInbox,
  customerRecord,
  type ExportRecord,
  type Inbox,
  phoneRecord,
  writeJsonLines,
} from './support/exports';
import { adminHeaders, type BankSyncHarness, startBankSync } from './support/harness';
import { PUSH_SYNC_BATCH, RUN_SYNC, type Run } from './support/operations';
import { readAllPages } from './support/pages';

const SYNC_STATUS = /* GraphQL */ `
  query {
    syncStatus {
      sourceSystem entityType status startedAt finishedAt insertedCount updatedCount unchangedCount rejectedCount
      run { id trigger }
    }
  }
`;

const SYNC_RUNS = /* GraphQL */ `
  query Runs($filter: SyncRunFilter, $first: Int, $after: String) {
    syncRuns(filter: $filter, first: $first, after: $after) {
      edges { cursor node { id sourceSystem trigger status } }
      nodes { id sourceSystem trigger status }
      pageInfo { hasNextPage endCursor }
    }
  }
`;

const RUN_ERRORS = /* GraphQL */ `
  query Errors($id: ID!, $first: Int, $after: String) {
    syncRun(id: $id) {
      id
      errors(first: $first, after: $after) {
        edges { cursor node { batchIndex field } }
        nodes { batchIndex field }
        pageInfo { hasNextPage endCursor }
      }
    }
  }
`;

interface RunSummary {
  id: string;
  sourceSystem: string;
  trigger: string;
  status: string;
}

describe('sync history and status', () => {
  let inbox: Inbox;
  let bankSync: BankSyncHarness;
  const runs: Run[] = [];

  const mutate = async (query: string, input: Record<string, unknown>) => {
    const response = await bankSync.query<Record<string, { run: Run }>>(query, { input }, adminHeaders);
    const run = Object.values(response.data ?? {})[0]?.run;
    if (!run) throw new Error(`mutation failed: ${JSON.stringify(response.errors)}`);
    runs.push(run);
    return run;
  };
  const push = (sourceSystem: string, entityType: string, records: ExportRecord[]) =>
    mutate(PUSH_SYNC_BATCH, { sourceSystem, entityType, records });

  beforeAll(async () => {
    inbox = await createInbox();
    bankSync = await startBankSync({ syncInboxDir: inbox.dir });
    await push('T24', 'CUSTOMERS', [customerRecord(1), customerRecord(2)]);
    await push('W4', 'CUSTOMERS', [customerRecord(3)]);
    await writeJsonLines(inbox.dir, 'T24_customers_1.jsonl', [customerRecord(1, { segment: 'SME' })]);
    await writeJsonLines(inbox.dir, 'T24_phones_1.jsonl', [phoneRecord(1), phoneRecord(7)]);
    await mutate(RUN_SYNC, { sourceSystem: 'T24', entityTypes: ['PHONES', 'CUSTOMERS'] });
  });
  afterAll(async () => {
    await bankSync?.stop();
    await inbox?.remove();
  });

  it('reports the latest run of each source system for each entity type, with that type’s counts', async () => {
    const response = await bankSync.query<{ syncStatus: unknown[] }>(SYNC_STATUS);

    expect(response.errors).toBeUndefined();
    const [, w4, file] = runs;
    expect(response.data?.syncStatus).toEqual([
      expect.objectContaining({
        sourceSystem: 'T24',
        entityType: 'CUSTOMERS',
        status: 'PARTIAL',
        insertedCount: 0,
        updatedCount: 1,
        unchangedCount: 0,
        rejectedCount: 0,
        run: { id: file?.id, trigger: 'FILE' },
      }),
      expect.objectContaining({
        sourceSystem: 'T24',
        entityType: 'PHONES',
        insertedCount: 1,
        rejectedCount: 1,
        run: { id: file?.id, trigger: 'FILE' },
      }),
      expect.objectContaining({
        sourceSystem: 'W4',
        entityType: 'CUSTOMERS',
        status: 'SUCCEEDED',
        run: { id: w4?.id, trigger: 'PUSH' },
      }),
    ]);
  });

  it('lists runs newest first, page by page, and filters them', async () => {
    const all = await readAllPages<RunSummary>(bankSync, 'syncRuns', SYNC_RUNS, { first: 2 });
    const t24Pushes = await readAllPages<RunSummary>(bankSync, 'syncRuns', SYNC_RUNS, {
      filter: { sourceSystem: 'T24', trigger: 'PUSH' },
    });
    const phones = await readAllPages<RunSummary>(bankSync, 'syncRuns', SYNC_RUNS, {
      filter: { entityType: 'PHONES' },
    });

    expect(all.nodes.map((run) => run.id)).toEqual(runs.map((run) => run.id).reverse());
    expect(all.pages).toBe(2);
    expect(t24Pushes.nodes.map((run) => run.id)).toEqual([runs[0]?.id]);
    expect(phones.nodes.map((run) => run.id)).toEqual([runs[2]?.id]);
  });

  it("pages through a run's errors in the order they were found", async () => {
    const run = await push(
      'T24',
      'PHONES',
      [1, 2, 3, 4, 5].map((i) => phoneRecord(100 + i)),
    );
    const seen: number[] = [];
    let after: string | null = null;
    let pages = 0;

    do {
      const response: ErrorsResponse = await bankSync.query(RUN_ERRORS, { id: run.id, first: 2, after });
      const errors = response.data?.syncRun?.errors;
      if (!errors) throw new Error(`no errors page: ${JSON.stringify(response.errors)}`);
      seen.push(...errors.nodes.map((error) => error.batchIndex));
      after = errors.pageInfo.hasNextPage ? errors.pageInfo.endCursor : null;
      pages += 1;
    } while (after !== null);

    expect(seen).toEqual([0, 1, 2, 3, 4]);
    expect(pages).toBe(3);
  });

  it('answers null for an unknown or malformed run id', async () => {
    const unknown = await bankSync.query(RUN_ERRORS, { id: '00000000-0000-0000-0000-000000000000' });
    const malformed = await bankSync.query(RUN_ERRORS, { id: 'not-a-uuid' });

    expect(unknown).toEqual({ data: { syncRun: null } });
    expect(malformed).toEqual({ data: { syncRun: null } });
  });

  it('refuses a second file run of a source system while one holds its lock', async () => {
    const client = new pg.Client(bankSync.databaseUrl);
    await client.connect();
    try {
      await client.query("SELECT pg_advisory_lock(hashtext('bank_sync_service.sync_runs'), hashtext('W4'))");
      const response = await bankSync.query(RUN_SYNC, { input: { sourceSystem: 'W4' } }, adminHeaders);

      expect(response.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', field: 'sourceSystem' });
    } finally {
      await client.end();
    }
  });

  it('marks a file run left RUNNING by a process that died as FAILED when the next run of its source starts', async () => {
    const [orphan] = await bankSync.db
      .insert(syncRuns)
      .values({
        sourceSystem: 'W4',
        entityTypes: ['customers'],
        trigger: 'FILE',
        triggeredBy: 'x',
        status: 'RUNNING',
      })
      .returning();

    await mutate(RUN_SYNC, { sourceSystem: 'W4' });

    const response = await bankSync.query<{ syncRun: { status: string; failureReason: string } }>(
      'query Run($id: ID!) { syncRun(id: $id) { status failureReason } }',
      { id: orphan?.id },
    );
    expect(response.data?.syncRun).toEqual({
      status: 'FAILED',
      failureReason: 'interrupted: the process running it stopped before it finished',
    });
  });

  it('records a run that stops on an error as FAILED with the reason, and keeps the file for the next run', async () => {
    await mkdir(join(inbox.dir, 'OTHER_customers_broken.jsonl'));

    const run = await mutate(RUN_SYNC, { sourceSystem: 'OTHER' });

    expect(run).toMatchObject({ status: 'FAILED', failureReason: expect.stringContaining('EISDIR') });
    expect(run.finishedAt).not.toBeNull();
  });
});

type ErrorsResponse = GraphQLResponse<{
  syncRun: {
    errors: { nodes: { batchIndex: number }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } };
  } | null;
}>;
