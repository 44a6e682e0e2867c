import type { SyncRunResolvers } from '../generated/resolvers-types';
import { entityTypeOf } from '../inputs/entity-types';
import { syncRunErrorConnection } from '../queries/sync-runs';

export const SyncRun: SyncRunResolvers = {
  entityTypes: (run) => run.entityTypes.map(entityTypeOf),
  entities: (run, _, { loaders }) => loaders.syncRunEntitiesByRun.load(run.id),
  errors: (run, args, { loaders }) => syncRunErrorConnection(loaders, run, args),
};
