/**
 * The processes under test: the three subgraphs and our gateway (as `pnpm start` runs them) and the floor; the
 * Hive Gateway peers over the same subgraphs are in hive-gateway.ts. Every target is a separate process on a
 * free port.
 */
import type { ChildProcess } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { freePort } from '@collexis/platform/http';
import {
  type DomainName,
  type PerDomain,
  type ServiceProcess,
  startServiceProcess,
  stopProcesses,
} from '@collexis/stack';
import type { BenchIdentity } from './identity';
import type { WatchedProcess } from './load';
import type { ScenarioName } from './scenarios';
import { partNames, partUrlVariable } from './split-floor/parts';
import type { SplitFloorKind } from './split-floor/server';

export type TargetName =
  | 'ours'
  | 'ours-unshared'
  | 'ours-stock'
  | 'floor'
  | 'split-floor'
  | 'split-floor-apollo'
  | 'hive-js'
  | 'hive-rust';

/** Our gateway's configurations under test: the default, without in-flight sharing, with the stock executor. */
export const ourVariants = {
  ours: {
    env: { GATEWAY_EXECUTOR: 'collexis', GATEWAY_SHARE_INFLIGHT: 'true' },
    description: 'gateway/src/main.ts with our plan executor and in-flight fetch sharing (the default)',
  },
  'ours-unshared': {
    env: { GATEWAY_EXECUTOR: 'collexis', GATEWAY_SHARE_INFLIGHT: 'false' },
    description:
      'gateway/src/main.ts with our plan executor, every fetch sent (GATEWAY_SHARE_INFLIGHT=false)',
  },
  'ours-stock': {
    env: { GATEWAY_EXECUTOR: 'stock', GATEWAY_SHARE_INFLIGHT: 'false' },
    description: "gateway/src/main.ts with @apollo/gateway's stock executor (GATEWAY_EXECUTOR=stock)",
  },
} as const;
export type OurVariant = keyof typeof ourVariants;

export interface Target {
  name: TargetName;
  /** What it is, for the report. */
  description: string;
  url: string;
  /** The processes whose CPU and memory a run charges to this target. */
  watch: WatchedProcess[];
  /** The only scenarios it answers. @default every one */
  scenarios?: readonly ScenarioName[];
}

export interface Subgraphs {
  urls: Record<'bank-sync' | 'payment' | 'workflow', string>;
  processes: ServiceProcess[];
  /** The keys they trust credentials from, which a gateway over them signs with. */
  identity: BenchIdentity;
}

export const quiet = (lines: string[]) => (line: string) => {
  lines.push(line);
  if (lines.length > 200) lines.shift();
};

/** The three subgraphs, in the order and with the env `pnpm start` gives them: each its domain role's URL. */
export async function startSubgraphs(
  databaseUrls: PerDomain<string>,
  identity: BenchIdentity,
  output: string[],
): Promise<Subgraphs> {
  const processes: ServiceProcess[] = [];
  const log = quiet(output);
  const start = async (name: DomainName, entry: string, env: Record<string, string>) => {
    const port = await freePort();
    const started = await startServiceProcess(
      name,
      entry,
      { DATABASE_URL: databaseUrls[name], PORT: String(port), ...identity.env.subgraph, ...env },
      log,
    );
    processes.push(started);
    return started.url;
  };
  try {
    const payment = await start('payment', 'subgraphs/payment/src/main.ts', {});
    const bankSync = await start('bank-sync', 'subgraphs/bank-sync/src/main.ts', { PAYMENT_URL: payment });
    const workflow = await start('workflow', 'subgraphs/workflow/src/main.ts', {
      BANK_SYNC_URL: bankSync,
      PAYMENT_URL: payment,
    });
    return { urls: { 'bank-sync': bankSync, payment, workflow }, processes, identity };
  } catch (error) {
    await stopProcesses(processes);
    throw error;
  }
}

export function subgraphWatch(subgraphs: Subgraphs): WatchedProcess[] {
  return subgraphs.processes.flatMap((service) =>
    service.child.pid === undefined ? [] : [{ role: service.name, pid: service.child.pid }],
  );
}

function pidOf(service: { child: ChildProcess }): number {
  const pid = service.child.pid;
  if (pid === undefined) throw new Error('a started process has no pid');
  return pid;
}

