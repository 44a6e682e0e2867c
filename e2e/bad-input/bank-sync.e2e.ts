/**
 * Bad input to bank-sync's mutations through the gateway, class by class. A bad mutation input is refused
 * with its code (and the field) before anything is written: every bank_sync_service table is unchanged. A bad
 * record inside a valid batch or export is rejected on its own, with its code and field in the run's errors,
 * and leaves the synchronised tables unchanged. The cases are data (bank-sync.cases.ts); this file runs them.
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { viewers } from '@collexis/platform/testing';
import { startTestStack, type TestStack } from '@collexis/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { badRecords, customer, loan, PUSH, RUN_SYNC, refusals } from './bank-sync.cases';

interface RunResult {
  status: string;
  insertedCount: number;
  updatedCount: number;
  rejectedCount: number;
  errors: { nodes: { line: number | null; batchIndex: number | null; code: string; field: string }[] };
}

/** Every table of the schema, row by row: what "nothing changed" is checked against. */
async function dumpSchema(stack: TestStack): Promise<Record<string, unknown[]>> {
  const { rows: tables } = await stack.sql.query<{ name: string }>(
    `SELECT table_name AS name FROM information_schema.tables WHERE table_schema = 'bank_sync_service' ORDER BY 1`,
  );
  const dump: Record<string, unknown[]> = {};
  for (const { name } of tables) {
    dump[name] = (await stack.sql.query(`SELECT * FROM bank_sync_service."${name}" ORDER BY 1`)).rows;
  }
  return dump;
}

/**
 * The synchronised tables only: a run that rejects records is itself recorded (and announced by its
 * SYNC_COMPLETED event), the data is not touched.
 */
async function dumpSyncedData(stack: TestStack) {
  const {
    sync_runs: _runs,
    sync_run_entities: _entities,
    sync_run_errors: _errors,
    sync_events: _events,
    audit_log: _audit,
    ...data
  } = await dumpSchema(stack);
  return data;
}

describe('bad input to bank-sync mutations', () => {
  let stack: TestStack;

  beforeAll(async () => {
    stack = await startTestStack({ consumers: false });
    const seeded = await stack.query(
      PUSH,
      { input: { sourceSystem: 'T24', entityType: 'CUSTOMERS', records: [customer] } },
      viewers.coreSystem,
    );
    expect(seeded.errors).toBeUndefined();
  });
  afterAll(() => stack?.stop());

  describe('refused before anything is written', () => {
    it.each(refusals)('$name: $code', async ({ query, variables: given, caller, code, field }) => {
      const before = await dumpSchema(stack);

      const response = await stack.query(query, given, caller ?? viewers.coreSystem);

      const [error] = response.errors ?? [];
      expect(error?.extensions?.code).toBe(code);
      const named = error?.extensions?.field ?? error?.message;
      expect(String(named)).toContain(field);
      expect(await dumpSchema(stack)).toEqual(before);
    });

    it('runSync while another run of the source system holds its lock: CONFLICT', async () => {
      const lock = await stack.sql.connect();
      try {
        await lock.query("SELECT pg_advisory_lock(hashtext('bank_sync_service.sync_runs'), hashtext('T24'))");
        const before = await dumpSchema(stack);

        const response = await stack.query(RUN_SYNC, { input: { sourceSystem: 'T24' } }, viewers.coreSystem);

        expect(response.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', field: 'sourceSystem' });
        expect(await dumpSchema(stack)).toEqual(before);
      } finally {
        await lock.query(
          "SELECT pg_advisory_unlock(hashtext('bank_sync_service.sync_runs'), hashtext('T24'))",
        );
        lock.release();
      }
    });
  });

  describe('bad records of pushSyncBatch are rejected one by one', () => {
    it.each(badRecords)('$name: $code on $field', async ({ code, field, record }) => {
      const before = await dumpSyncedData(stack);

      const response = await stack.query<{ pushSyncBatch: { run: RunResult } }>(
        PUSH,
        { input: { sourceSystem: 'T24', entityType: 'LOANS', records: [record] } },
        viewers.coreSystem,
      );

      expect(response.errors).toBeUndefined();
      expect(response.data?.pushSyncBatch.run).toEqual({
        status: 'PARTIAL',
        insertedCount: 0,
        updatedCount: 0,
        rejectedCount: 1,
        errors: { nodes: [{ line: null, batchIndex: 0, code, field }] },
      });
      expect(await dumpSyncedData(stack)).toEqual(before);
    });
  });

  it('bad records of a runSync export are rejected line by line, and the data is unchanged', async () => {
    const columns = [...Object.keys(loan), 'branch', 'source_system'];
    const cell = (value: unknown) => (value === undefined || value === null ? '' : String(value));
    const lines = badRecords.map(({ record }) => columns.map((column) => cell(record[column])).join(','));
    await writeFile(
      join(stack.syncInboxDir, 'T24_loans_bad.csv'),
      `${columns.join(',')}\n${lines.join('\n')}\n`,
    );
    const before = await dumpSyncedData(stack);

    const response = await stack.query<{ runSync: { run: RunResult } }>(
      RUN_SYNC,
      { input: { sourceSystem: 'T24', entityTypes: ['LOANS'] } },
      viewers.coreSystem,
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
    expect(await dumpSyncedData(stack)).toEqual(before);
  });
});
