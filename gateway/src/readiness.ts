import { HealthPath, type ReadinessCheck } from '@collexis/platform/http';

/** Longest the gateway waits for one subgraph's readiness answer. */
const SUBGRAPH_CHECK_TIMEOUT_MS = 1_500;

async function subgraphReady(graphqlUrl: string): Promise<true | string> {
  try {
    const response = await fetch(new URL(HealthPath.ready, graphqlUrl), {
      signal: AbortSignal.timeout(SUBGRAPH_CHECK_TIMEOUT_MS),
    });
    await response.body?.cancel();
    return response.ok ? true : 'not ready';
  } catch {
    return 'unreachable';
  }
}

/**
 * The gateway is ready when its supergraph is loaded and every subgraph it routes to says it is ready (their
 * /health/ready, asked in parallel). The report names subgraphs, never their URLs.
 */
export function gatewayReadiness(
  supergraphLoaded: () => boolean,
  endpoints: ReadonlyMap<string, string>,
): ReadinessCheck {
  return async () => {
    const subgraphs = await Promise.all(
      [...endpoints].map(async ([name, url]) => [name, await subgraphReady(url)] as const),
    );
    return { supergraph: supergraphLoaded() ? true : 'not loaded', ...Object.fromEntries(subgraphs) };
  };
}
