/**
 * Each domain's service connects as a role of its own that can use only its own schema
 * (docs/decisions/0022-database-roles.md): a domain cannot read another's tables even by mistake, no domain
 * runs DDL, and the migrations stay the owner's.
 */
import { DisposalStack, testKeys } from '@collexis/platform/testing';
import {
  type DomainName,
  domainNames,
  domainRoles,
  domains,
  grantDomainRoles,
  stackIdentity,
} from '@collexis/stack';
import { startTestStack, type TestStack } from '@collexis/testkit';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const INSUFFICIENT_PRIVILEGE = '42501';
const schemaOf = (name: DomainName) => domains[name].migrations.schema;

/** Every application name a domain's service gives its connections. */
const applicationsOf: Record<DomainName, string[]> = {
  'bank-sync': ['collexis-bank-sync', 'collexis-bank-sync-lookups'],
  payment: ['payment', 'payment-live', 'payment-lookups', 'payment-writes', 'payment-events-listener'],
  workflow: ['collexis-workflow', 'collexis-workflow-lookups'],
};

/** A read across all three subgraphs, so that each has connected. */
const CUSTOMER_ACROSS_DOMAINS = `{
  customers(first: 1) {
    nodes { cif loans { accountNumber payments(first: 1) { nodes { amount } } } case { customerStatus } }
  }
}`;

