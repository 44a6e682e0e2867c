import type { SyncStatusResolvers } from '../generated/resolvers-types';
import { entityTypeOf } from '../sync/entity-types';

export const SyncStatus: SyncStatusResolvers = {
  entityType: (status) => entityTypeOf(status.entityType),
};
