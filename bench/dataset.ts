/** A fresh, migrated and loaded database for one bench run, and the keys the scenarios draw from. */
import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { startEmbeddedPostgres } from '@collexis/platform/embedded';
import { freePort } from '@collexis/platform/http';
import {
  bulkLoadAll,
  domainDatabaseUrls,
  generateRolePasswords,
  grantDomainRoles,
  migrateAll,
  type PerDomain,
} from '@collexis/stack';
import pg from 'pg';

export interface DatasetFacts {
  customers: number;
  loans: number;
  payments: number;
  actions: number;
  agents: number;
  /** Rows written into every table of the three domains. */
  rows: number;
  /** Seconds `bulkLoadAll` took: generation, COPY, index builds and ANALYZE. */
  loadSeconds: number;
  loadRowsPerSecond: number;
  loadCustomersPerSecond: number;
  postgresVersion: string;
  /** `embedded` or `DATABASE_URL`. */
  source: string;
}

export interface LoanKey {
  accountNumber: string;
  cif: string;
  currency: string;
}

export interface ScenarioKeys {
  cifs: string[];
  /** Agents that hold current assignments. */
  agentIds: string[];
  /** Open loans, for the payments of the subscription fan-out. */
  loans: LoanKey[];
}

export interface Dataset {
  /** The bench database as its owner: the loader and the floor connect with it. */
  url: string;
  /** This run's password of each domain's role (set on the server when the dataset was prepared). */
  rolePasswords: PerDomain<string>;
  /** What each subgraph connects with: the bench database as its domain's role. */
  domainUrls: PerDomain<string>;
  /** The embedded PostgreSQL's postmaster (its backends are its children); null on DATABASE_URL. */
  postgresPid: number | null;
  facts: DatasetFacts;
  keys: ScenarioKeys;
  stop(): Promise<void>;
}

const DATABASE = 'collexis_bench';

async function recreateDatabase(adminUrl: string): Promise<void> {
  const client = new pg.Client(adminUrl);
  await client.connect();
  try {
    await client.query(`DROP DATABASE IF EXISTS ${DATABASE} WITH (FORCE)`);
    await client.query(`CREATE DATABASE ${DATABASE}`);
  } finally {
    await client.end();
  }
}

function databaseUrlOn(adminUrl: string): string {
  const url = new URL(adminUrl);
  url.pathname = `/${DATABASE}`;
  return url.toString();
}

async function count(client: pg.Client, table: string): Promise<number> {
  const { rows } = await client.query<{ n: string }>(`SELECT count(*) AS n FROM ${table}`);
  return Number(rows[0]?.n ?? 0);
}

async function readKeys(client: pg.Client): Promise<ScenarioKeys> {
  const cifs = await client.query<{ cif: string }>(
    'SELECT cif FROM bank_sync_service.customers ORDER BY random() LIMIT 2000',
  );
  const agents = await client.query<{ id: string }>(
    `SELECT DISTINCT a.id::text AS id FROM workflow_service.agents a
       JOIN workflow_service.customer_agents ca ON ca.is_current
        AND (ca.assigned_call_agent_id = a.id OR ca.assigned_field_agent_id = a.id)`,
  );
  const loans = await client.query<{ account_number: string; cif: string; currency: string }>(
    "SELECT account_number, cif, currency FROM bank_sync_service.loans WHERE status = 'OPEN' ORDER BY random() LIMIT 2000",
  );
  return {
    cifs: cifs.rows.map((row) => row.cif),
    agentIds: agents.rows.map((row) => row.id),
    loans: loans.rows.map((row) => ({
      accountNumber: row.account_number,
      cif: row.cif,
      currency: row.currency,
    })),
  };
}

/**
 * Starts the embedded PostgreSQL under bench/.data (or uses DATABASE_URL's server), drops and recreates the
 * bench database, migrates it, gives each domain's role (new passwords every run) its schema, and loads
 * `customers` demo customers with `bulkLoadAll` (the rows `seedAll` writes, through COPY), timing the load.
 */
export async function prepareDataset(
  customers: number,
  dataRoot: string,
  log: (line: string) => void,
): Promise<Dataset> {
  const given = process.env.DATABASE_URL;
  let adminUrl: string;
  let stopServer = async () => {};
  let postgresPid: number | null = null;
  if (given) {
    adminUrl = given;
  } else {
    const dataDir = join(dataRoot, 'postgres');
    await mkdir(dataDir, { recursive: true });
    const port = await freePort();
    log(`starting embedded PostgreSQL on port ${port} (data in ${dataDir})`);
    const server = await startEmbeddedPostgres({ dataDir, port });
    adminUrl = server.url;
    stopServer = () => server.stop();
    // The first line of postmaster.pid is the postmaster's pid.
    const pid = Number((await readFile(join(dataDir, 'postmaster.pid'), 'utf8')).split('\n')[0]);
    postgresPid = Number.isInteger(pid) && pid > 0 ? pid : null;
  }
  try {
    await recreateDatabase(adminUrl);
    const url = databaseUrlOn(adminUrl);
    await migrateAll(url, log);
    const rolePasswords = generateRolePasswords();
    await grantDomainRoles(url, { passwords: rolePasswords });
    const started = performance.now();
    const loaded = await bulkLoadAll({ url, statementTimeoutMs: 0 }, { customers, seed: 1 }, log);
    const loadSeconds = (performance.now() - started) / 1000;
    const rows = loaded.rows['bank-sync'] + loaded.rows.payment + loaded.rows.workflow;
    const client = new pg.Client(url);
    await client.connect();
    try {
      const version = await client.query<{ v: string }>("SELECT current_setting('server_version') AS v");
      const facts: DatasetFacts = {
        customers: await count(client, 'bank_sync_service.customers'),
        loans: await count(client, 'bank_sync_service.loans'),
        payments: await count(client, 'payment_service.payments'),
        actions: await count(client, 'workflow_service.action_records'),
        agents: await count(client, 'workflow_service.agents'),
        rows,
        loadSeconds,
        loadRowsPerSecond: rows / loadSeconds,
        loadCustomersPerSecond: customers / loadSeconds,
        postgresVersion: version.rows[0]?.v ?? 'unknown',
        source: given ? 'DATABASE_URL' : 'embedded',
      };
      log(
        `loaded ${facts.customers} customers, ${facts.loans} loans, ${facts.payments} payments (${rows} rows) ` +
          `in ${loadSeconds.toFixed(1)} s (${facts.loadRowsPerSecond.toFixed(0)} rows/s)`,
      );
      return {
        url,
        rolePasswords,
        domainUrls: domainDatabaseUrls(url, rolePasswords),
        postgresPid,
        facts,
        keys: await readKeys(client),
        stop: stopServer,
      };
    } finally {
      await client.end();
    }
  } catch (error) {
    await stopServer();
    throw error;
  }
}
