import type { Viewer } from '@collexis/platform/graphql';
import type { CustomerDirectory } from './commands/customer-directory';
import type { WorkflowDatabase } from './db/database';
import type { WorkflowEventFeed } from './events/workflow-event-stream';
import { createLoaders, type Loaders } from './loaders';

export interface Context {
  db: WorkflowDatabase;
  loaders: Loaders;
  /** The caller the gateway forwarded: recorded as created_by / updated_by and as the audit actor. */
  viewer: Viewer;
  /** bank-sync's customers and loans, asked over HTTP. */
  customers: CustomerDirectory;
  /** The process-wide live event feed subscriptions join. */
  feed: WorkflowEventFeed;
}

/** What a context is built from: the handles shared by every request of the process. */
export interface ContextSources {
  db: WorkflowDatabase;
  /** What the loaders read through: the lookups pool's handle (decision 0043), or the live pool's for a subscription. */
  lookups: WorkflowDatabase;
  viewer: Viewer;
  customers: CustomerDirectory;
  feed: WorkflowEventFeed;
}

/** The context of one request (or subscription): the shared handles, and loaders of its own. */
export function createContext(sources: ContextSources, options = { subscription: false }): Context {
  const { lookups, ...shared } = sources;
  return { ...shared, loaders: createLoaders(lookups, { cache: !options.subscription }) };
}
