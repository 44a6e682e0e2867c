import { readFile } from 'node:fs/promises';
import * as bankSync from '@collexis/bank-sync';
import { startGateway } from '@collexis/gateway';
import * as payment from '@collexis/payment';
import { createDatabase, migrateDomain } from '@collexis/platform/db';
import { type GraphQLResponse, postGraphQL, type RunningServer } from '@collexis/platform/http';
import { createTestDatabase } from '@collexis/platform/testing';
import pg from 'pg';
import { inject } from 'vitest';
import { migrations, schema } from '../../src/db';
import type { WorkflowDatabase } from '../../src/db/database';
import { start, type WorkflowServer } from '../../src/server';

/** Viewer headers, as the gateway forwards them. */
export type ViewerHeaders = Record<'x-collexis-user' | 'x-collexis-roles', string>;

const viewer = (id: string, roles: string): ViewerHeaders => ({
  'x-collexis-user': id,
  'x-collexis-roles': roles,
});
export const supervisor = viewer('sup.lan', 'SUPERVISOR');
export const collector = viewer('agent.minh', 'AGENT');
export const admin = viewer('ops.admin', 'ADMIN');
export const analyst = viewer('analyst.kim', 'ANALYST');

/** The test customers bank-sync holds: customer n has exactly one loan, loanOf(n). */
export const cifOf = (n: number) => `TC${String(n).padStart(6, '0')}`;
export const loanOf = (n: number) => `TL${String(n).padStart(6, '0')}`;

export interface SystemOptions {
  /** Customers bank-sync holds, each with one loan. @default 20 */
  customers?: number;
  /** Start the payment subgraph, with workflow consuming its events. @default false */
  payment?: boolean;
  /** Start the gateway in front of the subgraphs; `query` then goes through it. @default false */
  gateway?: boolean;
}

export interface WorkflowSystem {
  /** Raw SQL on the test database, for fixtures and expectations. */
  sql: pg.Pool;
  /** drizzle on the workflow schema of the test database. */
  db: WorkflowDatabase;
  databaseUrl: string;
  workflow: WorkflowServer;
  /** The URL `query` posts to: the gateway's when started, the workflow subgraph's otherwise. */
  url: string;
  paymentUrl: string | null;
  /** SQL statements the workflow subgraph sent since the last reset. */
  statements: { count(): number; reset(): void };
  query<T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
    headers?: Record<string, string>,
  ): Promise<GraphQLResponse<T>>;
  /** Stops bank-sync for good: workflow's writes that need it fail from then on. */
  stopBankSync(): Promise<void>;
  /** Stops the workflow subgraph and starts it again on the same port (its consumer resumes from the checkpoint). */
  restartWorkflow(): Promise<void>;
  stop(): Promise<void>;
}

/** Inserts the test customers and their loans into bank-sync's tables (test fixtures, not workflow code). */
async function insertBankSyncCustomers(sql: pg.Pool, count: number): Promise<void> {
  await sql.query(
    `insert into bank_sync_service.customers (cif, type, name, segment, status, source_system, created_by, updated_by)
     select 'TC' || lpad(n::text, 6, '0'), 'INDIVIDUAL', 'Customer ' || n, 'RETAIL', 'ACTIVE', 'T24', 'test', 'test'
     from generate_series(1, $1::int) as n`,
    [count],
  );
  await sql.query(
    `insert into bank_sync_service.loans (account_number, cif, product_type, original_amount, currency,
       disbursement_date, maturity_date, interest_rate, term, payment_frequency, outstanding, remaining_amount,
       due_amount, next_payment_date, dpd, delinquency_status, status, source_system, created_by, updated_by)
     select 'TL' || lpad(n::text, 6, '0'), 'TC' || lpad(n::text, 6, '0'), 'PERSONAL_LOAN', 1000, 'VND',
       '2025-01-01', '2028-01-01', 10, 36, 'MONTHLY', 800, 800, 50, '2026-12-01', 10, 'BUCKET_1', 'OPEN', 'T24',
       'test', 'test'
     from generate_series(1, $1::int) as n`,
    [count],
  );
}

/**
 * bank-sync (with test customers), optionally payment, the workflow subgraph wired to them, and optionally the
 * gateway, on a database of their own. `stop` undoes everything that was started, newest first.
 */
export async function startWorkflowSystem(options: SystemOptions = {}): Promise<WorkflowSystem> {
  const teardown: (() => Promise<void>)[] = [];
  const stop = async () => {
    for (const undo of teardown.splice(0).reverse()) await undo();
  };
  try {
    const database = await createTestDatabase(inject('postgresAdminUrl'));
    teardown.push(database.drop);
    const workflowDb = createDatabase(schema, { url: database.url });
    teardown.push(workflowDb.close);
    for (const domain of [bankSync.migrations, payment.migrations, migrations]) {
      await migrateDomain(workflowDb.db, domain);
    }
    const sql = new pg.Pool({ connectionString: database.url, max: 2 });
    teardown.push(() => sql.end());
    await insertBankSyncCustomers(sql, options.customers ?? 20);

    const started = async <T extends RunningServer>(server: Promise<T>): Promise<T> => {
      const running = await server;
      teardown.push(() => running.stop());
      return running;
    };
    let bankSyncServer: RunningServer | null = await bankSync.start({
      port: 0,
      database: { url: database.url },
    });
    teardown.push(async () => {
      await bankSyncServer?.stop();
    });
    // The gateway needs every subgraph of the supergraph; workflow consumes payment events only when asked.
    const paymentServer =
      options.payment || options.gateway
        ? await started(payment.start({ port: 0, database: { url: database.url } }))
        : null;
    const paymentUrl = options.payment ? paymentServer?.url : undefined;

    let statements = 0;
    const workflowOptions = (port: number) => ({
      port,
      database: {
        url: database.url,
        onQuery: () => {
          statements += 1;
        },
      },
      bankSyncUrl: bankSyncServer?.url,
      paymentUrl,
    });
    let workflow = await start(workflowOptions(0));
    const workflowPort = workflow.port;
    teardown.push(() => workflow.stop());

    let url = workflow.url;
    if (options.gateway && paymentServer) {
      const supergraphSdl = await readFile(
        new URL('../../../../schema/supergraph.graphql', import.meta.url),
        'utf8',
      );
      const gateway = await started(
        startGateway({
          port: 0,
          executor: 'differential',
          supergraphSdl,
          subgraphs: {
            'bank-sync': bankSyncServer.url,
            payment: paymentServer.url,
            workflow: workflow.url,
          },
        }),
      );
      url = gateway.url;
    }

    const system: WorkflowSystem = {
      sql,
      db: workflowDb.db,
      databaseUrl: database.url,
      get workflow() {
        return workflow;
      },
      url,
      paymentUrl: paymentServer?.url ?? null,
      statements: {
        count: () => statements,
        reset: () => {
          statements = 0;
        },
      },
      query: (query, variables, headers) => postGraphQL(url, query, variables, headers),
      stopBankSync: async () => {
        const server = bankSyncServer;
        bankSyncServer = null;
        await server?.stop();
      },
      restartWorkflow: async () => {
        await workflow.stop();
        workflow = await start(workflowOptions(workflowPort));
      },
      stop,
    };
    return system;
  } catch (error) {
    await stop();
    throw error;
  }
}
