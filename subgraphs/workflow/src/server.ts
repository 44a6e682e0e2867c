import { readFile } from 'node:fs/promises';
import {
  createDatabase,
  type DatabaseOptions,
  type RunningServer,
  startSubgraphServer,
} from '@collexis/platform';
import { parse } from 'graphql';
import { createContext } from './context';
import { schema } from './db';
import { resolvers } from './resolvers';

export interface StartOptions {
  /** 0 picks a free port. */
  port: number;
  /** @default '127.0.0.1' */
  host?: string;
  database: DatabaseOptions;
}

/** Starts the workflow subgraph; `stop` drains requests, then closes the database pool. */
export async function start(options: StartOptions): Promise<RunningServer> {
  const typeDefs = parse(await readFile(new URL('../schema.graphql', import.meta.url), 'utf8'));
  const database = createDatabase(schema, options.database);
  try {
    const server = await startSubgraphServer({
      typeDefs,
      resolvers,
      context: async () => createContext(database.db),
      port: options.port,
      host: options.host,
    });
    return {
      url: server.url,
      port: server.port,
      stop: async () => {
        await server.stop();
        await database.close();
      },
    };
  } catch (error) {
    await database.close();
    throw error;
  }
}
