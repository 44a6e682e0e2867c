/**
 * The benchmark's bulk COPY loader writes exactly what seedAll writes, and leaves a database the services
 * keep writing to (docs/decisions/0015-bulk-copy-demo-loader.md).
 */
import {
  callerOf,
  createTestDatabase,
  DisposalStack,
  type TestDatabase,
  viewers,
} from '@collexis/platform/testing';
import { bulkLoadAll, domainNames, domains, migrateAll, seedAll } from '@collexis/stack';
import { startTestStack } from '@collexis/testkit';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';

const DEMO = { customers: 30, seed: 7 };
const SCHEMAS = domainNames.map((name) => domains[name].migrations.schema);

/** Every table of the three domains, migrations tables included, with a digest of its sorted rows. */
async function tableDigests(url: string): Promise<Record<string, { rows: number; md5: string | null }>> {
  const client = new pg.Client(url);
  await client.connect();
  try {
    const tables = await client.query<{ name: string }>(
      `SELECT format('%I.%I', table_schema, table_name) AS name FROM information_schema.tables
        WHERE table_schema = ANY($1) AND table_type = 'BASE TABLE' ORDER BY 1`,
      [SCHEMAS],
    );
    const digests: Record<string, { rows: number; md5: string | null }> = {};
    for (const { name } of tables.rows) {
      const { rows } = await client.query<{ rows: number; md5: string | null }>(
        `SELECT count(*)::int AS rows, md5(string_agg(t::text, '|' ORDER BY t::text)) AS md5 FROM ${name} t`,
      );
      const [digest] = rows;
      if (!digest) throw new Error(`no digest for ${name}`);
      digests[name] = digest;
    }
    return digests;
  } finally {
    await client.end();
  }
}

/** Catalog rows of the three domains: the loader sets indexes aside and must build them again as they were. */
async function catalog(url: string, query: string): Promise<unknown[]> {
  const client = new pg.Client(url);
  await client.connect();
  try {
    const { rows } = await client.query(query, [SCHEMAS]);
    return rows;
  } finally {
    await client.end();
  }
}

const INDEXES = `SELECT schemaname, tablename, indexname, indexdef FROM pg_indexes
  WHERE schemaname = ANY($1) ORDER BY schemaname, tablename, indexname`;
/** The audit logs' and sync errors' bigserials. */
const SEQUENCES = `SELECT schemaname, sequencename, last_value FROM pg_sequences
  WHERE schemaname = ANY($1) ORDER BY schemaname, sequencename`;

describe('bulkLoadAll', () => {
  let copied: TestDatabase;
  let seeded: TestDatabase;

  const disposal = new DisposalStack();

  beforeAll(async () => {
    const adminUrl = inject('postgresAdminUrl');
    copied = await createTestDatabase(adminUrl);
    disposal.defer(copied.drop);
    seeded = await createTestDatabase(adminUrl);
    disposal.defer(seeded.drop);
    await Promise.all([migrateAll(copied.url), migrateAll(seeded.url)]);
    await bulkLoadAll({ url: copied.url }, DEMO);
    await seedAll({ url: seeded.url }, DEMO);
  });
  afterAll(() => disposal.dispose());

  it('writes every table of every domain exactly as seedAll does', async () => {
    const [fromCopy, fromSeed] = await Promise.all([tableDigests(copied.url), tableDigests(seeded.url)]);
    expect(fromCopy).toEqual(fromSeed);
    const filled = Object.entries(fromCopy).filter(
      ([table, digest]) => digest.rows > 0 && !table.includes('__'),
    );
    expect(filled.map(([table]) => table)).toEqual([
      'bank_sync_service.addresses',
      'bank_sync_service.collaterals',
      'bank_sync_service.customers',
      'bank_sync_service.due_segmentations',
      'bank_sync_service.emails',
      'bank_sync_service.loan_collaterals',
      'bank_sync_service.loans',
      'bank_sync_service.phones',
      'bank_sync_service.reference_customers',
      'payment_service.collection_days',
      'payment_service.daily_collections',
      'payment_service.payments',
      'workflow_service.action_records',
      'workflow_service.agents',
      'workflow_service.customer_agents',
      'workflow_service.customer_case_actions',
      'workflow_service.customer_cases',
      'workflow_service.payments_received',
    ]);
  });

  it('leaves every index and sequence as seedAll does', async () => {
    expect(await catalog(copied.url, INDEXES)).toEqual(await catalog(seeded.url, INDEXES));
    expect(await catalog(copied.url, SEQUENCES)).toEqual(await catalog(seeded.url, SEQUENCES));
  });

  it('refuses tables that already hold rows, and leaves them as they were', async () => {
    const before = await tableDigests(copied.url);
    await expect(bulkLoadAll({ url: copied.url }, DEMO)).rejects.toThrow(/needs empty tables/);
    expect(await tableDigests(copied.url)).toEqual(before);
  });

  it('leaves a database the services write to: a payment with its first event, an agent, both audited', async () => {
    const stack = await startTestStack({ databaseUrl: copied.url, consumers: false });
    try {
      const { rows } = await stack.sql.query<{ accountNumber: string; cif: string }>(
        'SELECT account_number AS "accountNumber", cif FROM bank_sync_service.loans ORDER BY account_number LIMIT 1',
      );
      const [loan] = rows;
      if (!loan) throw new Error('the bulk load wrote no loan');
      const recorded = await stack.query(
        /* GraphQL */ `mutation Record($input: RecordPaymentInput!) {
          recordPayment(input: $input) { created event { sequence type } }
        }`,
        {
          input: {
            referenceNumber: 'BULK-AFTER-1',
            loanAccountNumber: loan.accountNumber,
            cif: loan.cif,
            amount: '1500000.00',
            currency: 'VND',
            paymentDate: '2026-10-30T09:30:00.000Z',
            paymentMethod: 'BANK_TRANSFER',
            status: 'COMPLETED',
            sourceSystem: 'T24',
          },
        },
        viewers.paymentProcessor,
      );
      expect(recorded).toEqual({
        data: { recordPayment: { created: true, event: { sequence: '1', type: 'PAYMENT_RECEIVED' } } },
      });
      const created = await stack.query(
        /* GraphQL */ `mutation Create($input: CreateAgentInput!) { createAgent(input: $input) { agent { employeeId } } }`,
        {
          input: {
            employeeId: 'EMP7001',
            name: 'Quang Ly',
            email: 'quang.ly@bank.example',
            type: 'AGENT',
            team: 'FIELD_TEAM_SOUTH',
          },
        },
        callerOf('sup.one', 'SUPERVISOR'),
      );
      expect(created).toEqual({ data: { createAgent: { agent: { employeeId: 'EMP7001' } } } });
      const digests = await tableDigests(copied.url);
      expect(digests['payment_service.audit_log']?.rows).toBe(1);
      expect(digests['workflow_service.audit_log']?.rows).toBe(1);
    } finally {
      await stack.stop();
    }
  });
});
