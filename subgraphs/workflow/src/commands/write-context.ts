import type { Viewer } from '@collexis/platform/graphql';
import type { WorkflowDatabase } from '../db/database';
import type { CustomerDirectory } from './customer-directory';

/** What a write needs from the request: the database, the caller, and bank-sync's customers and loans. */
export interface WriteContext {
  db: WorkflowDatabase;
  viewer: Viewer;
  customers: CustomerDirectory;
}
