import type { Viewer } from '@collexis/platform/graphql';
import type { SyncPipeline } from './commands/sync-pipeline';
import type { BankSyncDatabase } from './db/database';
import type { SyncEventFeed } from './events/sync-event-stream';
import { createLoaders, type Loaders } from './loaders';

export interface Context {
  db: BankSyncDatabase;
  loaders: Loaders;
  /** The caller the gateway forwarded; recorded as the actor of writes. */
  viewer: Viewer;
  sync: SyncPipeline;
  /** The process-wide live event feed subscriptions join. */
  feed: SyncEventFeed;
}

/** What a context is built from: the handles shared by every request of the process. */
export interface ContextSources {
  db: BankSyncDatabase;
  /** What the loaders read through: the lookups pool's handle (decision 0043), or the live pool's for a subscription. */
  lookups: BankSyncDatabase;
  viewer: Viewer;
  sync: SyncPipeline;
  feed: SyncEventFeed;
}

/** A request's context: loaders are fresh per request, so nothing is cached across requests. */
export function createContext(sources: ContextSources, options = { subscription: false }): Context {
  const { lookups, ...shared } = sources;
  return { ...shared, loaders: createLoaders(lookups, { cache: !options.subscription }) };
}
