/**
 * The floor: the three bench queries served by one plain Apollo Server process (the platform's HTTP server,
 * no gateway, no entity fetches) over the same database, so the bench can show what federation costs. It
 * verifies the same access tokens as the gateway, so that cost is on both sides of the comparison.
 */
import { type AccessTokenVerifierOptions, createAccessTokenVerifier } from '@collexis/identity';
import { createDatabase } from '@collexis/platform/db';
import type { RunningServer } from '@collexis/platform/http';
import { startSubgraphServer } from '@collexis/platform/subgraph';
import { createLoaders } from './loaders';
import { type FloorContext, resolvers } from './resolvers';
import { typeDefs } from './schema';
import { countingSql } from './sql';

export interface FloorOptions {
  /** 0 picks a free port. */
  port: number;
  databaseUrl: string;
  /** The identity provider whose access tokens it accepts, as the gateway's `auth.tokens`. */
  accessTokens: AccessTokenVerifierOptions;
  /** Called once per SQL statement sent. */
  onQuery?: () => void;
}

export async function startFloor(options: FloorOptions): Promise<RunningServer> {
  const { pool, close } = createDatabase(
    {},
    { url: options.databaseUrl, applicationName: 'collexis-bench-floor' },
  );
  const onQuery = options.onQuery ?? (() => {});
  const sql = countingSql(pool, onQuery);
  try {
    const server = await startSubgraphServer<FloorContext>({
      typeDefs,
      resolvers,
      port: options.port,
      credentials: createAccessTokenVerifier(options.accessTokens),
      context: async () => ({ sql, loaders: createLoaders(sql) }),
    });
    return {
      url: server.url,
      port: server.port,
      stop: async () => {
        await server.stop();
        await close();
      },
    };
  } catch (error) {
    await close();
    throw error;
  }
}
