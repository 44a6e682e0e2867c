import type { DemoOptions } from '@collexis/demo-data';
import { freePort } from '@collexis/platform/http';
import { DisposalStack, testKeys } from '@collexis/platform/testing';
import {
  domainDatabaseUrls,
  grantDomainRoles,
  identityEnv,
  migrateAll,
  type ServiceProcess,
  seedAll,
  startServiceProcess,
} from '@collexis/stack';
import { testRolePasswords } from '@collexis/testkit';

export type ServiceName = 'payment' | 'bank-sync' | 'workflow' | 'gateway';

/** One service as its own process (as `pnpm start` runs it), on a fixed port so that it can come back. */
export interface ServiceHandle {
  name: ServiceName;
  url: string;
  /** Its output lines so far, the ones of earlier runs included. */
  output: string[];
  /** The process running now (throws when it is not). */
  process(): ServiceProcess;
  /** Sends a signal and resolves with the exit code (null when the signal killed it). */
  kill(signal: NodeJS.Signals): Promise<number | null>;
  /** Starts it again on the same port. */
  restart(): Promise<void>;
}

export interface ServiceProcesses {
  services: Record<ServiceName, ServiceHandle>;
  stop(): Promise<void>;
}

export interface ServiceProcessesOptions {
  databaseUrl: string;
  demo?: Partial<DemoOptions>;
  /** Variables every subgraph gets (STATEMENT_TIMEOUT_MS, ...). */
  subgraphEnv?: Record<string, string>;
  /** Variables the gateway gets (SUBGRAPH_TIMEOUT_MS, ...). */
  gatewayEnv?: Record<string, string>;
}

const ENTRIES: Record<ServiceName, string> = {
  payment: 'subgraphs/payment/src/main.ts',
  'bank-sync': 'subgraphs/bank-sync/src/main.ts',
  workflow: 'subgraphs/workflow/src/main.ts',
  gateway: 'gateway/src/main.ts',
};

/**
 * The whole system as four processes over the test's database: payment, bank-sync and workflow (their
 * consumers running), then the gateway over them. Migrates and loads the demo universe first.
 */
export async function startServiceProcesses(options: ServiceProcessesOptions): Promise<ServiceProcesses> {
  const disposal = new DisposalStack();
  return disposal.setUp(async () => {
    const { databaseUrl } = options;
    await migrateAll(databaseUrl);
    // Each subgraph connects as its domain's role, as under `pnpm start`; the owner migrates and seeds.
    await grantDomainRoles(databaseUrl, { passwords: testRolePasswords, keepExistingPasswords: true });
    const roleUrls = domainDatabaseUrls(databaseUrl, testRolePasswords);
    if (options.demo) await seedAll({ url: databaseUrl, statementTimeoutMs: 0 }, options.demo);
    const identity = identityEnv(await testKeys());
    const ports = {} as Record<ServiceName, number>;
    for (const name of Object.keys(ENTRIES) as ServiceName[]) ports[name] = await freePort();
    const url = (name: ServiceName) => `http://127.0.0.1:${ports[name]}/graphql`;
    const subgraph = { ...identity.subgraph, ...options.subgraphEnv };
    const env: Record<ServiceName, Record<string, string>> = {
      payment: { ...subgraph, DATABASE_URL: roleUrls.payment },
      'bank-sync': { ...subgraph, DATABASE_URL: roleUrls['bank-sync'], PAYMENT_URL: url('payment') },
      workflow: {
        ...subgraph,
        DATABASE_URL: roleUrls.workflow,
        PAYMENT_URL: url('payment'),
        BANK_SYNC_URL: url('bank-sync'),
      },
      gateway: {
        ...identity.gateway,
        SUBGRAPH_URL_BANK_SYNC: url('bank-sync'),
        SUBGRAPH_URL_PAYMENT: url('payment'),
        SUBGRAPH_URL_WORKFLOW: url('workflow'),
        ...options.gatewayEnv,
      },
    };
    const services = {} as Record<ServiceName, ServiceHandle>;
    for (const name of Object.keys(ENTRIES) as ServiceName[]) {
      services[name] = await startService(name, { ...env[name], PORT: String(ports[name]) }, disposal);
    }
    return { services, stop: () => disposal.dispose() };
  });
}

async function startService(
  name: ServiceName,
  env: Record<string, string>,
  disposal: DisposalStack,
): Promise<ServiceHandle> {
  const output: string[] = [];
  let current: ServiceProcess | null = null;
  const launch = async () => {
    current = await startServiceProcess(name, ENTRIES[name], env, (line) => output.push(line));
    return current;
  };
  const running = () => {
    if (!current || current.child.exitCode !== null || current.child.signalCode !== null) return null;
    return current;
  };
  const { url } = await launch();
  disposal.defer(async () => {
    const service = running();
    if (!service) return;
    service.child.kill('SIGTERM');
    await service.exited;
  });
  return {
    name,
    url,
    output,
    process: () => {
      const service = running();
      if (!service) throw new Error(`${name} is not running`);
      return service;
    },
    kill: async (signal) => {
      const service = running();
      if (!service) throw new Error(`${name} is not running`);
      service.child.kill(signal);
      return service.exited;
    },
    restart: async () => {
      await launch();
    },
  };
}
