import { type DemoOptions, demoChunks } from '@collexis/demo-data';
import {
  createDatabase,
  type Database,
  grantDomainRole,
  migrateDomain,
  roleDatabaseUrl,
} from '@collexis/platform/db';
import type { RunningServer } from '@collexis/platform/http';
import {
  createTestDatabase,
  readerCaller,
  subgraphHeaders,
  type TestDatabase,
  testKeys,
  testRolePassword,
  testSubgraphIdentity,
} from '@collexis/platform/testing';
import { count } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { customers, dueSegmentations, loanCollaterals, loans, migrations, schema } from '../src/db';
import { seedDemo } from '../src/demo/seed';
import { start } from '../src/server';

// Big enough that due segmentations (about four per customer) need more than one 1,000-row INSERT.
const demo: Partial<DemoOptions> = { customers: 300, seed: 7 };

function expectedRows() {
  const totals = { all: 0, customers: 0, loans: 0, loanCollaterals: 0, dueSegmentations: 0 };
  for (const { bankSync } of demoChunks(demo)) {
    totals.all += Object.values(bankSync).reduce((sum, rows) => sum + rows.length, 0);
    totals.customers += bankSync.customers.length;
    totals.loans += bankSync.loans.length;
    totals.loanCollaterals += bankSync.loanCollaterals.length;
    totals.dueSegmentations += bankSync.dueSegmentations.length;
  }
  return totals;
}

/** Loading the whole demo universe takes seconds on a quiet machine and over a minute when CI loads both cores. */
const DEMO_LOAD_TIMEOUT_MS = 150_000;

describe('demo data', () => {
  let database: TestDatabase;
  let fixtures: Database<typeof schema>;
  let server: RunningServer | undefined;

  beforeAll(async () => {
    database = await createTestDatabase(inject('postgresAdminUrl'));
    fixtures = createDatabase(schema, { url: database.url });
    await migrateDomain(fixtures.db, migrations);
    await grantDomainRole(database.url, {
      ...migrations,
      password: testRolePassword,
      keepExistingPassword: true,
    });
  });
  afterAll(async () => {
    await server?.stop();
    await fixtures?.close();
    await database?.drop();
  });

  it(
    'loads bank-sync’s share of the demo universe with multi-row inserts, and nothing once it is there',
    async () => {
      const expected = expectedRows();
      expect(expected.dueSegmentations).toBeGreaterThan(1_000);
      let statements = 0;
      const onQuery = () => {
        statements += 1;
      };

      const first = await seedDemo({ url: database.url, onQuery }, demo);
      const statementsOfFirstLoad = statements;
      const second = await seedDemo({ url: database.url }, demo);

      expect(first).toEqual({ inserted: expected.all });
      expect(second).toEqual({ inserted: 0 });
      expect(statementsOfFirstLoad).toBeLessThan(15);
      const countOf = async (table: PgTable) =>
        (await fixtures.db.select({ rows: count() }).from(table))[0]?.rows;
      expect(await countOf(customers)).toBe(expected.customers);
      expect(await countOf(loans)).toBe(expected.loans);
      expect(await countOf(loanCollaterals)).toBe(expected.loanCollaterals);
      expect(await countOf(dueSegmentations)).toBe(expected.dueSegmentations);
    },
    DEMO_LOAD_TIMEOUT_MS,
  );

  it(
    'serves every demo customer and loan, enums and non-null fields included, without errors',
    async () => {
      await seedDemo({ url: database.url }, demo);
      server = await start({
        port: 0,
        database: { url: roleDatabaseUrl(database.url, migrations.role, testRolePassword) },
        identity: await testSubgraphIdentity(await testKeys()),
      });
      const body = JSON.stringify({
        query: `{
        customers(first: 100) {
          nodes {
            cif type status sourceSystem segment name companyName dateOfBirth createdAt lastSyncedAt
            phones { type number } addresses { city } emails { address }
            referenceCustomers { refCif type relationshipType sourceSystem }
            collaterals { collateralNumber value valuationDate size loans { accountNumber } customer { cif } }
            loans {
              accountNumber status sourceSystem originalAmount interestRate limit minPay dpd delinquencyStatus
              disbursementDate maturityDate nextPaymentDate closeDate resolutionCode
              customer { cif }
              collaterals { collateralNumber }
              collateralLinks { sourceSystem createdAt loan { accountNumber } collateral { collateralNumber } }
              dueSegmentations { dueDate principalAmount interestAmount feesAmount penaltyAmount sourceSystem }
            }
          }
        }
        loans(first: 100, orderBy: DPD_DESC) { nodes { accountNumber dpd status } }
      }`,
      });

      const response = await fetch(server.url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          ...(await subgraphHeaders(readerCaller, 'bank-sync')),
        },
        body,
      });
      const result: unknown = await response.json();

      expect(result).not.toHaveProperty('errors');
      expect(result).toHaveProperty('data.customers.nodes.99.cif');
      expect(result).toHaveProperty('data.loans.nodes.99.dpd');
    },
    DEMO_LOAD_TIMEOUT_MS,
  );
});
