import type { Viewer } from '@collexis/platform/graphql';
import type { PaymentRecorder } from './commands/record-payments';
import type { PaymentDatabase } from './db/database';
import type { PaymentEventFeed } from './events/payment-events';
import { createLoaders, type Loaders } from './loaders';

/** What every resolver of the payment subgraph receives, over HTTP and over graphql-ws alike. */
export interface Context {
  /** Reads: queries, entity fetches, loaders. */
  db: PaymentDatabase;
  /** The transactions of mutations, on a pool of their own: queued writers never hold up a read. */
  writer: PaymentDatabase;
  /** Records payments on `writer`, concurrent calls sharing transactions (group commit). */
  recorder: PaymentRecorder;
  loaders: Loaders;
  /** The caller, as the gateway forwards it: created_by / updated_by and the audit actor. */
  viewer: Viewer;
  /** The process-wide live event feed subscriptions join. */
  feed: PaymentEventFeed;
}

export interface ContextSources {
  db: PaymentDatabase;
  /** What the loaders read through: the lookups pool's handle (decision 0043), or the live pool's for a subscription. */
  lookups: PaymentDatabase;
  writer: PaymentDatabase;
  recorder: PaymentRecorder;
  viewer: Viewer;
  feed: PaymentEventFeed;
}

/** Built per request (or per subscription): the loaders' caches live exactly as long as one operation. */
export function createContext(
  { db, lookups, writer, recorder, viewer, feed }: ContextSources,
  options = { subscription: false },
): Context {
  return {
    db,
    writer,
    recorder,
    viewer,
    feed,
    loaders: createLoaders(lookups, { cache: !options.subscription }),
  };
}
