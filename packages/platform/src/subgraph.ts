import type { IncomingMessage } from 'node:http';
import { ApolloServer, type BaseContext } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { buildSubgraphSchema } from '@apollo/subgraph';
import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper';
import type { DocumentNode } from 'graphql';
import { createServer, graphqlRequestHandler, listen } from './http';

export interface SubgraphServerOptions<TContext extends BaseContext> {
  typeDefs: DocumentNode;
  resolvers: GraphQLResolverMap<TContext>;
  context: (req: IncomingMessage) => Promise<TContext>;
  /** 0 picks a free port. */
  port: number;
  /** @default '127.0.0.1' */
  host?: string;
}

export interface RunningServer {
  url: string;
  port: number;
  stop(): Promise<void>;
}

/** Builds and starts one Apollo subgraph over node:http; `stop` drains requests and closes the socket. */
export async function startSubgraphServer<TContext extends BaseContext>(
  options: SubgraphServerOptions<TContext>,
): Promise<RunningServer> {
  const httpServer = createServer();
  const apollo = new ApolloServer<TContext>({
    schema: buildSubgraphSchema({
      typeDefs: options.typeDefs,
      // buildSubgraphSchema types resolvers for an unknown context; ours all receive TContext.
      resolvers: options.resolvers as GraphQLResolverMap<unknown>,
    }),
    plugins: [ApolloServerPluginDrainHttpServer({ httpServer }), ApolloServerPluginLandingPageDisabled()],
    includeStacktraceInErrorResponses: false,
  });
  await apollo.start();
  httpServer.on('request', graphqlRequestHandler({ apollo, context: options.context }));
  const { url, port } = await listen(httpServer, options.port, options.host);
  return { url, port, stop: () => apollo.stop() };
}
