import { type GatewayOptions, type RunningGateway, startGateway } from '@collexis/gateway';

/** What a test may choose of a gateway: everything but its executor, which is always the differential one. */
export type TestGatewayOptions = Omit<GatewayOptions, 'port' | 'executor'>;

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
  const gateway = await startGateway({ ...options, port: 0, executor: 'differential' });
  return {
    ...gateway,
    stop: async () => {
      await gateway.stop();
      failOnExecutorMismatch(gateway);
    },
  };
}
