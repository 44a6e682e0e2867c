import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { composeServices } from '@apollo/composition';
import { type GatewayOptions, type RunningGateway, startGateway } from '@collexis/gateway';
import { postGraphQL, type RunningServer } from '@collexis/platform/http';
import { createSubgraphIdentity, startSubgraphServer } from '@collexis/platform/subgraph';
import { gatewayHeaders, readerCaller, testKeys, testSubgraphIdentity } from '@collexis/platform/testing';
import { identityEnv, startServiceProcess, stopProcesses } from '@collexis/stack';
import { testGatewayAuth } from '@collexis/testkit';
import { parse } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// Two subgraphs that are none of ours: inventory owns Product, reviews adds Product.reviews.
const INVENTORY_SDL = /* GraphQL */ `
  extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key"])
  type Product @key(fields: "upc") { upc: String! name: String! price: Int! }
  type Query { topProducts: [Product!]! }
`;
const REVIEWS_SDL = /* GraphQL */ `
  extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key"])
  type Product @key(fields: "upc") { upc: String! reviews: [Review!] }
  type Review { body: String! stars: Int! }
`;
const products = [
  { upc: 'p-1', name: 'Table', price: 899 },
  { upc: 'p-2', name: 'Couch', price: 1299 },
];
const reviews: Record<string, { body: string; stars: number }[]> = {
  'p-1': [{ body: 'Sturdy', stars: 5 }],
  'p-2': [{ body: 'Too soft', stars: 2 }],
};

const TOP_PRODUCTS = '{ topProducts { upc name price reviews { body stars } } }';
const EXPECTED = {
  topProducts: [
    { upc: 'p-1', name: 'Table', price: 899, reviews: [{ body: 'Sturdy', stars: 5 }] },
    { upc: 'p-2', name: 'Couch', price: 1299, reviews: [{ body: 'Too soft', stars: 2 }] },
  ],
};

/** What the test's subgraphs accept: credentials the test gateways sign with the run's keys. */
async function credentialsFor(name: string) {
  return createSubgraphIdentity(name, await testSubgraphIdentity(await testKeys())).verifier;
}

/** Asks a gateway for the top products, as a signed-in reader. */
async function ask(gatewayUrl: string) {
  return postGraphQL(gatewayUrl, TOP_PRODUCTS, {}, await gatewayHeaders(readerCaller));
}

async function startInventory(): Promise<RunningServer> {
  return startSubgraphServer({
    credentials: await credentialsFor('inventory'),
    typeDefs: parse(INVENTORY_SDL),
    resolvers: {
      Query: { topProducts: () => products },
      Product: { __resolveReference: ({ upc }: { upc: string }) => products.find((p) => p.upc === upc) },
    },
    context: async () => ({}),
    port: 0,
  });
}

async function startReviews(): Promise<RunningServer> {
  return startSubgraphServer({
    credentials: await credentialsFor('reviews'),
    typeDefs: parse(REVIEWS_SDL),
    resolvers: { Product: { reviews: ({ upc }: { upc: string }) => reviews[upc] ?? [] } },
    context: async () => ({}),
    port: 0,
  });
}

/** The supergraph of the two, with the URLs given written in its join__graph entries. */
function compose(urls: { inventory: string; reviews: string }): string {
  const result = composeServices([
    { name: 'inventory', url: urls.inventory, typeDefs: parse(INVENTORY_SDL) },
    { name: 'reviews', url: urls.reviews, typeDefs: parse(REVIEWS_SDL) },
  ]);
  if (result.errors) throw new Error(result.errors.map((error) => error.message).join('\n'));
  return result.supergraphSdl;
}

