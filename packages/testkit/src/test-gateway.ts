import { type GatewayAuth, type GatewayOptions, type RunningGateway, startGateway } from '@collexis/gateway';
import { testKeys } from '@collexis/platform/testing';
import { stackIdentity } from '@collexis/stack';

/**
 * What a test may choose of a gateway: everything but its executor, which is always the differential one, and
 * its identity, which is the test run's keys unless given.
 */
export type TestGatewayOptions = Omit<GatewayOptions, 'port' | 'executor' | 'auth'> &
  Partial<Pick<GatewayOptions, 'auth'>>;

/**
 * Fails after the gateway stopped if its executors ever answered differently, so that the test file that ran
 * the operations fails.
 */
export function failOnExecutorMismatch(gateway: RunningGateway): void {
  const mismatches = gateway.executorMismatches.length;
  if (mismatches > 0) throw new Error(`the executors answered ${mismatches} operations differently`);
}

/**
 * A gateway on a free port running the differential executor: every operation is also answered by the stock
 * executor over a replay of the same subgraph exchanges. `stop` fails if any answer differed.
 */
export async function startTestGateway(options: TestGatewayOptions): Promise<RunningGateway> {
  const auth = options.auth ?? (await testGatewayAuth());
  const gateway = await startGateway({ ...options, auth, port: 0, executor: 'differential' });
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
