import type { RunningGateway } from '@collexis/gateway';
import { freePort } from '@collexis/platform/http';
import { DisposalStack, testKeys } from '@collexis/platform/testing';
import { identityEnv, readSupergraphSdl, type ServiceProcess, startServiceProcess } from '@collexis/stack';
import { startTestGateway } from './test-gateway';
import { startTestStack, type TestStack } from './test-stack';

export interface PaymentProcess {
  url: string;
  /** SIGKILL: the process dies mid-flight, as in a crash. */
  kill(): Promise<void>;
  /** Starts it again on the same port. */
  restart(): Promise<void>;
}

export interface TestCluster {
  /** bank-sync and workflow in-process, on the cluster's database. */
  stack: TestStack;
  payments: PaymentProcess[];
  gateways: RunningGateway[];
  stop(): Promise<void>;
}

export interface TestClusterOptions {
  /** Payment subgraph processes. */
  payments: number;
  /** Gateways; gateway i reaches payment through process i (modulo their number). */
  gateways: number;
  /** Customers of the demo universe loaded. @default 20 */
  customers?: number;
}

/**
 * A payment subgraph as a real child process (so it can be killed), on a fixed port so it can come back,
 * connected with `databaseUrl` (the payment role's).
 */
async function startPaymentProcess(
  name: string,
  databaseUrl: string,
  disposal: DisposalStack,
): Promise<PaymentProcess> {
  const port = await freePort();
  let current: ServiceProcess | null = null;
  const launch = async () => {
    current = await startServiceProcess(
      name,
      'subgraphs/payment/src/main.ts',
      { PORT: String(port), DATABASE_URL: databaseUrl, ...identityEnv(await testKeys()).subgraph },
      () => {},
    );
    return current;
  };
  const kill = async () => {
    const running = current;
    current = null;
    if (running?.child.exitCode !== null) return;
    running.child.kill('SIGKILL');
    await running.exited;
  };
  const { url } = await launch();
  disposal.defer(async () => {
    const running = current;
    if (running?.child.exitCode !== null) return;
    running.child.kill('SIGTERM');
    await running.exited;
  });
  return {
    url,
    kill,
    restart: async () => {
      await launch();
    },
  };
}

/**
 * Several payment subgraph processes and several gateways over one database with the demo universe: gateway
 * i subscribes through payment process i; bank-sync and workflow run in-process, without consumers.
 */
export async function startTestCluster(options: TestClusterOptions): Promise<TestCluster> {
  const disposal = new DisposalStack();
  return disposal.setUp(async () => {
    const stack = disposal.use(
      await startTestStack({
        subgraphs: ['bank-sync', 'workflow'],
        demo: { customers: options.customers ?? 20 },
      }),
    );
    const payments: PaymentProcess[] = [];
    for (let index = 0; index < options.payments; index += 1) {
      payments.push(
        await startPaymentProcess(`payment-${index}`, stack.domainDatabaseUrls.payment, disposal),
      );
    }
    const supergraphSdl = await readSupergraphSdl();
    const gateways: RunningGateway[] = [];
    for (let index = 0; index < options.gateways; index += 1) {
      const payment = payments[index % payments.length];
      if (!payment) throw new Error('a cluster needs a payment process');
      gateways.push(
        disposal.use(
          await startTestGateway({
            supergraphSdl,
            subgraphs: {
              'bank-sync': stack.subgraph('bank-sync').url,
              payment: payment.url,
              workflow: stack.subgraph('workflow').url,
            },
          }),
        ),
      );
    }
    return { stack, payments, gateways, stop: () => disposal.dispose() };
  });
}
