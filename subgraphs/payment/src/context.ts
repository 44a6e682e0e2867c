import { createLoaders, type Loaders } from './loaders';
import type { PaymentDatabase } from './models';

/** What every resolver of the payment subgraph receives. */
export interface Context {
  db: PaymentDatabase;
  loaders: Loaders;
}

/** Built per request: the loaders' caches live exactly as long as one operation. */
export function createContext(db: PaymentDatabase): Context {
  return { db, loaders: createLoaders(db) };
}
