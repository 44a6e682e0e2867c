import { syncRunErrorConnection } from '../connections/sync-runs';
import type { SyncRunResolvers } from '../generated/resolvers-types';
import { entityTypeOf } from '../sync/entity-types';

export const SyncRun: SyncRunResolvers = {
  entityTypes: (run) => run.entityTypes.map(entityTypeOf),
  entities: (run, _, { loaders }) => loaders.syncRunEntitiesByRun.load(run.id),
  errors: (run, args, { loaders }) => syncRunErrorConnection(loaders, run, args),
};