/** An HTTP server that accepts requests and never answers them. */
async function startSilentServer(): Promise<{ url: string; stop: () => Promise<void> }> {
  const server: Server = createServer(() => {});
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/graphql`,
    stop: async () => {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}

describe('the gateway over a supergraph whose subgraphs are none of ours', () => {
  const teardown: (() => Promise<unknown>)[] = [];
  let inventory: RunningServer;
  let reviewsServer: RunningServer;
  /** A URL where nothing listens: what the supergraph says until something replaces it. */
  const nowhere = 'http://127.0.0.1:9/graphql';

  const gateway = async (
    options: Omit<GatewayOptions, 'port' | 'executor' | 'auth'>,
  ): Promise<RunningGateway> => {
    const started = await startGateway({
      port: 0,
      executor: 'differential',
      auth: await testGatewayAuth(),
      ...options,
    });
    teardown.push(async () => {
      await started.stop();
      expect(started.executorMismatches).toEqual([]);
    });
    return started;
  };

  beforeAll(async () => {
    inventory = await startInventory();
    teardown.push(() => inventory.stop());
    reviewsServer = await startReviews();
    teardown.push(() => reviewsServer.stop());
  });
  afterAll(async () => {
    for (const dispose of teardown.reverse()) await dispose();
  });

  it('serves a query across both subgraphs at the URLs written in the supergraph', async () => {
    const started = await gateway({
      supergraphSdl: compose({ inventory: inventory.url, reviews: reviewsServer.url }),
    });
    expect(await ask(started.url)).toEqual({ data: EXPECTED });
  });

  it('replaces a URL of the supergraph by subgraph name, and refuses a name it does not have', async () => {
    const supergraphSdl = compose({ inventory: inventory.url, reviews: nowhere });
    const started = await gateway({ supergraphSdl, subgraphs: { reviews: reviewsServer.url } });
    expect(await ask(started.url)).toEqual({ data: EXPECTED });
    await expect(gateway({ supergraphSdl, subgraphs: { payment: reviewsServer.url } })).rejects.toThrow(
      'no subgraph named payment in the supergraph; it has inventory, reviews',
    );
  });

  it('answers the fields of an unreachable subgraph with SERVICE_UNAVAILABLE errors at their paths, no address', async () => {
    const started = await gateway({ supergraphSdl: compose({ inventory: inventory.url, reviews: nowhere }) });
    const response = await ask(started.url);
    expect(response.data).toEqual({
      topProducts: EXPECTED.topProducts.map((product) => ({ ...product, reviews: null })),
    });
    expect(response.errors?.map(({ path, extensions }) => [path, extensions?.code])).toEqual([
      [['topProducts', 0, 'reviews'], 'SERVICE_UNAVAILABLE'],
      [['topProducts', 1, 'reviews'], 'SERVICE_UNAVAILABLE'],
    ]);
    expect(response.errors?.[0]?.message).toBe('the reviews subgraph is unavailable');
    expect(JSON.stringify(response.errors)).not.toContain('127.0.0.1');
  });

  it('answers the fields of a subgraph that does not answer in time with SUBGRAPH_TIMEOUT errors', async () => {
    const silent = await startSilentServer();
    teardown.push(() => silent.stop());
    const started = await gateway({
      supergraphSdl: compose({ inventory: inventory.url, reviews: silent.url }),
      subgraphTimeoutMs: 300,
    });
    const response = await ask(started.url);
    expect(response.data?.topProducts).toHaveLength(2);
    expect(response.errors?.map(({ path, extensions }) => [path, extensions?.code])).toEqual([
      [['topProducts', 0, 'reviews'], 'SUBGRAPH_TIMEOUT'],
      [['topProducts', 1, 'reviews'], 'SUBGRAPH_TIMEOUT'],
    ]);
    expect(JSON.stringify(response.errors)).not.toContain('127.0.0.1');
  });

  describe('gateway/src/main.ts as a process', () => {
    let folder: string;
    let supergraphPath: string;

    beforeAll(async () => {
      folder = await mkdtemp(join(tmpdir(), 'collexis-foreign-'));
      teardown.push(() => rm(folder, { recursive: true, force: true }));
      supergraphPath = join(folder, 'supergraph.graphql');
      await writeFile(supergraphPath, compose({ inventory: nowhere, reviews: nowhere }));
    });

    it('serves SUPERGRAPH=<path> with each URL from SUBGRAPH_URL_<GRAPH>', async () => {
      const started = await startServiceProcess(
        'foreign-gateway',
        'gateway/src/main.ts',
        {
          PORT: '0',
          GATEWAY_EXECUTOR: 'differential',
          SUPERGRAPH: supergraphPath,
          SUBGRAPH_URL_INVENTORY: inventory.url,
          SUBGRAPH_URL_REVIEWS: reviewsServer.url,
          ...identityEnv(await testKeys()).gateway,
        },
        () => {},
      );
      teardown.push(() => stopProcesses([started]));
      expect(await ask(started.url)).toEqual({ data: EXPECTED });
    });

    it('exits with a message naming a SUBGRAPH_URL_<GRAPH> that is not in the supergraph', async () => {
      const message =
        'SUBGRAPH_URL_PAYMENT names no subgraph of the supergraph; its graphs are INVENTORY, REVIEWS';
      let said: () => void = () => {};
      const saidIt = new Promise<void>((resolve) => {
        said = resolve;
      });
      const started = startServiceProcess(
        'foreign-gateway',
        'gateway/src/main.ts',
        {
          PORT: '0',
          SUPERGRAPH: supergraphPath,
          SUBGRAPH_URL_PAYMENT: reviewsServer.url,
          ...identityEnv(await testKeys()).gateway,
        },
        (line) => {
          if (line.includes(message)) said();
        },
      );
      await expect(started).rejects.toThrow('exited with code 1');
      await saidIt;
    });
  });
});
