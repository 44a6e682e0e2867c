import { type GatewayAuth, type GatewayOptions, type RunningGateway, startGateway } from '@collexis/gateway';
import { testKeys } from '@collexis/platform/testing';
import { stackIdentity } from '@collexis/stack';

/**
 * What a test may choose of a gateway: everything but its executor, which is always the differential one, and
 * its identity, which is the test run's keys unless given.
 */
export type TestGatewayOptions = Omit<GatewayOptions, 'port' | 'executor' | 'auth'> &
  Partial<Pick<GatewayOptions, 'auth' | 'port'>>;

/**
 * Fails after the gateway stopped if its executors ever answered differently, so that the test file that ran
 * the operations fails.
 */
export function failOnExecutorMismatch(gateway: RunningGateway): void {
  const mismatches = gateway.executorMismatches.length;
  if (mismatches > 0) throw new Error(`the executors answered ${mismatches} operations differently`);
}

/**
 * A gateway (on a free port unless given one) running the differential executor: every operation is also answered by the stock
 * executor over a replay of the same subgraph exchanges. `stop` fails if any answer differed.
 */
export async function startTestGateway(options: TestGatewayOptions): Promise<RunningGateway> {
  const auth = options.auth ?? (await testGatewayAuth());
  const gateway = await startGateway({ ...options, auth, port: options.port ?? 0, executor: 'differential' });
  return {
    ...gateway,
    stop: async () => {
      await gateway.stop();
      failOnExecutorMismatch(gateway);
    },
  };
}

/** The identity a gateway of a test's own needs to accept the run's tokens and sign its credentials. */
export async function testGatewayAuth(): Promise<GatewayAuth> {
  return (await stackIdentity(await testKeys())).gateway;
}

/** A test gateway that can be restarted on its port, as a deploy does: clients reconnect to the same URL. */
export interface RestartableGateway {
  url: string;
  /** The gateway running now. */
  current(): RunningGateway;
  /** Stops the gateway (closing every socket), runs `whileDown` if given, and starts it again on the same port. */
  restart(whileDown?: () => Promise<void>): Promise<void>;
  stop(): Promise<void>;
}

export async function startRestartableTestGateway(
  options: Omit<TestGatewayOptions, 'port'>,
): Promise<RestartableGateway> {
  let running: RunningGateway | null = await startTestGateway(options);
  const { port, url } = running;
  const stopRunning = async () => {
    const stopping = running;
    running = null;
    await stopping?.stop();
  };
  return {
    url,
    current: () => {
      if (!running) throw new Error('the gateway is being restarted');
      return running;
    },
    restart: async (whileDown) => {
      await stopRunning();
      await whileDown?.();
      running = await startTestGateway({ ...options, port });
    },
    stop: stopRunning,
  };
}
