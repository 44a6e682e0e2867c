import { createLoaders, type Loaders } from './loaders';
import type { WorkflowDatabase } from './repository/database';

export interface Context {
  db: WorkflowDatabase;
  loaders: Loaders;
}

/** The context of one request: the shared database handle and loaders of its own. */
export function createContext(db: WorkflowDatabase): Context {
  return { db, loaders: createLoaders(db) };
}
