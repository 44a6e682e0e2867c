import type { Viewer } from '@collexis/platform/graphql';
import type { CustomerDirectory } from '../bank-sync/directory';
import type { WorkflowDatabase } from '../repository/database';

/** What a write needs from the request: the database, the caller, and bank-sync's customers and loans. */
export interface WriteContext {
  db: WorkflowDatabase;
  viewer: Viewer;
  customers: CustomerDirectory;
}
