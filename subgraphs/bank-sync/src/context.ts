import type { Viewer } from '@collexis/platform/graphql';
import type { SyncPipeline } from './commands/sync-pipeline';
import type { BankSyncDatabase } from './db/database';
import { createLoaders, type Loaders } from './loaders';

export interface Context {
  db: BankSyncDatabase;
  loaders: Loaders;
  /** The caller the gateway forwarded; recorded as the actor of writes. */
  viewer: Viewer;
  sync: SyncPipeline;
}

/** A request's context: loaders are fresh per request, so nothing is cached across requests. */
export function createContext(db: BankSyncDatabase, viewer: Viewer, sync: SyncPipeline): Context {
  return { db, loaders: createLoaders(db), viewer, sync };
}
