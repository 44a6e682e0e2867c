import type { SyncRunEntityResolvers } from '../generated/resolvers-types';
import { entityTypeOf } from '../inputs/entity-types';

export const SyncRunEntity: SyncRunEntityResolvers = {
  entityType: (entity) => entityTypeOf(entity.entityType),
};
