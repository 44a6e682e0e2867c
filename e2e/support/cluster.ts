import { readFile } from 'node:fs/promises';
import { type RunningGateway, startGateway } from '@collexis/gateway';
import { freePort, type RunningServer } from '@collexis/platform/http';
import { createTestDatabase, type TestDatabase } from '@collexis/platform/testing';
import { domains, migrateAll, type ServiceProcess, seedAll, startServiceProcess } from '@collexis/stack';
import { inject } from 'vitest';

export interface PaymentProcess {
  url: string;
  /** SIGKILL: the process dies mid-flight, as in a crash. */
  kill(): Promise<void>;
  /** Starts it again on the same port. */
  restart(): Promise<void>;
}

export interface Cluster {
  database: TestDatabase;
  payments: PaymentProcess[];
  gateways: RunningGateway[];
  stop(): Promise<void>;
}

/**
 * Several payment subgraph processes (real child processes, so one can be killed) and several gateways,
 * gateway i subscribing through payment process i; bank-sync and workflow in-process. One database.
 */
export async function startCluster(size: { payments: number; gateways: number }): Promise<Cluster> {
  const database = await createTestDatabase(inject('postgresAdminUrl'));
  await migrateAll(database.url);
  await seedAll({ url: database.url, statementTimeoutMs: 0 }, { customers: 20 });
  const output: string[] = [];
  const running: ServiceProcess[] = [];
  const servers: RunningServer[] = [];
  const payments: PaymentProcess[] = [];
  for (let index = 0; index < size.payments; index += 1) {
    const port = await freePort();
    const launch = async () => {
      const started = await startServiceProcess(
        `payment-${index}`,
        'subgraphs/payment/src/main.ts',
        { PORT: String(port), DATABASE_URL: database.url },
        (line) => output.push(line),
      );
      running[index] = started;
      return started;
    };
    const first = await launch();
    payments.push({
      url: first.url,
      kill: async () => {
        const current = running[index];
        current?.child.kill('SIGKILL');
        await current?.exited;
      },
      restart: async () => {
        await launch();
      },
    });
  }
  const bankSync = await domains['bank-sync'].start({ port: 0, database: { url: database.url } });
  const workflow = await domains.workflow.start({
    port: 0,
    database: { url: database.url },
    bankSyncUrl: bankSync.url,
  });
  servers.push(bankSync, workflow);
  const supergraphSdl = await readFile(new URL('../../schema/supergraph.graphql', import.meta.url), 'utf8');
  const gateways: RunningGateway[] = [];
  for (let index = 0; index < size.gateways; index += 1) {
    const payment = payments[index % payments.length];
    if (!payment) throw new Error('a cluster needs a payment process');
    gateways.push(
      await startGateway({
        port: 0,
        executor: 'differential',
        supergraphSdl,
        subgraphs: { 'bank-sync': bankSync.url, payment: payment.url, workflow: workflow.url },
      }),
    );
  }
  return {
    database,
    payments,
    gateways,
    stop: async () => {
      for (const gateway of gateways) await gateway.stop();
      for (const server of servers) await server.stop();
      for (const service of running) {
        if (service.child.exitCode === null) service.child.kill('SIGTERM');
        await service.exited;
      }
      await database.drop();
    },
  };
}