/** Our gateway (`gateway/src/main.ts`) over the subgraph processes, in one of its configurations. */
export async function startOurGateway(
  subgraphs: Subgraphs,
  output: string[],
  variant: OurVariant = 'ours',
  extraEnv: Record<string, string> = {},
): Promise<{ target: Target; process: ServiceProcess }> {
  const port = await freePort();
  const gateway = await startServiceProcess(
    'gateway',
    'gateway/src/main.ts',
    {
      ...subgraphs.identity.env.gateway,
      PORT: String(port),
      SUBGRAPH_URL_BANK_SYNC: subgraphs.urls['bank-sync'],
      SUBGRAPH_URL_PAYMENT: subgraphs.urls.payment,
      SUBGRAPH_URL_WORKFLOW: subgraphs.urls.workflow,
      ...ourVariants[variant].env,
      ...extraEnv,
    },
    quiet(output),
  );
  return {
    process: gateway,
    target: {
      name: variant,
      description: `${ourVariants[variant].description}, over the three subgraph processes`,
      url: gateway.url,
      watch: [{ role: 'gateway', pid: pidOf(gateway) }, ...subgraphWatch(subgraphs)],
    },
  };
}

/**
 * The floor: one plain Apollo Server process answering the same three queries straight from SQL, verifying
 * access tokens as the gateway does (its AUTH_* variables).
 */
export async function startFloor(
  databaseUrl: string,
  identity: BenchIdentity,
  output: string[],
): Promise<{ target: Target; process: ServiceProcess }> {
  const port = await freePort();
  const { AUTH_JWKS, AUTH_ISSUER, AUTH_AUDIENCE } = identity.env.gateway;
  const floor = await startServiceProcess(
    'floor',
    'bench/floor/main.ts',
    { DATABASE_URL: databaseUrl, PORT: String(port), AUTH_JWKS, AUTH_ISSUER, AUTH_AUDIENCE },
    quiet(output),
  );
  return {
    process: floor,
    target: {
      name: 'floor',
      description:
        'one plain Apollo Server process, no federation, same database and SQL shapes; verifies the access token',
      url: floor.url,
      watch: [{ role: 'gateway', pid: pidOf(floor) }],
    },
  };
}

export const splitFloorTargets = {
  plain: {
    name: 'split-floor',
    description:
      "the floor's Customer 360 split as our gateway splits it: a front and three parts (bank-sync, then payment and workflow side by side), four processes of plain node:http, JSON and the floor's SQL; verifies the access token in each",
  },
  apollo: {
    name: 'split-floor-apollo',
    description:
      'the split floor with an Apollo Server in each of its four processes (the platform server, as the floor and our subgraphs use): the front serves the floor schema with one resolver, each part one JSON field',
  },
} as const satisfies Record<SplitFloorKind, { name: TargetName; description: string }>;

/** The only scenario a split floor answers. */
export const splitFloorScenarios: readonly ScenarioName[] = ['customer-360'];

/** A split floor (bench/split-floor): its three parts, then its front over them. */
export async function startSplitFloor(
  kind: SplitFloorKind,
  databaseUrl: string,
  identity: BenchIdentity,
  output: string[],
): Promise<{ target: Target; processes: ServiceProcess[] }> {
  const { AUTH_JWKS, AUTH_ISSUER, AUTH_AUDIENCE } = identity.env.gateway;
  const auth = { AUTH_JWKS, AUTH_ISSUER, AUTH_AUDIENCE, SPLIT_FLOOR_KIND: kind };
  const log = quiet(output);
  const processes: ServiceProcess[] = [];
  const start = async (part: string, env: Record<string, string>) => {
    const started = await startServiceProcess(
      `split-floor-${part}`,
      'bench/split-floor/main.ts',
      { ...auth, ...env, SPLIT_FLOOR_PART: part, PORT: String(await freePort()) },
      log,
    );
    processes.push(started);
    return started;
  };
  try {
    const parts = await Promise.all(
      partNames.map(async (part) => [part, await start(part, { DATABASE_URL: databaseUrl })] as const),
    );
    const front = await start(
      'front',
      Object.fromEntries(parts.map(([part, service]) => [partUrlVariable(part), service.url])),
    );
    const { name, description } = splitFloorTargets[kind];
    return {
      processes,
      target: {
        name,
        description,
        url: front.url,
        scenarios: splitFloorScenarios,
        watch: [
          { role: 'gateway', pid: pidOf(front) },
          ...parts.map(([, service]) => ({ role: service.name, pid: pidOf(service) })),
        ],
      },
    };
  } catch (error) {
    await stopProcesses(processes);
    throw error;
  }
}

/** A copy of schema/supergraph.graphql whose subgraph URLs are the ones this run started. */
export async function writeSupergraph(subgraphs: Subgraphs, dataRoot: string): Promise<string> {
  let sdl = await readFile('schema/supergraph.graphql', 'utf8');
  for (const [name, url] of Object.entries(subgraphs.urls)) {
    sdl = sdl.replace(new RegExp(`(@join__graph\\(name: "${name}", url: ")[^"]*(")`), `$1${url}$2`);
  }
  const path = join(dataRoot, 'supergraph.graphql');
  await writeFile(path, sdl);
  return path;
}
