import { parseEnv, port } from '@collexis/platform/env';
import { z } from 'zod';
import { executorNames } from './execution/execution-gateway';
import { type SubgraphUrls, supergraphSubgraphs } from './subgraph-endpoints';

/** `SUBGRAPH_URL_<GRAPH>` replaces the URL of the supergraph's `join__Graph` value `<GRAPH>`. */
const SUBGRAPH_URL_PREFIX = 'SUBGRAPH_URL_';

const url = z.url({ message: 'must be an http(s) URL of a subgraph /graphql endpoint' });

const settings = {
  PORT: port(4000),
  HOST: z.string().default('127.0.0.1'),
  /** Path of the composed supergraph; `introspect` composes from the running subgraphs instead. */
  SUPERGRAPH: z.string().default('schema/supergraph.graphql'),
  /** The query-plan executor: ours, @apollo/gateway's, or both compared on every request (decision 0016). */
  GATEWAY_EXECUTOR: z.enum(executorNames).default('collexis'),
  /** `false` sends every query fetch even when an identical one is in flight (our executor only). */
  GATEWAY_SHARE_INFLIGHT: z.stringbool().default(true),
  /** Milliseconds a subgraph may take before the fields asked of it fail with SUBGRAPH_TIMEOUT. */
  SUBGRAPH_TIMEOUT_MS: z.coerce.number().int().positive().default(30_000),
};

const subgraphUrlVariables = (env: Record<string, unknown>) =>
  Object.entries(env).filter(([variable]) => variable.startsWith(SUBGRAPH_URL_PREFIX));

export const gatewayEnv = z
  .looseObject(settings)
  // Checked even when another variable is wrong, so that one message lists every problem.
  .superRefine(
    (env, context) => {
      for (const [variable, value] of subgraphUrlVariables(env)) {
        const parsed = url.safeParse(value);
        if (!parsed.success) {
          context.addIssue({ code: 'custom', path: [variable], message: parsed.error.issues[0]?.message });
        }
      }
    },
    { when: () => true },
  )
  .transform((env) => {
    const { PORT, HOST, SUPERGRAPH, GATEWAY_EXECUTOR, GATEWAY_SHARE_INFLIGHT, SUBGRAPH_TIMEOUT_MS } = env;
    /** Subgraph URLs by the graph their variable names (`ORDER_HISTORY` for SUBGRAPH_URL_ORDER_HISTORY). */
    const subgraphUrls = Object.fromEntries(
      subgraphUrlVariables(env).map(([variable, value]) => [
        variable.slice(SUBGRAPH_URL_PREFIX.length),
        String(value),
      ]),
    );
    return {
      PORT,
      HOST,
      SUPERGRAPH,
      GATEWAY_EXECUTOR,
      GATEWAY_SHARE_INFLIGHT,
      SUBGRAPH_TIMEOUT_MS,
      subgraphUrls,
    };
  });

export const readGatewayEnv = () => parseEnv(gatewayEnv);

/**
 * The `SUBGRAPH_URL_<GRAPH>` variables as URL overrides by subgraph name. With a supergraph, `<GRAPH>` is a
 * value of its `join__Graph` enum and any other is refused. Without one (`SUPERGRAPH=introspect`) they are
 * the whole list of subgraphs, each named `<GRAPH>` in lower case with `_` read as `-`
 * (SUBGRAPH_URL_ORDER_HISTORY is `order-history`), which is how composition names the enum values back.
 */
export function subgraphUrlOverrides(
  byGraph: Readonly<Record<string, string>>,
  supergraphSdl: string | undefined,
): SubgraphUrls {
  if (supergraphSdl === undefined) {
    return Object.fromEntries(
      Object.entries(byGraph).map(([graph, url]) => [graph.toLowerCase().replaceAll('_', '-'), url]),
    );
  }
  const subgraphs = supergraphSubgraphs(supergraphSdl);
  const overrides: Record<string, string> = {};
  for (const [graph, url] of Object.entries(byGraph)) {
    const subgraph = subgraphs.find((candidate) => candidate.enumValue === graph);
    if (!subgraph) {
      throw new Error(
        `${SUBGRAPH_URL_PREFIX}${graph} names no subgraph of the supergraph; its graphs are ${subgraphs.map((s) => s.enumValue).join(', ')}`,
      );
    }
    overrides[subgraph.name] = url;
  }
  return overrides;
}
