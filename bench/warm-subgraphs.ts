/**
 * Load through a throwaway gateway before the first of our gateway's configurations is measured. The subgraph
 * processes are shared by every configuration, and freshly started they are cold: code not yet optimized, pool
 * connections not yet opened, each connection's prepared statements not yet parsed. Without this the first
 * configuration measured paid for all of that and looked slower than the ones after it, whatever it was.
 */
import { stopProcesses } from '@collexis/stack';
import type { BenchIdentity } from './identity';
import { runLoad } from './load';
import { type Subgraphs, startOurGateway } from './processes';
import { requestBody, type Scenario } from './scenarios';

/** Seconds of load per scenario: enough for V8 to optimize the subgraphs' hot paths and the pools to fill. */
const SECONDS_PER_SCENARIO = 5;
const CONNECTIONS = 32;

export async function warmSubgraphs(
  subgraphs: Subgraphs,
  scenarios: readonly Scenario[],
  identity: BenchIdentity,
  output: string[],
  log: (line: string) => void,
): Promise<void> {
  log(`warming the subgraphs: ${SECONDS_PER_SCENARIO} s per scenario through a gateway not measured`);
  const gateway = await startOurGateway(subgraphs, output, 'ours-unshared');
  try {
    for (const scenario of scenarios) {
      await runLoad({
        url: gateway.target.url,
        body: () => requestBody(scenario),
        connections: CONNECTIONS,
        durationSeconds: SECONDS_PER_SCENARIO,
        watch: [],
        headers: await identity.accessHeaders(),
      });
    }
  } finally {
    await stopProcesses([gateway.process]);
  }
}
