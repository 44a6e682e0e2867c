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

export interface BankSyncServerOptions {
  /** 0 picks a free port. */
  port: number;
  /** @default '127.0.0.1' */
  host?: string;
  /** The PostgreSQL holding the bank_sync_service schema. */
  database: DatabaseOptions;
}

/** Starts the bank-sync subgraph; `stop` drains requests, then closes the connection pool. */
export async function start(options: BankSyncServerOptions): Promise<RunningServer> {
  const typeDefs = parse(await readFile(new URL('../schema.graphql', import.meta.url), 'utf8'));
  const database = createDatabase(schema, { applicationName: 'collexis-bank-sync', ...options.database });
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
