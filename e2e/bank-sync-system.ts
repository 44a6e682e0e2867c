/**
 * The real system for bank-sync's gateway-level tests: one database, the three subgraphs and the gateway on
 * ephemeral ports, with bank-sync given a sync inbox of its own and, when asked, the payment subgraph's URL
 * so that its loan-balance consumer runs. The supergraph is composed from the subgraphs' current SDL, so the
 * tests exercise the schema as it stands in the tree. (packages/stack does not pass paymentUrl or
 * syncInboxDir to bank-sync yet; once it does, this can become startTestStack plus the inbox.)
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BankSyncServer, start as startBankSync } from '@collexis/bank-sync';
import { startGateway } from '@collexis/gateway';
import { start as startPayment } from '@collexis/payment';
import { type GraphQLResponse, postGraphQL, type RunningServer } from '@collexis/platform/http';
import { createTestDatabase, type TestDatabase } from '@collexis/platform/testing';
import { composeSupergraph } from '@collexis/schema';
import { migrateAll } from '@collexis/stack';
import { start as startWorkflow } from '@collexis/workflow';
import pg from 'pg';
import { inject } from 'vitest';

/** Callers as the gateway forwards them. */
export const callers = {
  admin: { 'x-collexis-user': 'ops.admin', 'x-collexis-roles': 'ADMIN' },
  coreSystem: { 'x-collexis-user': 't24-connector', 'x-collexis-roles': 'SYSTEM' },
  agent: { 'x-collexis-user': 'agent.one', 'x-collexis-roles': 'AGENT' },
} as const;

export interface BankSyncSystem {
  database: TestDatabase;
  /** Direct access to the database, to compare tables before and after. */
  sql: pg.Pool;
  /** The folder bank-sync imports exports from. */
  inboxDir: string;
  gatewayUrl: string;
  paymentUrl: string;
  /** The running bank-sync subgraph (replaced by `restartBankSync`). */
  bankSync(): BankSyncServer;
  /** POSTs one operation to the gateway as the given caller. */
  query<T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
    headers?: Record<string, string>,
  ): Promise<GraphQLResponse<T>>;
  /** Stops bank-sync (its consumer first); the gateway and the other subgraphs keep running. */
  stopBankSync(): Promise<void>;
  /** Starts bank-sync again on the same port, with or without its payment-event consumer. */
  restartBankSync(options: { paymentConsumer: boolean }): Promise<void>;
  stop(): Promise<void>;
}

export interface BankSyncSystemOptions {
  /** Run bank-sync's loan-balance consumer against the payment subgraph. @default false */
  paymentConsumer?: boolean;
}

export async function startBankSyncSystem(options: BankSyncSystemOptions = {}): Promise<BankSyncSystem> {
  const cleanups: (() => Promise<void>)[] = [];
  const cleanUp = async () => {
    for (const cleanup of cleanups.reverse()) await cleanup();
  };
  try {
    const database = await createTestDatabase(inject('postgresAdminUrl'));
    cleanups.push(() => database.drop());
    const inboxDir = await mkdtemp(join(tmpdir(), 'collexis-e2e-inbox-'));
    cleanups.push(() => rm(inboxDir, { recursive: true, force: true }));
    await migrateAll(database.url);
    const sql = new pg.Pool({ connectionString: database.url, max: 3, options: '-c TimeZone=UTC' });
    cleanups.push(() => sql.end());

    const servers: RunningServer[] = [];
    cleanups.push(async () => {
      for (const server of servers.reverse()) await server.stop();
    });
    const payment = await startPayment({ port: 0, database: { url: database.url } });
    servers.push(payment);
    const bankSyncOptions = (port: number, paymentConsumer: boolean) => ({
      port,
      database: { url: database.url },
      syncInboxDir: inboxDir,
      paymentUrl: paymentConsumer ? payment.url : undefined,
    });
    let bankSync: BankSyncServer | null = await startBankSync(
      bankSyncOptions(0, options.paymentConsumer ?? false),
    );
    const bankSyncPort = bankSync.port;
    const bankSyncUrl = bankSync.url;
    const workflow = await startWorkflow({ port: 0, database: { url: database.url } });
    servers.push(workflow);
    const gateway = await startGateway({
      port: 0,
      executor: 'differential',
      supergraphSdl: composeSupergraph(),
      subgraphs: { 'bank-sync': bankSyncUrl, payment: payment.url, workflow: workflow.url },
    });
    servers.push(gateway);
    cleanups.push(async () => {
      await bankSync?.stop();
    });

    return {
      database,
      sql,
      inboxDir,
      gatewayUrl: gateway.url,
      paymentUrl: payment.url,
      bankSync: () => {
        if (!bankSync) throw new Error('bank-sync is stopped');
        return bankSync;
      },
      query: (query, variables, headers) => postGraphQL(gateway.url, query, variables, headers),
      stopBankSync: async () => {
        await bankSync?.stop();
        bankSync = null;
      },
      restartBankSync: async ({ paymentConsumer }) => {
        await bankSync?.stop();
        bankSync = null;
        bankSync = await startBankSync(bankSyncOptions(bankSyncPort, paymentConsumer));
      },
      stop: cleanUp,
    };
  } catch (error) {
    await cleanUp();
    throw error;
  }
}