describe('database roles', () => {
  const disposal = new DisposalStack();
  let stack: TestStack;
  let asRole: Record<DomainName, pg.Client>;
  /** Every table of each domain's schema, the migrations table aside. */
  let tablesOf: Record<DomainName, string[]>;

  const denied = (client: pg.Client, statement: string) =>
    expect(client.query(statement), statement).rejects.toMatchObject({ code: INSUFFICIENT_PRIVILEGE });

  const connectAs = async (name: DomainName) => {
    const client = new pg.Client(stack.domainDatabaseUrls[name]);
    await client.connect();
    disposal.defer(() => client.end());
    return client;
  };
  const readTables = async (name: DomainName) => {
    const { rows } = await stack.sql.query<{ name: string }>(
      `SELECT format('%I.%I', schemaname, tablename) AS name FROM pg_tables
        WHERE schemaname = $1 AND tablename <> '__drizzle_migrations' ORDER BY tablename`,
      [schemaOf(name)],
    );
    return rows.map((row) => row.name);
  };

  beforeAll(async () => {
    stack = disposal.use(await startTestStack({ demo: { customers: 3 } }));
    asRole = {
      'bank-sync': await connectAs('bank-sync'),
      payment: await connectAs('payment'),
      workflow: await connectAs('workflow'),
    };
    tablesOf = {
      'bank-sync': await readTables('bank-sync'),
      payment: await readTables('payment'),
      workflow: await readTables('workflow'),
    };
  });
  afterAll(() => disposal.dispose());

  it('gives each domain a login role of its own, which is no superuser', async () => {
    for (const name of domainNames) {
      const { rows } = await asRole[name].query<{ role: string; superuser: boolean; createrole: boolean }>(
        `SELECT current_user AS role, rolsuper AS superuser, rolcreaterole AS createrole
           FROM pg_roles WHERE rolname = current_user`,
      );
      expect(rows).toEqual([{ role: domainRoles[name], superuser: false, createrole: false }]);
    }
  });

  it("lets a domain's role read every table of its own schema and write its rows", async () => {
    for (const name of domainNames) {
      const client = asRole[name];
      const auditLog = `${schemaOf(name)}.audit_log`;
      expect(tablesOf[name]).toContain(auditLog);
      for (const table of tablesOf[name]) await client.query(`SELECT * FROM ${table} LIMIT 1`);
      await client.query('BEGIN');
      try {
        const { rows } = await client.query<{ id: string }>(
          `INSERT INTO ${auditLog} (actor, operation, entity_type, entity_key)
           VALUES ('roles-test', 'probe', 'Probe', 'p-1') RETURNING id`,
        );
        const id = rows[0]?.id;
        expect(id, `${name} inserted`).toBeDefined();
        await client.query(`UPDATE ${auditLog} SET entity_key = 'p-2' WHERE id = $1`, [id]);
        const deleted = await client.query(`DELETE FROM ${auditLog} WHERE id = $1`, [id]);
        expect(deleted.rowCount).toBe(1);
      } finally {
        await client.query('ROLLBACK');
      }
    }
  });

  it("refuses a domain's role every table of the other domains' schemas", async () => {
    expect(tablesOf.payment).toContain('payment_service.payments');
    expect(tablesOf.workflow).toContain('workflow_service.agents');
    for (const name of domainNames) {
      for (const other of domainNames.filter((domain) => domain !== name)) {
        for (const table of tablesOf[other]) {
          await denied(asRole[name], `SELECT * FROM ${table} LIMIT 1`);
          await denied(asRole[name], `INSERT INTO ${table} DEFAULT VALUES`);
          await denied(asRole[name], `DELETE FROM ${table}`);
        }
      }
    }
  });

  it("refuses a domain's role DDL anywhere, and any write to the migrations table, its own included", async () => {
    for (const name of domainNames) {
      for (const schema of [...domainNames.map(schemaOf), 'public']) {
        await denied(asRole[name], `CREATE TABLE ${schema}.intruder (id int)`);
      }
      await denied(asRole[name], 'CREATE SCHEMA intruder');
      await denied(asRole[name], `DROP TABLE ${schemaOf(name)}.audit_log`);
      await denied(asRole[name], `DELETE FROM ${schemaOf(name)}.__drizzle_migrations`);
      for (const other of domainNames.filter((candidate) => candidate !== name)) {
        await denied(asRole[name], `SELECT * FROM ${schemaOf(other)}.__drizzle_migrations`);
      }
      // Its own it may read: readiness checks that its migrations are current.
      await asRole[name].query(`SELECT count(*) FROM ${schemaOf(name)}.__drizzle_migrations`);
      await denied(asRole[name], `TRUNCATE ${schemaOf(name)}.audit_log`);
    }
  });

  it('covers a table a later migration adds, and granting again changes nothing', async () => {
    await stack.sql.query('CREATE TABLE payment_service.later_table (id bigserial PRIMARY KEY, note text)');
    try {
      await grantDomainRoles(stack.databaseUrl);
      const inserted = await asRole.payment.query(
        "INSERT INTO payment_service.later_table (note) VALUES ('new') RETURNING id",
      );
      expect(inserted.rowCount).toBe(1);
      await denied(asRole['bank-sync'], 'SELECT * FROM payment_service.later_table');
      await denied(asRole.workflow, 'SELECT * FROM payment_service.later_table');
      await denied(asRole.payment, "INSERT INTO payment_service.__drizzle_migrations (hash) VALUES ('x')");
    } finally {
      await stack.sql.query('DROP TABLE payment_service.later_table');
    }
  });

  it("runs every subgraph's connections as its domain's role, its loaders' on its lookups pool", async () => {
    const response = await stack.query(CUSTOMER_ACROSS_DOMAINS);
    expect(response.errors).toBeUndefined();
    const { rows } = await stack.sql.query<{ application: string; role: string }>(
      `SELECT DISTINCT application_name AS application, usename AS role FROM pg_stat_activity
        WHERE datname = current_database() AND application_name = ANY($1)`,
      [Object.values(applicationsOf).flat()],
    );
    for (const name of domainNames) {
      const sessions = rows.filter((row) => applicationsOf[name].includes(row.application));
      expect(sessions.length, `${name}'s sessions`).toBeGreaterThan(0);
      expect(sessions.map((session) => session.application)).toContainEqual(
        expect.stringMatching(/-lookups$/),
      );
      expect(new Set(sessions.map((session) => session.role)), name).toEqual(new Set([domainRoles[name]]));
    }
  });

  it("refuses to start a subgraph over the owner's connection, superuser or not", async () => {
    const identity = (await stackIdentity(await testKeys())).subgraphs;
    const starting = domains.payment.start({ port: 0, database: { url: stack.databaseUrl }, identity });
    await expect(starting).rejects.toThrow(/is a superuser|may create in payment_service/);
  });
});
