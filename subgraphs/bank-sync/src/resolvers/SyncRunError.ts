import type { SyncRunErrorResolvers } from '../generated/resolvers-types';
import { entityTypeOf } from '../inputs/entity-types';

export const SyncRunError: SyncRunErrorResolvers = {
  id: (error) => String(error.id),
  entityType: (error) => entityTypeOf(error.entityType),
};
