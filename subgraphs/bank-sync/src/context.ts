import type { BankSyncDatabase } from './database';
import { createLoaders, type Loaders } from './loaders';

export interface Context {
  db: BankSyncDatabase;
  loaders: Loaders;
}

/** A request's context: loaders are fresh per request, so nothing is cached across requests. */
export function createContext(db: BankSyncDatabase): Context {
  return { db, loaders: createLoaders(db) };
}
