import type { SyncStatusResolvers } from '../generated/resolvers-types';
import { entityTypeOf } from '../inputs/entity-types';

export const SyncStatus: SyncStatusResolvers = {
  entityType: (status) => entityTypeOf(status.entityType),
};
