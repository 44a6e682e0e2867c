import type { Viewer } from '@collexis/platform/graphql';
import type { CustomerDirectory } from './commands/customer-directory';
import type { WorkflowDatabase } from './db/database';
import { createLoaders, type Loaders } from './loaders';

export interface Context {
  db: WorkflowDatabase;
  loaders: Loaders;
  /** The caller the gateway forwarded: recorded as created_by / updated_by and as the audit actor. */
  viewer: Viewer;
  /** bank-sync's customers and loans, asked over HTTP. */
  customers: CustomerDirectory;
}

/** The context of one request: the shared database handle and directory, and loaders of its own. */
export function createContext(db: WorkflowDatabase, viewer: Viewer, customers: CustomerDirectory): Context {
  return { db, loaders: createLoaders(db), viewer, customers };
}
